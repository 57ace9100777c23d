#!/usr/bin/env python3
"""Deterministic synthetic news corpus for the Briefing vs Hugo benchmark.

    generate.py N OUT [--seed S]

Writes N articles of about 700 words as

    OUT/briefing/   a Briefing site (briefing.yml, articles/, actors/, places/, events/, disputes/)
    OUT/hugo/       a Hugo site with the same article bodies; taxonomies actors, events and
                    disputes give it one term page per actor, event and dispute

Each article has 5-15 actors drawn with a Zipf-like skew from a pool of about 10*sqrt(N)
(persons, organizations, countries), 2-5 events from a pool of N/5, 0-2 disputes from a
pool of N/20, quotes, figures and dispute positions whose `pN` sources point at the
paragraph that states them.

Actors, places, events and disputes are defined once, in curated files
(actors/<id>.yml, ...); articles list them by bare id, and add only what belongs to the
article: event participants and sources, dispute positions, quotes, figures. Only items
that some article uses are written, so both tools make a page for the same items.

Same N and seed give byte-identical output: one random.Random(seed) drives everything,
nothing iterates over a set or depends on hashing, and files are written in sorted order.
"""

import argparse
import bisect
import datetime
import json
import math
import os
import random
import re
import shutil
import sys

# ---------------------------------------------------------------------------------------
# Word lists

FIRST = """Aaron Adele Ahmed Aiko Alina Amara Anders Ana Aris Beatriz Bilal Boris Carmen Chen
Dana Dario Elena Emeka Erik Farah Femi Gabriel Hana Hassan Ines Ivan Jamal Jana Jonas Julia
Kamal Karin Kenji Lars Layla Leon Lucia Malik Marco Maria Marta Mei Mikhail Nadia Nikos Nora
Olga Omar Pablo Priya Rafael Rania Rosa Samir Sara Sofia Tariq Tomas Vera Viktor Yara Yusuf
Zainab Zoran""".split()

LAST = """Abara Adeyemi Alvarez Andersen Baptiste Barros Becker Bergstrom Castillo Chowdhury
Costa Dalton Demir Dimitrov Duarte Eriksen Farouk Ferreira Fischer Gallo Garcia Haddad Hale
Hoffmann Ibrahim Ivanova Jansen Kader Kaplan Karimi Kovac Kowalski Laine Lindqvist Lopes
Mahmoud Marino Mbeki Mendes Moreau Mwangi Nakamura Navarro Nielsen Novak Okafor Oliveira
Osei Park Petrov Quint Rahman Reyes Rossi Saleh Santos Sato Schmidt Silva Sokolov Suzuki
Tanaka Torres Usman Varga Vasquez Weber Yilmaz Zahir Zeller Zhou""".split()

ROLES = """President|Prime Minister|Foreign Minister|Defence Minister|Finance Minister|trade
minister|energy minister|spokesperson|chief negotiator|envoy|central bank governor|union
leader|chief executive|senior analyst|opposition leader|mayor|senator|general secretary|
ambassador|port director|army chief|health minister|economy minister|party chair""".replace("\n", " ").split("|")
ROLES = [r.strip() for r in ROLES]

SYL1 = "Val Mor Kes Tal Bar Dor Lin Sar Vel Ost Ram Kor Zan Tem Ald Bel Cas Nor Ser Mal".split()
SYL2 = "do ra ve li mo na ta si ke lu be ro".split()
SYL3 = "ria land via stan nia mark ica gard".split()

ORG_ADJ = """Northern Southern Eastern Western Central United Federal National Allied Free
Coastal Continental Atlantic Pacific Baltic Alpine Northern Royal Independent Popular Civic
Democratic Green Social Maritime Global Regional Public Joint Metropolitan""".split()
ORG_NOUN = """Grain Energy Shipping Mining Textile Steel Water Rail Fisheries Labour Farmers
Dockworkers Pilots Teachers Nurses Refinery Power Telecom Timber Salt Cotton Cement Copper
Harbour Freight Transit Media Defence Credit Pension""".split()
ORG_TYPE = """Council Union Authority Alliance Agency Bank Federation Company Party Front
Institute Commission Board Association Group""".split()

