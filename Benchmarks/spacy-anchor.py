#!/usr/bin/env python3
"""The actor anchor of issue 3: spaCy's small English model, its PERSON, ORG, GPE and NORP
entities mapped to actors, scored against the same gold with the same matching as
`briefing-eval` (Sources/BriefingDraft/Evaluation/Evaluator.swift: a drafted actor matches a
gold actor when any of its names equals any of the gold actor's, case and punctuation folded
and a leading "the" dropped; one to one, greedily in gold order).

    Benchmarks/spacy-anchor.sh DIR...      sets up the model, then runs this on each DIR

Two mappings are scored, so the anchor is not a straw man:
- plain: every distinct entity text is an actor;
- grouped: a demonym (NORP) becomes its country and a GPE that names a city is dropped
  (both from our gazetteer, Sources/BriefingDraft/Resources/gazetteer.json), and a PERSON
  whose words end a longer PERSON named earlier becomes its alias ("Lavrov" of "Sergei
  Lavrov"), and an ORG likewise ("Commission" of "European Commission").
"""
import json
import os
import sys
import warnings

LABELS = {"PERSON", "ORG", "GPE", "NORP"}
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fold(text):
    """Evaluator.fold: lower case, curly quotes straightened, spaces collapsed, edge
    punctuation trimmed, a leading "the " dropped."""
    text = text.lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = " ".join(text.split()).strip(" .,;:!?\"'")
    return text[4:] if text.startswith("the ") and len(text) > 4 else text


def load_gazetteer():
    with open(os.path.join(ROOT, "Sources/BriefingDraft/Resources/gazetteer.json"), encoding="utf-8") as file:
        data = json.load(file)
    country_of_demonym = {}
    countries = set()
    for country in data["countries"]:
        countries.update(fold(name) for name in country["names"])
        for demonym in country.get("demonyms", []):
            country_of_demonym.setdefault(fold(demonym), country["name"])
    cities = {fold(city["name"]) for city in data["cities"]} - countries
    return country_of_demonym, cities


def actors_from(entities, gazetteer, grouped):
    """[(text, label)] in text order → [set of names], one set per actor."""
    country_of_demonym, cities = gazetteer
    actors = []  # each: {"label", "names": [text...]}
    index = {}  # folded name → actor position
    for text, label in entities:
        text = " ".join(text.split())
        if grouped:
            if label == "NORP" and fold(text) in country_of_demonym:
                text, label = country_of_demonym[fold(text)], "GPE"
            elif label == "GPE" and fold(text) in cities:
                continue
        key = fold(text)
        if not key or key in index:
            continue
        owner = None
        if grouped and label in {"PERSON", "ORG"}:
            words = key.split()
            for position, actor in enumerate(actors):
                if actor["label"] != label:
                    continue
                if any(len(name.split()) > len(words) and name.split()[-len(words):] == words for name in map(fold, actor["names"])):
                    owner = position
                    break
        if owner is None:
            actors.append({"label": label, "names": [text]})
            index[key] = len(actors) - 1
        else:
            actors[owner]["names"].append(text)
            index[key] = owner
    return [{fold(name) for name in actor["names"]} for actor in actors]


def score(drafted, gold_actors):
    gold = [{fold(name) for name in [actor["name"]] + (actor.get("aliases") or [])} for actor in gold_actors]
    used = set()
    for names in gold:
        match = next((d for d, draft in enumerate(drafted) if d not in used and draft & names), None)
        if match is not None:
            used.add(match)
    return len(used), len(drafted), len(gold)


def main(directories):
    warnings.filterwarnings("ignore")  # the 2.2 model under spaCy 2.3 warns once per load
    import en_core_web_sm
    nlp = en_core_web_sm.load()
    gazetteer = load_gazetteer()
    print(f"spaCy {__import__('spacy').__version__}, model en_core_web_sm {nlp.meta.get('version')}")
    print(f"{'set':<28} {'mapping':<8} {'P':>5} {'R':>5} {'F1':>5}  matched/drafted/gold")
    for directory in directories:
        gold_dir = os.path.join(directory, "gold")
        totals = {"plain": [0, 0, 0], "grouped": [0, 0, 0]}
        for name in sorted(os.listdir(gold_dir)):
            if not name.endswith(".json"):
                continue
            with open(os.path.join(gold_dir, name), encoding="utf-8") as file:
                gold = json.load(file)
            with open(os.path.join(directory, "articles", name[:-5] + ".txt"), encoding="utf-8") as file:
                text = file.read()
            entities = [(entity.text, entity.label_) for entity in nlp(text).ents if entity.label_ in LABELS]
            for mapping in totals:
                result = score(actors_from(entities, gazetteer, mapping == "grouped"), gold["actors"])
                totals[mapping] = [a + b for a, b in zip(totals[mapping], result)]
        for mapping, (matched, drafted, gold_count) in totals.items():
            precision = matched / drafted if drafted else 0
            recall = matched / gold_count if gold_count else 0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0
            label = os.path.relpath(directory, ROOT) if directory.startswith(ROOT) else directory
            print(f"{label:<28} {mapping:<8} {precision:5.2f} {recall:5.2f} {f1:5.2f}  {matched}/{drafted}/{gold_count}")


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] in {"-h", "--help"}:
        print(__doc__)
        sys.exit(0 if len(sys.argv) > 1 else 2)
    main([os.path.abspath(path) for path in sys.argv[1:]])
