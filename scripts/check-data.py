#!/usr/bin/env python3
"""Checks a built site's data exports: data/briefing.json against data/briefing.schema.json
(JSON Schema 2020-12, with the jsonschema package), and that the CSV and TimelineJS files parse.

    .venv/bin/python scripts/check-data.py SITE_DIR
"""
import csv
import json
import sys
from pathlib import Path

import jsonschema

site = Path(sys.argv[1])
model = json.loads((site / "data/briefing.json").read_text(encoding="utf-8"))
schema = json.loads((site / "data/briefing.schema.json").read_text(encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(model), key=lambda e: list(e.absolute_path))
for error in errors:
    print(f"data/briefing.json: {'/'.join(map(str, error.absolute_path)) or '(root)'}: {error.message}")
timeline = json.loads((site / "data/timeline.json").read_text(encoding="utf-8"))
assert isinstance(timeline.get("events"), list), "timeline.json has no events list"
for name in ("events.csv", "positions.csv"):
    with open(site / "data" / name, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    widths = {len(row) for row in rows}
    assert len(widths) == 1, f"{name}: rows of different widths {widths}"
counts = {key: len(model[key]) for key in ("articles", "actors", "places", "events", "disputes", "quotes", "figures")}
print(f"check-data: briefing.json {counts}; schema errors: {len(errors)}")
sys.exit(1 if errors else 0)