PLACE_KIND_NAMES = [
    ("city", ["{s}ton", "{s}burg", "Port {S}", "{s}ford", "{s}ovo", "{s}a", "New {S}", "{s}ville"]),
    ("region", ["{S} Valley", "{S} Coast", "{S} Highlands", "North {S}", "{S} Delta"]),
    ("site", ["{S} Dam", "{S} Refinery", "{S} Airbase", "{S} Terminal", "{S} Mine"]),
]

TOPICS = """the grain corridor|the border crossing|fishing rights|the pipeline deal|fuel
subsidies|the pension reform|port tariffs|the water treaty|the rail link|the ceasefire|copper
exports|the customs union|the election timetable|the debt restructuring|the power grid|the
refugee quota|the mining licences|steel tariffs|the air corridor|the fertiliser plant|wheat
prices|the new constitution|the fishing ban|the currency peg|the transit fees""".replace("\n", " ").split("|")
TOPICS = [t.strip() for t in TOPICS]

EVENT_TEMPLATES = [
    "Talks on {topic} open in {place}",
    "Summit on {topic} held in {place}",
    "Protest over {topic} in {place}",
    "Strike halts work in {place}",
    "Vote on {topic} in {place}",
    "Agreement on {topic} signed in {place}",
    "Explosion damages facility near {place}",
    "Sanctions over {topic} announced in {place}",
    "Inquiry into {topic} opens in {place}",
    "Delegation visits {place} for talks on {topic}",
    "Floods disrupt {topic} near {place}",
    "Court rules on {topic} in {place}",
]

DISPUTE_TEMPLATES = [
    "Did {actor} break the terms of {topic}?",
    "Is {topic} legal under the treaty?",
    "Who is responsible for the collapse of {topic}?",
    "Will {topic} raise prices for households?",
    "Did {actor} know about the delays to {topic}?",
    "Are the figures on {topic} accurate?",
    "Was the deal on {topic} negotiated in secret?",
    "Does {topic} breach the sanctions?",
]

CLAIM_ASSERT = [
    "the terms of {topic} were agreed without consulting parliament",
    "the delays to {topic} were deliberate",
    "{topic} will cost more than the government admits",
    "the terms of {topic} were broken last month",
    "shipments continued in spite of {topic}",
]
CLAIM_DENY = [
    "no rules were broken in negotiating {topic}",
    "the figures on {topic} have been exaggerated",
    "{topic} was fully approved by the authorities",
    "there is no evidence of interference in {topic}",
]
CLAIM_QUESTION = [
    "the official account of {topic} leaves questions open",
    "the timeline given for {topic} does not add up",
    "independent checks on {topic} are still needed",
]
STANCES = [("asserts", CLAIM_ASSERT), ("denies", CLAIM_DENY), ("questions", CLAIM_QUESTION),
           ("neutral", CLAIM_QUESTION)]

QUOTES = [
    "We will not sign an agreement that ignores {topic}",
    "This is a decisive moment for {topic} and for the whole region",
    "Nobody should be surprised by what happened in {place}",
    "We have shown good faith and we expect the same in return",
    "The numbers speak for themselves",
    "Our position on {topic} has not changed and it will not change",
    "We are ready to talk at any time but not under pressure",
    "People in {place} deserve answers and they deserve them now",
    "This agreement protects jobs and it protects families",
    "There is still a long way to go on {topic}",
    "We have asked for an independent investigation",
    "Any attempt to block {topic} will be met with a firm response",
]

