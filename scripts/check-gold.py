#!/usr/bin/env python3
"""Checks hand-made gold models for `briefing-eval` against the conventions of
shared/gold/README.md: the shape of each file, dates, that every `sentence` is a
verbatim sentence of the article body (never the headline), that every quote
`text` stands between quote marks in the body, and that every cross-reference
names an actor or place of the same file.

    python3 scripts/check-gold.py DIR [GOLD_DIR]

DIR holds articles/<name>.txt and gold/<name>.json; GOLD_DIR overrides DIR/gold.
Warnings (aliases or names not found in the text) do not fail the check.
"""
import datetime
import json
import re
import sys
from pathlib import Path

ACTOR_KINDS = {"person", "organization", "country", "media", "other"}
PLACE_KINDS = {"city", "country", "region", "site", "vessel", "other"}
STANCES = {"asserts", "denies", "questions"}
SHAPES = {
    "model": {"published", "actors", "places", "events", "quotes", "disputes"},
    "actor": {"name", "kind", "aliases", "role", "affiliation"},
    "place": {"name", "kind"},
    "event": {"summary", "date", "date_text", "place", "participants", "sentence"},
    "quote": {"speaker", "text", "via"},
    "dispute": {"topic", "sides"},
    "side": {"actor", "stance", "statement", "sentence"},
}
OPENING_QUOTES = "\"“‘'"
CLOSING_QUOTES = "\"”’'"
SENTENCE_END = re.compile(r"[.?!…][\"”’')]*$|[\"”’]$")


def split_headline(text):
    """Line 1 is a headline when a blank line follows it (the layout of the shared set)."""
    lines = text.split("\n")
    if len(lines) > 2 and lines[1].strip() == "" and lines[0].strip():
        return lines[0], "\n".join(lines[1:])
    return None, text


def parse_date(value):
    parts = value.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else 1
    day = int(parts[2]) if len(parts) > 2 else 1
    return datetime.date(year, month, day)


def check_date(value, where, errors):
    if value is None:
        return
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?", value):
        errors.append(f"{where}: date {value!r} is not YYYY, YYYY-MM, YYYY-MM-DD or A/B")
        return
    try:
        bounds = [parse_date(part) for part in value.split("/")]
    except ValueError:
        errors.append(f"{where}: date {value!r} is not a calendar date")
        return
    if len(bounds) == 2 and bounds[0] > bounds[1]:
        errors.append(f"{where}: range {value!r} ends before it starts")


# A full stop after these ends an abbreviation, not a sentence, when a name or number follows.
TITLE_ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "St", "Prof", "Capt", "Adm", "Maj", "Cpl", "Rev", "Hon"}
MONTH_ABBREVIATIONS = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}


def cut_at_abbreviation(sentence, rest):
    """True when `sentence` stops at an abbreviation's full stop inside a longer sentence:
    "Mr." or "Gen." before a name, "Dec." before a number, or any word before a lower-case one."""
    last_word = re.search(r"(\S+)\.$", sentence)
    if not last_word:
        return False
    word = last_word.group(1).lstrip("(\"“‘")
    following = rest.lstrip(" ")
    if following[:1].islower():
        return True
    if word in TITLE_ABBREVIATIONS:
        return True
    return word in MONTH_ABBREVIATIONS and following[:1].isdigit()


def cut_at_quote(sentence, rest):
    """True when `sentence` stops at a closing quote mark inside a longer sentence: a quote
    ending in a comma (a split quote: "…,” Moser said.") or one followed by a lower-case
    word ("…“very active” in Vienna."). Only a quote with terminal punctuation, or one
    before a capital, a line break or the end, ends a sentence."""
    if not re.search(r"[\"”’]$", sentence) or re.search(r"[.?!…][\"”’')]*$", sentence):
        return False
    if re.search(r",[\"”’]+$", sentence):
        return True
    return not rest.lstrip(" ")[:1].isupper()


def is_sentence_in(sentence, body):
    """True when `sentence` occurs in `body` starting and ending at sentence boundaries."""
    if not SENTENCE_END.search(sentence):
        return False
    start = body.find(sentence)
    while start != -1:
        end = start + len(sentence)
        before = body[:start].rstrip(" ")
        starts_well = start == 0 or body[start - 1] == "\n" or (
            body[start - 1] == " " and before[-1:] and before[-1] in ".?!…\"”’)")
        ends_well = end == len(body) or body[end] == "\n" or (
            body[end] == " " and not cut_at_abbreviation(sentence, body[end:end + 40])
            and not cut_at_quote(sentence, body[end:end + 40]))
        if starts_well and ends_well:
            return True
        start = body.find(sentence, start + 1)
    return False