FIGURES = [
    ("{n}", "tonnes", "grain shipped through {place} since the start of the year",
     "{N} tonnes of grain have been shipped through {place} since the start of the year."),
    ("{n}", "workers", "workers on strike in {place}",
     "About {N} workers stayed away from their jobs in {place}, according to the organisers."),
    ("{p}", "per cent", "rise in fuel prices linked to {topic}",
     "Fuel prices have risen by {P} per cent since the dispute over {topic} began."),
    ("{m}", "million dollars", "cost of repairs in {place}",
     "Repairs in {place} are expected to cost {M} million dollars."),
    ("{n}", "people", "people displaced near {place}",
     "Local officials said {N} people had been forced to leave their homes near {place}."),
    ("{p}", "per cent", "share of voters backing {topic}",
     "A survey published this week found that {P} per cent of voters back {topic}."),
]

FILLER = [
    "{A} said on {day} that the talks on {topic} had made little progress.",
    "The dispute has strained relations between {A} and {B} for months.",
    "Officials in {place} said the situation remained tense but under control.",
    "{A} has repeatedly called for a settlement of {topic} before the end of the year.",
    "Analysts say the outcome will depend largely on the position taken by {A}.",
    "The announcement came after weeks of negotiations behind closed doors.",
    "{A} did not respond to a request for comment.",
    "Critics accuse {A} of using {topic} to win support at home.",
    "Diplomats in {place} expect a further round of talks next month.",
    "The agreement would cover {topic} as well as a number of smaller issues.",
    "Markets reacted calmly to the news, with prices barely moving on {day}.",
    "{A} and {B} last met in {place} in the spring.",
    "Opposition groups have organised several rallies against {topic}.",
    "The plan still needs the approval of parliament, where support is divided.",
    "Residents of {place} complained of shortages and rising prices.",
    "A statement released by {A} described the meeting as constructive.",
    "Observers note that similar promises on {topic} were made two years ago.",
    "The issue is expected to dominate the agenda of the next regional summit.",
    "{A} warned that any delay would have serious consequences for {topic}.",
    "Talks between {A} and {B} broke down briefly on {day} before resuming in the evening.",
    "Several independent experts have questioned the figures released so far.",
    "Trade through {place} has fallen sharply since the start of the dispute.",
    "{A} described the proposals on {topic} as a first step.",
    "A spokesperson for {A} said further details would be published later in the week.",
]

INTRO = [
    "{A} and {B} met in {place} on {day} for talks on {topic}, the latest attempt to end a dispute that has lasted for months.",
    "{A} said on {day} that it was ready to resume talks with {B} on {topic}, after a week of rising tension in {place}.",
    "Negotiators for {A} and {B} failed to agree on {topic} on {day}, leaving the future of the talks in {place} uncertain.",
]

HEADINGS = ["Background", "What comes next", "Reactions", "The numbers", "A long dispute"]

TITLES = [
    "{A} and {B} clash over {topic}",
    "{A} signals compromise on {topic}",
    "Talks on {topic} stall as {A} hardens its stance",
    "{A} warns {B} over {topic}",
    "New pressure on {A} as {topic} dispute drags on",
    "{A} and {B} agree to meet again on {topic}",
]

DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def slug(text):
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return re.sub(r"-+", "-", s)


def q(text):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def cap(text):
    return text[:1].upper() + text[1:]


class Zipf:
    """Draws indexes 0..n-1 with weight 1/(i+1)^s."""

    def __init__(self, n, s=1.0):
        total = 0.0
        self.cum = []
        for i in range(n):
            total += 1.0 / (i + 1) ** s
            self.cum.append(total)
        self.total = total

    def draw(self, rng):
        return min(bisect.bisect_left(self.cum, rng.random() * self.total), len(self.cum) - 1)

    def distinct(self, rng, k):
        k = min(k, len(self.cum))
        chosen = []
        while len(chosen) < k:
            i = self.draw(rng)
            if i not in chosen:
                chosen.append(i)
        return chosen


# ---------------------------------------------------------------------------------------
# Pools


def make_actor_pool(rng, size):
    used = set()
    actors = []

    def unique(name_fn):
        for _ in range(1000):
            name = name_fn()
            if slug(name) not in used:
                used.add(slug(name))
                return name
        raise SystemExit("could not make a unique name")

    n_countries = max(3, size * 15 // 100)
    n_orgs = max(3, size * 25 // 100)
    n_persons = max(1, size - n_countries - n_orgs)
    for _ in range(n_countries):
        name = unique(lambda: rng.choice(SYL1) + rng.choice(SYL2) + rng.choice(SYL3))
        actors.append({"id": slug(name), "name": name, "kind": "country"})
    for _ in range(n_orgs):
        name = unique(lambda: f"{rng.choice(ORG_ADJ)} {rng.choice(ORG_NOUN)} {rng.choice(ORG_TYPE)}")
        actors.append({"id": slug(name), "name": name, "kind": "organization"})
    for _ in range(n_persons):
        name = unique(lambda: f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        actors.append({"id": slug(name), "name": name, "kind": "person", "role": rng.choice(ROLES),
                       "aliases": [name.split()[-1]]})
    # Popularity order: a shuffled pool, so the most-cited actors are of every kind.
    rng.shuffle(actors)
    return actors


def make_place_pool(rng, size):
    used = set()
    places = []
    while len(places) < size:
        kind, patterns = rng.choice(PLACE_KIND_NAMES)
        stem = rng.choice(SYL1) + rng.choice(SYL2)
        name = rng.choice(patterns).format(s=stem, S=stem)
        if slug(name) in used:
            continue
        used.add(slug(name))
        places.append({"id": slug(name), "name": name, "kind": kind})
    return places


def random_date(rng, start, days):
    return start + datetime.timedelta(days=rng.randrange(days))


def make_event_pool(rng, size, places, place_zipf):
    used = set()
    events = []
    start = datetime.date(2022, 1, 1)
    for _ in range(size):
        place = places[place_zipf.draw(rng)]
        title = rng.choice(EVENT_TEMPLATES).format(topic=rng.choice(TOPICS), place=place["name"])
        base = slug(title)
        ident, n = base, 2
        while ident in used:
            ident, n = f"{base}-{n}", n + 1
        used.add(ident)
        day = random_date(rng, start, 3 * 365)
        r = rng.random()
        event = {"id": ident, "title": title, "place": place["id"]}
        if r < 0.8:
            event["date"] = day.isoformat()
            if rng.random() < 0.15:
                event["end"] = (day + datetime.timedelta(days=rng.randint(1, 4))).isoformat()
        elif r < 0.95:
            event["date"] = day.strftime("%Y-%m")
        else:
            event["date"] = day.strftime("%Y")
        event["day"] = day
        events.append(event)
    return events


def make_dispute_pool(rng, size, actors):
    used = set()
    disputes = []
    for _ in range(size):
        topic = rng.choice(TOPICS)
        question = rng.choice(DISPUTE_TEMPLATES).format(topic=topic, actor=rng.choice(actors)["name"])
        base = slug(question)[:60].strip("-")
        ident, n = base, 2
        while ident in used:
            ident, n = f"{base}-{n}", n + 1
        used.add(ident)
        status = rng.choices(["open", "settled", "retracted"], [7, 2, 1])[0]
        disputes.append({"id": ident, "question": question, "status": status, "topic": topic})
    return disputes


# ---------------------------------------------------------------------------------------
# Articles


def make_article(rng, index, actor_pool, actor_zipf, events, disputes, places):
    k = rng.randint(5, 15)
    actors = [actor_pool[i] for i in actor_zipf.distinct(rng, k)]
    my_events = rng.sample(events, rng.randint(2, 5))
    my_disputes = rng.sample(disputes, rng.choices([0, 1, 2], [3, 4, 3])[0]) if disputes else []
    topic = rng.choice(TOPICS)
    a, b = actors[0], actors[1]
    home_place = places[my_events[0]["place"]]
    published = max(e["day"] for e in my_events) + datetime.timedelta(days=rng.randint(0, 20))

    mentioned = set()

    def name(actor):
        """Full name on first mention, then a person's surname."""
        if actor["id"] in mentioned and actor.get("aliases") and rng.random() < 0.7:
            return actor["aliases"][0]
        mentioned.add(actor["id"])
        return actor["name"]

    def fill(template, **extra):
        values = dict(topic=topic, place=home_place["name"], day=rng.choice(DAYS))
        values.update(extra)
        if "{A}" in template:
            first = extra.get("actor_a") or rng.choice(actors)
            values["A"], values["A_id"] = name(first), first["id"]
        if "{B}" in template:
            other = extra.get("actor_b") or rng.choice(actors)
            if other["id"] == values.get("A_id"):
                other = actors[(actors.index(other) + 1) % len(actors)]
            values["B"] = name(other)
        for key in ("actor_a", "actor_b", "A_id"):
            values.pop(key, None)
        return cap(template.format(**values))

    intro = fill(rng.choice(INTRO), actor_a=a, actor_b=b)
    # Sentences that something in the model cites, tagged so their paragraph is known.
    special = []  # (tag, sentence)
    for event in my_events:
        place = places[event["place"]]
        when = event["day"].strftime("%B %Y") if "date" in event else "earlier this year"
        parts = rng.sample(actors, rng.randint(1, min(3, len(actors))))
        names = " and ".join(name(p) for p in parts)
        sentence = f"The events of {when} in {place['name']} involved {names}: {event['title'][0].lower() + event['title'][1:]}."
        special.append((("event", event["id"], [p["id"] for p in parts]), sentence))
        if place["id"] != home_place["id"] and rng.random() < 0.5:
            special.append((None, f"The mood in {place['name']} was described as calm but uncertain."))
    speakers = [x for x in actors if x["kind"] == "person"] or actors
    quotes = []
    for template in rng.sample(QUOTES, rng.randint(2, 4)):
        speaker = rng.choice(speakers)
        text = template.format(topic=topic, place=home_place["name"])
        via = None
        said = f"“{text},” {name(speaker)} said."
        medias = [x for x in actors if x["kind"] == "organization" and x is not speaker]
        if medias and rng.random() < 0.25:
            via = rng.choice(medias)
            said = f"“{text},” {name(speaker)} told the {via['name']}."
        quotes.append({"speaker": speaker["id"], "via": via["id"] if via else None, "text": text})
        special.append((("quote", len(quotes) - 1), said))
    positions = []
    for dispute in my_disputes:
        for _ in range(rng.randint(1, 3)):
            actor = rng.choice(actors)
            stance, claims = rng.choice(STANCES)
            claim = cap(rng.choice(claims).format(topic=dispute["topic"])) + "."
            verb = {"asserts": "said", "denies": "insisted", "questions": "argued", "neutral": "noted"}[stance]
            sentence = f"{name(actor)} {verb} that {claim[0].lower() + claim[1:]}"
            positions.append({"dispute": dispute["id"], "actor": actor["id"], "stance": stance, "claim": claim})
            special.append((("position", len(positions) - 1), sentence))
    figures = []
    for _ in range(rng.randint(1, 3)):
        value_t, unit, about_t, sentence_t = rng.choice(FIGURES)
        n = f"{rng.randint(2, 95)},{rng.randint(0, 999):03d}"
        p = f"{rng.randint(2, 60)}"
        m = f"{rng.randint(5, 900)}"
        value = value_t.format(n=n, p=p, m=m)
        about = about_t.format(topic=topic, place=home_place["name"])
        sentence = sentence_t.format(N=n, P=p, M=m, topic=topic, place=home_place["name"])
        figures.append({"value": value, "unit": unit, "about": about})
        special.append((("figure", len(figures) - 1), cap(sentence)))
    # Every actor is named at least once in the text.
    for actor in actors:
        if actor["id"] not in mentioned:
            other = rng.choice(actors)
            special.append((None, fill(rng.choice([t for t in FILLER if "{A}" in t]), actor_a=actor, actor_b=other)))

    rng.shuffle(special)
    sentences = [(None, intro)] + special
    words = sum(len(s.split()) for _, s in sentences)
    # Filler up to about 700 words, spread between the cited sentences.
    while words < 690:
        s = fill(rng.choice(FILLER))
        sentences.insert(rng.randint(1, len(sentences)), (None, s))
        words += len(s.split())

    # Paragraphs of 1-4 sentences; the lead paragraph is the intro alone.
    paragraphs = [[sentences[0]]]
    i = 1
    while i < len(sentences):
        size = rng.randint(2, 4)
        paragraphs.append(sentences[i:i + size])
        i += size

    where = {}
    for number, paragraph in enumerate(paragraphs, start=1):
        for tag, _ in paragraph:
            if tag:
                where.setdefault(tag[:2], number)

    heading_at = rng.randint(len(paragraphs) // 2, len(paragraphs) - 1) if rng.random() < 0.5 and len(paragraphs) > 3 else None
    blocks = []
    for number, paragraph in enumerate(paragraphs, start=1):
        if heading_at is not None and number == heading_at + 1:
            blocks.append("## " + rng.choice(HEADINGS))
        blocks.append(" ".join(s for _, s in paragraph))
    body = "\n\n".join(blocks) + "\n"

    title = rng.choice(TITLES).format(A=a["name"], B=b["name"], topic=topic)
    title = cap(title)
    summary = f"{a['name']} and {b['name']} remain divided over {topic}."

    # The model.
    article_events = []
    for tag, _ in sentences:
        if tag and tag[0] == "event":
            article_events.append({"id": tag[1], "participants": tag[2], "source": where[tag[:2]]})
    article_events.sort(key=lambda e: e["id"])
    article_disputes = []
    for dispute in my_disputes:
        ps = [dict(p, source=where[("position", i)]) for i, p in enumerate(positions) if p["dispute"] == dispute["id"]]
        article_disputes.append({"id": dispute["id"], "positions": ps})
    for i, quote in enumerate(quotes):
        quote["source"] = where[("quote", i)]
    for i, figure in enumerate(figures):
        figure["source"] = where[("figure", i)]
    place_ids = []
    for event in my_events:
        if event["place"] not in place_ids:
            place_ids.append(event["place"])

    return {
        "id": f"{slug(title)[:40].strip('-')}-{index}",
        "title": title, "published": published, "summary": summary,
        "actors": [x["id"] for x in actors], "places": place_ids,
        "events": article_events, "disputes": article_disputes,
        "quotes": quotes, "figures": figures, "body": body,
    }


def article_front_matter(art):
    out = ["---", f"title: {q(art['title'])}", f"published: {art['published'].isoformat()}",
           "source: { name: Synthetic Wire }", f"summary: {q(art['summary'])}", "actors:"]
    out += [f"  - {a}" for a in art["actors"]]
    out.append("places:")
    out += [f"  - {p}" for p in art["places"]]
    out.append("events:")
    for e in art["events"]:
        out.append(f"  - {{ id: {e['id']}, participants: [{', '.join(e['participants'])}], source: p{e['source']} }}")
    if art["disputes"]:
        out.append("disputes:")
        for d in art["disputes"]:
            out.append(f"  - id: {d['id']}")
            out.append("    positions:")
            for p in d["positions"]:
                out.append(f"      - {{ actor: {p['actor']}, stance: {p['stance']}, claim: {q(p['claim'])}, source: p{p['source']} }}")
    out.append("quotes:")
    for x in art["quotes"]:
        via = f", via: {x['via']}" if x["via"] else ""
        out.append(f"  - {{ speaker: {x['speaker']}{via}, text: {q(x['text'])}, source: p{x['source']} }}")
    out.append("figures:")
    for f in art["figures"]:
        out.append(f"  - {{ value: {q(f['value'])}, unit: {q(f['unit'])}, about: {q(f['about'])}, source: p{f['source']} }}")
    out.append("---")
    return "\n".join(out) + "\n"


def hugo_front_matter(art):
    def ids(values):
        return "[" + ", ".join(q(v) for v in values) + "]"
    return "\n".join([
        "---", f"title: {q(art['title'])}", f"date: {art['published'].isoformat()}",
        f"summary: {q(art['summary'])}",
        f"actors: {ids(art['actors'])}",
        f"events: {ids([e['id'] for e in art['events']])}",
        f"disputes: {ids([d['id'] for d in art['disputes']])}",
        "---",
    ]) + "\n"


HUGO_TOML = """baseURL = "https://example.org/briefing/"
languageCode = "en"
title = "Synthetic briefing"
disableKinds = []
enableRobotsTXT = false

[taxonomies]
  actor = "actors"
  event = "events"
  dispute = "disputes"

[markup.goldmark.renderer]
  unsafe = false
"""

# Minimal layouts: the article's Markdown rendered, lists of links. Comparable work to
# Briefing's pages, without its cross-references. An article's terms are looked up with
# site.GetPage from its front matter: Hugo 0.111's .GetTerms walks every term of the
# taxonomy for each page, which makes a 10,000-article build take minutes.
HUGO_LAYOUTS = {
    "_default/baseof.html": """<!DOCTYPE html>
<html lang="{{ site.LanguageCode }}">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title></head>
<body>
<nav><a href="{{ "" | relURL }}">Home</a> · <a href="{{ "articles/" | relURL }}">Articles</a> · <a href="{{ "actors/" | relURL }}">Actors</a> · <a href="{{ "events/" | relURL }}">Events</a> · <a href="{{ "disputes/" | relURL }}">Disputes</a></nav>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
""",
    "_default/single.html": """{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
{{ .Content }}
{{ range $taxonomy := slice "actors" "events" "disputes" }}{{ with index $.Params $taxonomy }}<h2>{{ $taxonomy | title }}</h2>
<ul>{{ range . }}{{ with site.GetPage (printf "/%s/%s" $taxonomy .) }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}{{ end }}</ul>
{{ end }}{{ end }}</article>{{ end }}
""",
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>
{{ end }}
""",
    "_default/terms.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ end }}
""",
    "_default/taxonomy.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>
{{ end }}
""",
    "index.html": """{{ define "main" }}<h1>{{ site.Title }}</h1>
<p>{{ len (where site.RegularPages "Section" "articles") }} articles</p>
<h2>Latest</h2>
<ul>{{ range first 20 site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> — {{ .Summary | plainify }}</li>{{ end }}</ul>
{{ end }}
""",
}


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def yaml_item(fields):
    lines = []
    for key, value in fields:
        if value is None:
            continue
        if isinstance(value, list):
            lines.append(f"{key}: [{', '.join(q(v) for v in value)}]")
        elif key in ("kind", "status", "affiliation", "country", "place", "date", "end"):
            lines.append(f"{key}: {value}")
        else:
            lines.append(f"{key}: {q(value)}")
    return "\n".join(lines) + "\n"


def generate(n, out, seed):
    rng = random.Random(seed)
    actor_pool = make_actor_pool(rng, max(20, round(10 * math.sqrt(n))))
    actor_zipf = Zipf(len(actor_pool), 1.0)
    place_pool = make_place_pool(rng, max(8, round(2 * math.sqrt(n))))
    place_zipf = Zipf(len(place_pool), 0.8)
    events = make_event_pool(rng, max(5, n // 5), place_pool, place_zipf)
    disputes = make_dispute_pool(rng, max(2, n // 20), actor_pool)
    places = {p["id"]: p for p in place_pool}

    articles = [make_article(rng, i + 1, actor_pool, actor_zipf, events, disputes, places) for i in range(n)]

    # Only what some article uses is written.
    used_actors, used_events, used_disputes, used_places = set(), set(), set(), set()
    for art in articles:
        used_actors.update(art["actors"])
        used_events.update(e["id"] for e in art["events"])
        used_disputes.update(d["id"] for d in art["disputes"])
        used_places.update(art["places"])
    actors = [x for x in actor_pool if x["id"] in used_actors]
    countries = [x for x in actors if x["kind"] == "country"]
    hosts = [x for x in actors if x["kind"] in ("country", "organization")]
    # Affiliations and countries point only at actors that are written; drawn in pool
    # order so the output does not depend on set ordering.
    for actor in actors:
        if actor["kind"] == "person" and hosts:
            actor["affiliation"] = rng.choice(hosts)["id"]
        elif actor["kind"] == "organization" and countries and rng.random() < 0.7:
            actor["affiliation"] = rng.choice(countries)["id"]
        noun = {"person": actor.get("role", "official"), "organization": "organization", "country": "country"}[actor["kind"]]
        actor["description"] = f"A {noun} that appears in the synthetic briefing."
    for place in place_pool:
        if place["id"] in used_places and countries:
            place["country"] = rng.choice(countries)["id"]

    if os.path.exists(out):
        for sub in ("briefing", "hugo"):
            shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    site = os.path.join(out, "briefing")
    hugo = os.path.join(out, "hugo")

    write(os.path.join(site, "briefing.yml"),
          f"title: Synthetic briefing\ndescription: {q(f'{n} generated articles for the benchmark (seed {seed}).')}\n"
          "language: en\nbase_url: https://example.org/briefing/\n")
    for actor in sorted(actors, key=lambda x: x["id"]):
        write(os.path.join(site, "actors", actor["id"] + ".yml"), yaml_item([
            ("name", actor["name"]), ("kind", actor["kind"]), ("role", actor.get("role")),
            ("affiliation", actor.get("affiliation")), ("aliases", actor.get("aliases")),
            ("description", actor["description"])]))
    for place in sorted(place_pool, key=lambda x: x["id"]):
        if place["id"] in used_places:
            write(os.path.join(site, "places", place["id"] + ".yml"), yaml_item([
                ("name", place["name"]), ("kind", place["kind"]), ("country", place.get("country"))]))
    for event in sorted(events, key=lambda x: x["id"]):
        if event["id"] in used_events:
            write(os.path.join(site, "events", event["id"] + ".yml"), yaml_item([
                ("title", event["title"]), ("date", event.get("date")), ("end", event.get("end")),
                ("place", event["place"])]))
    for dispute in sorted(disputes, key=lambda x: x["id"]):
        if dispute["id"] in used_disputes:
            write(os.path.join(site, "disputes", dispute["id"] + ".yml"), yaml_item([
                ("question", dispute["question"]), ("status", dispute["status"])]))
    for art in articles:
        write(os.path.join(site, "articles", art["id"] + ".md"), article_front_matter(art) + art["body"])

    write(os.path.join(hugo, "hugo.toml"), HUGO_TOML)
    for path, text in sorted(HUGO_LAYOUTS.items()):
        write(os.path.join(hugo, "layouts", path), text)
    write(os.path.join(hugo, "content", "articles", "_index.md"), "---\ntitle: Articles\n---\n")
    for art in articles:
        write(os.path.join(hugo, "content", "articles", art["id"] + ".md"), hugo_front_matter(art) + art["body"])
    # Term pages carry the item's name and a line about it, as Briefing's pages do.
    def term(taxonomy, ident, title, text):
        write(os.path.join(hugo, "content", taxonomy, ident, "_index.md"), f"---\ntitle: {q(title)}\n---\n{text}\n")
    for actor in sorted(actors, key=lambda x: x["id"]):
        term("actors", actor["id"], actor["name"], actor["description"])
    for event in sorted(events, key=lambda x: x["id"]):
        if event["id"] in used_events:
            term("events", event["id"], event["title"], f"Date: {event['date']}. Place: {places[event['place']]['name']}.")
    for dispute in sorted(disputes, key=lambda x: x["id"]):
        if dispute["id"] in used_disputes:
            term("disputes", dispute["id"], dispute["question"], f"Status: {dispute['status']}.")

    return {"articles": n, "actors": len(actors), "places": len(used_places),
            "events": len(used_events), "disputes": len(used_disputes)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", help="output folder (its briefing/ and hugo/ are replaced)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.n < 1:
        parser.error("N must be at least 1")
    counts = generate(args.n, args.out, args.seed)
    print(" ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    sys.exit(main())