def is_quoted_in(text, body):
    """True when `text` stands between quote marks, allowing one trailing comma or full stop."""
    start = body.find(text)
    while start != -1:
        end = start + len(text)
        opens = start > 0 and body[start - 1] in OPENING_QUOTES
        tail = body[end:end + 2]
        closes = tail[:1] in tuple(CLOSING_QUOTES) or (tail[:1] in (",", ".") and tail[1:2] in tuple(CLOSING_QUOTES))
        if text and opens and closes:
            return True
        start = body.find(text, start + 1)
    return False


def check_keys(item, shape, where, errors):
    if not isinstance(item, dict):
        errors.append(f"{where}: not an object")
        return False
    keys = set(item)
    if keys != SHAPES[shape]:
        missing, extra = SHAPES[shape] - keys, keys - SHAPES[shape]
        errors.append(f"{where}: keys differ from the {shape} shape (missing {sorted(missing)}, extra {sorted(extra)})")
        return False
    return True


def check_text(value, where, errors, nullable=False):
    if value is None and nullable:
        return
    if not isinstance(value, str) or not value.strip():
        errors.append(f"{where}: expected a non-empty string{' or null' if nullable else ''}, got {value!r}")


def check_model(model, text):
    errors, warnings = [], []
    headline, body = split_headline(text)
    if not check_keys(model, "model", "model", errors):
        return errors, warnings
    published = model["published"]
    if published is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(published)):
        errors.append(f"published {published!r} is not YYYY-MM-DD or null")
    else:
        check_date(published, "published", errors)

    actors = {}
    for index, actor in enumerate(model["actors"]):
        where = f"actors[{index}]"
        if not check_keys(actor, "actor", where, errors):
            if isinstance(actor, dict) and isinstance(actor.get("name"), str):
                actors[actor["name"]] = {"kind": actor.get("kind")}  # keep later references from cascading
            continue
        check_text(actor["name"], where + ".name", errors)
        if actor["name"] in actors:
            errors.append(f"{where}: duplicate actor name {actor['name']!r}")
        actors[actor["name"]] = actor
        if actor["kind"] not in ACTOR_KINDS:
            errors.append(f"{where}: kind {actor['kind']!r} not in {sorted(ACTOR_KINDS)}")
        check_text(actor["role"], where + ".role", errors, nullable=True)
        if not isinstance(actor["aliases"], list):
            errors.append(f"{where}: aliases is not a list")
            continue
        for alias in actor["aliases"]:
            check_text(alias, where + ".aliases", errors)
            if isinstance(alias, str) and alias.lower() not in text.lower():
                warnings.append(f"{where}: alias {alias!r} of {actor['name']!r} is not in the text")
        if isinstance(actor["name"], str) and actor["name"] not in text:
            warnings.append(f"{where}: name {actor['name']!r} is not in the text (normalised?)")

    places = set()
    for index, place in enumerate(model["places"]):
        where = f"places[{index}]"
        if not check_keys(place, "place", where, errors):
            continue
        check_text(place["name"], where + ".name", errors)
        if place["name"] in places:
            errors.append(f"{where}: duplicate place name {place['name']!r}")
        places.add(place["name"])
        if place["kind"] not in PLACE_KINDS:
            errors.append(f"{where}: kind {place['kind']!r} not in {sorted(PLACE_KINDS)}")

    def actor_ref(value, where, nullable=False):
        if value is None and nullable:
            return
        if value not in actors:
            errors.append(f"{where}: {value!r} is not an actor name in this file")

    def sentence_ref(value, where):
        check_text(value, where, errors)
        if isinstance(value, str) and not is_sentence_in(value, body):
            inside_headline = headline is not None and value in headline
            errors.append(f"{where}: not a verbatim body sentence{' (it is in the headline)' if inside_headline else ''}: {value[:90]!r}")

    for name, actor in actors.items():
        actor_ref(actor.get("affiliation"), f"actor {name!r}.affiliation", nullable=True)

    for index, event in enumerate(model["events"]):
        where = f"events[{index}]"
        if not check_keys(event, "event", where, errors):
            continue
        check_text(event["summary"], where + ".summary", errors)
        check_date(event["date"], where, errors)
        check_text(event["date_text"], where + ".date_text", errors, nullable=True)
        if isinstance(event["date_text"], str):
            for piece in event["date_text"].split(" / "):
                if piece not in body:
                    errors.append(f"{where}: date_text piece {piece!r} is not in the body")
        if event["place"] is not None and event["place"] not in places:
            errors.append(f"{where}: place {event['place']!r} is not a place name in this file")
        if not isinstance(event["participants"], list):
            errors.append(f"{where}: participants is not a list")
        else:
            for participant in event["participants"]:
                actor_ref(participant, where + ".participants")
        sentence_ref(event["sentence"], where + ".sentence")

    for index, quote in enumerate(model["quotes"]):
        where = f"quotes[{index}]"
        if not check_keys(quote, "quote", where, errors):
            continue
        actor_ref(quote["speaker"], where + ".speaker")
        actor_ref(quote["via"], where + ".via", nullable=True)
        if quote["via"] in actors and actors[quote["via"]]["kind"] != "media":
            errors.append(f"{where}: via {quote['via']!r} is not a media actor")
        check_text(quote["text"], where + ".text", errors)
        if isinstance(quote["text"], str) and not is_quoted_in(quote["text"], body):
            errors.append(f"{where}: text is not between quote marks in the body: {quote['text'][:90]!r}")
        if isinstance(quote["text"], str) and quote["text"][-1:] in (",", "."):
            errors.append(f"{where}: text keeps its trailing comma or full stop")

    quoted = {quote["text"] for quote in model["quotes"] if isinstance(quote, dict) and isinstance(quote.get("text"), str)}
    for span in re.findall(r"“([^”]+)”|\"([^\"\n]+)\"", body):
        span = (span[0] or span[1]).rstrip(",.")
        if span and not any(span in text or text in span for text in quoted):
            warnings.append(f"quoted span with no quote entry (scare quote?): {span[:70]!r}")

    for index, dispute in enumerate(model["disputes"]):
        where = f"disputes[{index}]"
        if not check_keys(dispute, "dispute", where, errors):
            continue
        check_text(dispute["topic"], where + ".topic", errors)
        if isinstance(dispute["topic"], str) and not dispute["topic"].rstrip().endswith("?"):
            errors.append(f"{where}: topic is not a yes/no question")
        stances = set()
        for side_index, side in enumerate(dispute["sides"]):
            side_where = f"{where}.sides[{side_index}]"
            if not check_keys(side, "side", side_where, errors):
                continue
            actor_ref(side["actor"], side_where + ".actor")
            if side["stance"] not in STANCES:
                errors.append(f"{side_where}: stance {side['stance']!r} not in {sorted(STANCES)}")
            stances.add(side["stance"])
            check_text(side["statement"], side_where + ".statement", errors)
            sentence_ref(side["sentence"], side_where + ".sentence")
        if len(stances) < 2:
            errors.append(f"{where}: fewer than two opposed stances")
    return errors, warnings


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    root = Path(sys.argv[1])
    gold_dir = Path(sys.argv[2]) if len(sys.argv) == 3 else root / "gold"
    golds = sorted(gold_dir.glob("*.json"))
    articles = {path.stem for path in (root / "articles").glob("*.txt")}
    failed = False
    for stem in sorted(articles - {path.stem for path in golds}):
        print(f"articles/{stem}.txt: no gold model (not scored)")
    for path in golds:
        article = root / "articles" / f"{path.stem}.txt"
        if not article.exists():
            print(f"{path.name}: ERROR no article {article}")
            failed = True
            continue
        try:
            model = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            print(f"{path.name}: ERROR not JSON: {error}")
            failed = True
            continue
        errors, warnings = check_model(model, article.read_text(encoding="utf-8"))
        counts = ", ".join(f"{len(model.get(key) or [])} {key}" for key in ("actors", "places", "events", "quotes", "disputes"))
        sides = sum(len(d.get("sides", [])) for d in model.get("disputes") or [] if isinstance(d, dict))
        print(f"{path.name}: {'ok' if not errors else f'{len(errors)} error(s)'} ({counts}, {sides} sides)")
        for message in errors:
            print(f"  ERROR {message}")
        for message in warnings:
            print(f"  warning {message}")
        failed = failed or bool(errors)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
