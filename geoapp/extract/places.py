"""Gazetteer names in prose, found fast and resolved with the geocoder.

The geocoder's alias index is searched with Aho-Corasick automata over case- and
accent-folded text: one automaton for countries, regions and large cities (built
once), one per country for its smaller places, built only when the report names
that country (by a place, region or nationality word). A hit becomes a place only
when it is capitalised in the text, is not part of a longer proper name
("Volodymyr Zelensky"), is not a common word (``cues/places.toml``) and, for small
places, stands after a locative word or lies in a country the report is about.
Administrative words ("the Kursk region", "Republic of Tuva") and relative phrases
("20 km north of Kursk", "near Sudzha") are kept with the name so the geocoder
sees them. A district or region the text names right after a place ("Ternove, in the
Synelnykove district of Dnipropetrovsk region") says where it lies, whatever the namesakes.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache

import ahocorasick
import numpy as np
import pandas as pd

from geoapp.extract import cues
from geoapp.extract.acting import READ_AFTER, READ_BEFORE, acts
from geoapp.extract.actors import nationalities
from geoapp.extract.tolls import country_match
from geoapp.geocode import Geocoder, Match, capitals, default_geocoder, normalise, parse_relative
from geoapp.geocode.affixes import affix_tokens, split_affixes
from geoapp.geocode.curated import EXTRA_REGION_ALIASES, REGIONS_ACROSS_UNITS
from geoapp.geocode.forward import FOCUS_COUNTRIES
from geoapp.geocode.match import Lookup
from geoapp.geocode.normalise import fold
from geoapp.geocode.relative import apply as relative_apply


@dataclass(frozen=True)
class PlaceHit:
    """A place named at ``start:end`` of the report (the text includes affixes)."""

    start: int
    end: int
    text: str
    key: str
    match: Match


def find_places(text: str, masked: list[tuple[int, int]], countries: set[str],
                geocoder: Geocoder | None = None) -> list[PlaceHit]:
    """Places named in ``text`` outside ``masked`` spans, in ``geocoder``'s gazetteer
    (default: the bundled one).

    ``countries`` are ISO2 codes of the nationalities the report names; the smaller
    places of those countries, of the countries, regions and cities found first, and
    of the conflict countries in ``cues/places.toml`` are searched. Of same-named towns,
    one in a country the text names as a place wins ("Pokrovsk" in a report that
    mentions Ukraine); nationality words alone do not decide that, since Russian
    troops fight in Ukraine. A village name that several regions share is resolved in a
    second pass, near the places the report names unambiguously.
    """
    geocoder = geocoder or default_geocoder()
    folded, offsets = _fold(text)
    scan = _Scan(text, folded, offsets, masked, geocoder)
    hits = scan.accepted(_global_automaton(geocoder), countries, set())
    # the words of the country inside the name dropped name no other state ("the Armed
    # Forces of the Democratic Republic of Congo" holds no "Republic of Congo")
    forces = [h for h in hits if _forces_of(text, h)]
    hits = [h for h in hits if not any(f.start <= h.start and h.end <= f.end for f in forces)]
    named = {h.match.country for h in hits if h.match.country}
    for cc in sorted(countries | named | _rules().always_search):
        hits += scan.accepted(_country_automaton(geocoder, cc), countries | named, named,
                              country=cc)
    for cc in sorted((countries | named | _rules().always_search) & _RESPELLED_COUNTRIES):
        hits += scan.respelled(cc, countries | named, named, hits)
    hits = _unnamed_namesakes(hits, countries)
    if scan.ambiguous:
        scan.second_pass = True
        hits += scan.accepted(_automaton(np.array(sorted(scan.ambiguous), dtype=object)),
                              countries | named, named, tuple(h.match for h in hits))
    hits = [_by_own_name(h) for h in hits]
    context = countries | {h.match.country for h in hits if not _borrowed_name(h)}
    hits = [h for h in hits if not _borrowed_name(h) or h.match.country in context]
    hits = _generic_regions(hits, countries, geocoder)
    hits = _parts_of_owners(_as_regions_named(_longest_first(hits), text), text)
    hits = _qualified(text, _units_by_town(_not_surnames(hits, text), geocoder), masked,
                      geocoder)
    hits = _listed_regions(text, hits, geocoder)
    hits = [h for h in hits if not _end_of_longer_name(h, text) and not _clock_of(h, text)
            and not _make_of_vehicle(h, text) and not _village_named_as_city(h, text, hits)
            and not _region_as_foreign_village(h, text, hits, countries)]
    shared = _other_names(text, hits)
    hits = _as_shared(hits, shared)
    hits = _as_described(text, hits)
    found = _as_shared(_relatives_as_bare(_listed_together(
        _consistent(_heads_placed(text, hits), text, geocoder), text, geocoder)), shared)
    # a place the text names twice over is no stray namesake of an unnamed country
    kept = _supported(found, countries, text)
    found = [h for h in found if h in kept or h.key in shared]
    found = sorted(found + _placed_by_text(text, found, masked) + _same_unit(text, found)
                   + _capitals_described(text, found, masked, geocoder),
                   key=lambda h: h.start)
    found = _in_directions(text, _listed_abroad(found, text), masked, geocoder)
    found = _not_confused(text, found, geocoder)
    found = sorted(found + _soil_of(text, found, masked), key=lambda h: h.start)
    found = sorted(found + _elided_heads(text, found, masked, geocoder), key=lambda h: h.start)
    return _placed_near(text, _districts_repeated(found), _back_references(text, found))


def _districts_repeated(hits: list[PlaceHit]) -> list[PlaceHit]:
    """A name the report gave first with its kind ("two strikes in the Shevchenkivskyi
    district") and repeats bare later ("two in Shevchenkivskyi") is that district still,
    when the bare name's namesakes hold it, not a village of the same name elsewhere."""
    named: dict[str, Match] = {}
    out = []
    for h in hits:
        first = named.get(h.key)
        if first is not None and h.match is not first and h.match.kind == "place" \
                and _UNIT_NAMED.search(h.text) is None \
                and any(a.kind == "district" and a.adm1_code == first.adm1_code
                        and normalise(a.name) == normalise(first.name)
                        for a in h.match.alternatives):
            h = replace(h, match=replace(first, query=h.match.query))
        elif h.match.kind == "district" and _UNIT_NAMED.search(h.text) is not None:
            named.setdefault(h.key, h.match)
        out.append(h)
    return out


#: Bearings that open a region's name ("North Kivu", "South Kordofan", "Western Equatoria").
_BEARING = r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)"
#: Bearings listed before the one a region's name follows, sharing its name ("North and
#: South Kivu", "North, South and West Darfur").
_BEARINGS_BEFORE = re.compile(rf"(?<![\w'’-])((?:{_BEARING}\s*,\s*)*{_BEARING})"
                              rf"\s*(?:,\s*)?(?:and|or|&)\s+$")
_BEARING_OPENING = re.compile(rf"({_BEARING})\s+(\S.*)$")


def _elided_heads(text: str, hits: list[PlaceHit], masked: list[tuple[int, int]],
                  geocoder: Geocoder) -> list[PlaceHit]:
    """Regions named by a bearing alone ahead of a region whose name opens with another
    ("in parts of North and South Kivu", "North, South and West Darfur"): the bearing and
    the rest of the name after it name a region of the same country, when there is one."""
    out = []
    taken = [(h.start, h.end) for h in hits] + masked
    for h in hits:
        named = _BEARING_OPENING.match(text[h.start:h.end])
        if h.match.kind != "region" or not h.match.country or named is None:
            continue
        before = _BEARINGS_BEFORE.search(text, max(0, h.start - 80), h.start)
        if before is None:
            continue
        for b in re.finditer(_BEARING, before[1]):
            start, end = before.start(1) + b.start(), before.start(1) + b.end()
            if any(s < end and start < e for s, e in taken):
                continue
            name = f"{b[0]} {named[2]}"
            found = geocoder.lookup(name, h.match.country, ()).match
            if found is None or found.kind != "region" or found.adm1_code == h.match.adm1_code:
                continue
            out.append(PlaceHit(start, end, text[start:end], normalise(name), found))
    return out


#: Names listed side by side, with names the gazetteer lacks between them ("Melovoy, Podol
#: and Sudzha", "A, B, C and D").
_LISTED_BESIDE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:[A-Z][\w'’-]*"
                            r"(?:\s+[A-Z][\w'’-]*)?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*")


def _listed_abroad(hits: list[PlaceHit], text: str) -> list[PlaceHit]:
    """A name several small places share, listed side by side only with places of another
    country whose region the report names, while the report names no place of the
    namesake's own country but its capital (a government's name as often as a city's):
    "liberated three settlements, Melovoy, Podol and Sudzha" in a report on the Kursk
    region is no Podil of Kyiv but a Russian village the gazetteer lacks. Its namesake in
    the listed places' region, if any, else no place."""
    regions = {h.match.adm1_code for h in hits if h.match.kind == "region"}
    out = []
    for k, h in enumerate(hits):
        m = h.match
        if m.kind != "place" or (m.population or 0) >= _CITY or not m.alternatives \
                or m.source == "curated":
            out.append(h)
            continue
        beside = [o for o in hits[max(0, k - 1):k] + hits[k + 1:k + 2]
                  if _LISTED_BESIDE.fullmatch(text, *sorted((o.end, h.start) if o.end <= h.start
                                                            else (h.end, o.start)))]
        if not beside:
            out.append(h)
            continue
        capital = normalise(capitals.CAPITALS.get(m.country, ""))
        home = [o for o in hits if o.key != h.key and o.match.country == m.country
                and o.match.kind != "country" and normalise(o.match.name) != capital]
        named_by_capital = any(o.match.country == m.country and o.match.kind == "place"
                               and normalise(o.match.name) == capital for o in hits)
        if home or not named_by_capital or any(
                o.match.kind != "place" or o.match.country == m.country
                or o.match.adm1_code not in regions for o in beside):
            out.append(h)
            continue
        there = [a for a in m.alternatives if a.adm1_code in {o.match.adm1_code for o in beside}]
        if there:
            out.append(replace(h, match=there[0]))
    return out


#: A country named by its people's adjective as the ground a deed is on ("presses a
#: counterattack on Russian soil", "fighting on Ukrainian territory").
_SOIL = re.compile(r"\b(?:on|onto|into|inside|deep\s+into)\s+(?P<adj>[A-Z][a-z]+)\s+"
                   r"(?:soil|territory)\b")


def _soil_of(text: str, found: list[PlaceHit], masked: list[tuple[int, int]]) -> list[PlaceHit]:
    """A country told as the soil or territory a deed is on ("Kyiv presses a counterattack
    on Russian soil"): that country is the deed's place, not a region the sentence named
    before it. Not the country the paragraph's places lie in ("hit as they crossed the border
    there, so they could not dig in on Ukrainian soil"): that names no other ground, only
    less of it (a dateline opening the paragraph is where it was filed, and a country named
    is whose, not where: neither is ground)."""
    out = []
    for m in _SOIL.finditer(text):
        start, end = m.start("adj"), m.end()
        if any(s < end and start < e for s, e in masked) or \
                any(h.start < end and start < h.end for h in found):
            continue
        codes = nationalities(m.group("adj"))
        match = country_match(m.group("adj"), next(iter(codes))) if len(codes) == 1 else None
        lo, hi = _paragraph_span(text, start, end)
        if match is not None and not any(
                lo < h.start < hi and h.match.kind != "country"
                and h.match.country == match.country for h in found):
            out.append(PlaceHit(start, end, text[start:end], normalise(m.group("adj")), match))
    return out


#: A country's armed forces named by the country ("units of the Armed Forces of the Russian
#: Federation", "the army of Sudan"): the words before the country.
_FORCES_OF = re.compile(r"\b(?:armed\s+forces|army|troops|forces|navy|air\s+force)\s+of\s+$",
                        re.IGNORECASE)


#: ... or as their owner, in the possessive ("Ukraine's 3rd Assault Brigade", "Russia's
#: armed forces"): the words after the country.
_OWN_FORCES = re.compile(r"\s*['’]s\s+(?:\d{1,3}(?:st|nd|rd|th)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:brigade|division|regiment|battalion|army|corps)s?|"
                         r"armed\s+forces)\b", re.IGNORECASE)


def _forces_of(text: str, hit: PlaceHit) -> bool:
    """A country named only as whose armed forces act ("the Armed Forces of the Russian
    Federation took the station", "the command post of Ukraine's 3rd Assault Brigade was
    hit") is who acts, not where: it is no place of the report, nor does it make the
    report's towns that country's namesakes."""
    return hit.match.kind == "country" and (
        _FORCES_OF.search(text, max(0, hit.start - 30), hit.start) is not None
        or _OWN_FORCES.match(text, hit.end) is not None)


#: A place's other name in brackets right after it ("Pokrovsk (Krasnoarmeysk)", "Bakhmut
#: (Artemovsk)"): what lies between the two hits.
_OTHER_NAME = re.compile(r"\s*\(\s*")


def _one_place(a: Match, b: Match) -> bool:
    return a.kind == b.kind and a.country == b.country and a.adm1_code == b.adm1_code \
        and _km(a, b) < 5


def _other_names(text: str, hits: list[PlaceHit]) -> dict[str, Match]:
    """A place followed by another name of it in brackets ("Pokrovsk (Krasnoarmeysk)", its
    name of old) is the place both names share, whichever namesakes each has on its own or
    the report's countries suggest; wherever the report repeats either name, it is that
    place."""
    shared: dict[str, Match] = {}
    for h, o in zip(hits, hits[1:], strict=False):
        if h.match.kind != "place" or o.match.kind != "place" or h.key == o.key \
                or not _OTHER_NAME.fullmatch(text, h.end, o.start) \
                or not re.match(r"\s*\)", text[o.end:]):
            continue
        first, second = (h.match, *h.match.alternatives), (o.match, *o.match.alternatives)
        # the first name's search may have kept only its own country's namesakes: a place
        # the second name stands for that is called by the first is one both share
        both = [a for a in first if any(_one_place(a, b) for b in second)] \
            or [b for b in second if normalise(b.name) == h.key and b.kind == "place"] \
            or [a for a in first if normalise(a.name) == o.key and a.kind == "place"]
        if both:
            shared.setdefault(h.key, both[0])
            shared.setdefault(o.key, both[0])
    return shared


def _as_shared(hits: list[PlaceHit], shared: dict[str, Match]) -> list[PlaceHit]:
    """Each hit of a name given with its other one (`_other_names`) as the place both share."""
    if not shared:
        return hits
    out = []
    for h in hits:
        there = shared.get(h.key) if h.match.kind == "place" else None
        phrase = there and parse_relative(h.text)
        if phrase:
            there = replace(relative_apply(phrase, there), query=h.match.query)
        out.append(h if there is None else replace(h, match=there))
    return out


#: A namesake the text sets aside ("the village of Dobropolye (not to be confused with the
#: village of the same name in the DPR)", "…, not to be confused with the town in Kherson
#: region"): the unit it names is where the place is not.
_NOT_CONFUSED = re.compile(r"\s*[(,]\s*not\s+to\s+be\s+confused\s+with\s+[^()\n.;]{0,80}?"
                           r"\bin\s+(?:the\s+)?(?P<unit>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")


def _not_confused(text: str, hits: list[PlaceHit], geocoder: Geocoder) -> list[PlaceHit]:
    """A place the text says is not its namesake in a unit it names is not there wherever the
    report names it: of its namesakes elsewhere, the one nearest the report's other places
    (within reach) is meant, else a namesake the gazetteer lacks, no place it can locate."""
    out = list(hits)
    for h in hits:
        said = _NOT_CONFUSED.match(text, h.end)
        unit = said and geocoder.lookup(said["unit"], h.match.country, ()).match
        if not unit or not unit.adm1_code or unit.kind not in ("region", "place"):
            continue
        names = {normalise(h.match.name)}
        towns = [o.match for o in out if o.match.kind == "place" and o.match.adm1_code
                 and o.match.adm1_code != unit.adm1_code and normalise(o.match.name) not in names]
        kept = []
        for o in out:
            m = o.match
            if m.adm1_code != unit.adm1_code or not names & {normalise(m.name),
                                                             normalise(m.matched_name)}:
                kept.append(o)
                continue
            near = [(min(_km(a, t) for t in towns), i) for i, a in enumerate(m.alternatives)
                    if a.kind == m.kind and a.adm1_code and a.adm1_code != unit.adm1_code
                    and towns and any(_near(a, t) for t in towns)]
            if near:
                kept.append(replace(o, match=m.alternatives[min(near)[1]]))
        out = kept
    return out


#: The word after a town that makes it the name of a front sector ("the Kupiansk direction",
#: "the Zaporizhzhia front").
_SECTOR_WORD = re.compile(r"\s+(?:direction|sector|axis|theatre|theater|front)\b", re.IGNORECASE)
#: A sector named by one word, possibly an area's adjective ("the Prydniprovskyi direction").
_SECTOR_NAME = re.compile(r"\b(?:the\s+)?(?P<name>[A-Z][\w'’-]+)(?=\s+(?:direction|sector|axis|"
                          r"theatre|theater)\b)")
#: A sector named as a paragraph's heading: its word, then a full stop or colon, from the
#: line's start ("Lyman direction. …", "Pokrovsk direction: …").
_SECTOR_HEADING = re.compile(r"\s+(?:direction|sector|axis|front)\s*[.:]\s", re.IGNORECASE)
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:the\s+|in\s+the\s+|on\s+the\s+)?$", re.IGNORECASE)
_LINE_END = re.compile(r"\n")
#: Where a sector's clause ends: the sentence's end or a line break.
_CLAUSE_END = re.compile(r"[.!?](?=\s|$)|\n")


def _in_directions(text: str, hits: list[PlaceHit], masked: list[tuple[int, int]],
                   geocoder: Geocoder) -> list[PlaceHit]:
    """Places told within a front sector named after a town, as military briefings word them
    ("In the Lyman direction, defenders repelled an attack near the village of Terny"): from
    the sector's name to the end of its sentence (or the next sector named), a village lies
    by that town, so of its namesakes the one nearest it (within reach) is meant; a place that
    lies far off in another country, or a far village with no namesake by the town, is a
    namesake of one the gazetteer lacks, and the sector's town places the event. A sector
    named after a river or an area (``cues/places.toml`` ``area_directions``) is its region.
    """
    out = list(hits)
    areas = _area_directions()
    countries = {h.match.country for h in hits if h.match.country}
    for m in _SECTOR_NAME.finditer(text):
        region = areas.get(normalise(m["name"]))
        if any(s <= m.start("name") < e for s, e in masked):
            continue
        if region is None:
            town = _sector_town(m["name"], countries, geocoder)
            if town is not None and not any(h.start < m.end("name") and m.start("name") < h.end
                                            for h in out):
                out.append(PlaceHit(m.start("name"), m.end("name"), m["name"],
                                    normalise(m["name"]), town))
            continue
        found = geocoder.lookup(region, None, ()).match
        if found is None:
            continue
        over = [h for h in out if h.start < m.end("name") and m.start("name") < h.end]
        out = [h for h in out if h not in over]
        out.append(PlaceHit(m.start(), m.end("name"), m[0], normalise(m["name"]),
                            replace(found, name=m["name"], matched_name=m["name"])))
    out.sort(key=lambda h: h.start)
    sectors = [h for h in out if h.match.kind in ("place", "region") and h.match.adm1_code
               and _SECTOR_WORD.match(text, h.end)]
    dropped: set[int] = set()
    placed: dict[str, list[tuple[Match, Match]]] = {}  # a name's default and its sector's
    in_sector: set[int] = set()
    for k, town in enumerate(sectors):
        end = _CLAUSE_END.search(text, town.end)
        if _SECTOR_HEADING.match(text, town.end) and \
                _LINE_START.search(text, max(0, town.start - 40), town.start):
            # a sector heading opening its paragraph ("Lyman direction. The enemy tried to
            # advance towards A and B."): its places are the paragraph's
            end = _LINE_END.search(text, town.end)
        hi = end.start() if end else len(text)
        if k + 1 < len(sectors):
            hi = min(hi, sectors[k + 1].start)
        for i, h in enumerate(out):
            m = h.match
            if not town.end <= h.start < hi or h in sectors or m.kind != "place" \
                    or m.adm1_code is None:
                continue
            in_sector.add(i)
            there = geocoder.lookup(h.text, town.match.country, (town.match,)).match
            if there is not None and there.kind == "place" and there.adm1_code \
                    and _near(there, town.match) and _km(there, town.match) < _km(m, town.match):
                out[i] = replace(h, match=there)  # the namesake nearest the sector's town
                placed.setdefault(h.key, []).append((m, there))
            elif not _near(m, town.match) and \
                    ((m.population or 0) < _VILLAGE or m.country != town.match.country):
                dropped.add(i)
    # a name a sector places is that namesake wherever the report tells it again bare
    # ("Pokrovsk direction: trenches retaken near Shevchenko" … "the garrison in
    # Shevchenko"), unless two sectors place it apart or its own paragraph names the
    # region of the namesake it had
    for key, pairs in placed.items():
        if any(not _same_place(n, pairs[0][1]) for _, n in pairs):
            continue
        there = pairs[0][1]
        out = [replace(h, match=replace(there, name=h.match.name, query=h.match.query,
                                        geo_precision=h.match.geo_precision))
               if h.key == key and i not in in_sector
               and any(_same_point(h.match, old) for old, _ in pairs)
               and not _region_in_paragraph(text, h, out) else h
               for i, h in enumerate(out)]
    return [h for i, h in enumerate(out) if i not in dropped]


def _region_in_paragraph(text: str, hit: PlaceHit, hits: list[PlaceHit]) -> bool:
    """Whether the paragraph of ``hit`` names the region its match lies in."""
    lo, hi = _paragraph_span(text, hit.start, hit.end)
    return any(lo <= o.start < hi and o.match.kind == "region"
               and o.match.adm1_code == hit.match.adm1_code for o in hits)


def _sector_town(name: str, countries: set[str], geocoder: Geocoder) -> Match | None:
    """The town a sector is named after, in another romanisation than the gazetteer's ("the
    Hulyai-Polye direction" for Huliaipole): a town of some size in a country the report
    names, as the geocoder reads the spelling."""
    found = geocoder.lookup(name, None, ()).match
    if found is None or found.kind != "place" or found.country not in countries or \
            (found.population or 0) < _VILLAGE or not found.adm1_code:
        return None
    return replace(found, name=name, matched_name=name)


@cache
def _area_directions() -> dict[str, str]:
    return {normalise(k): v for k, v in cues.load("places").get("area_directions", {}).items()}


#: A settlement word before a name, or before the names listed ahead of it ("the villages of
#: Rivne and Hrodivka", "the settlement of Kalynove").
_VILLAGE_OF = re.compile(r"\b(?:village|villages|hamlet|hamlets|settlement|settlements)\s+of\s+"
                         r"(?:[A-Z][\w'’-]+(?:\s*,\s*|\s+and\s+))*$", re.IGNORECASE)


def _paragraph_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the paragraph (line) holding ``start:end``."""
    hi = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if hi < 0 else hi


def _village_named_as_city(hit: PlaceHit, text: str, hits: list[PlaceHit]) -> bool:
    """A name the text gives a village or settlement that the gazetteer knows only as a city,
    in a sentence whose other places of that country all lie in other regions ("fighting
    around the settlements of Rivne and Pokrovsk" in Donetsk region, not the regional
    capital Rivne): a namesake the gazetteer lacks, no place it can locate."""
    if hit.match.kind != "place" or (hit.match.population or 0) < _CITY:
        return False
    name = hit.start + next((i for i, ch in enumerate(hit.text) if ch.isupper()), 0)
    if _VILLAGE_OF.search(text, max(0, name - 80), name) is None:
        return False
    lo = max(text.rfind(mark, 0, hit.start) for mark in ".!?\n") + 1
    hi = min((i for i in (text.find(mark, hit.end) for mark in ".!?\n") if i >= 0),
             default=len(text))
    others = [h.match.adm1_code for h in hits if h is not hit and lo <= h.start < hi
              and h.match.country == hit.match.country and h.match.adm1_code is not None]
    if not others:
        # a sentence naming no other place: the regions its paragraph names ("… in the Sumy
        # region. The villages of A and B are now under Russian control.")
        lo, hi = _paragraph_span(text, hit.start, hit.end)
        others = [h.match.adm1_code for h in hits if h is not hit and lo <= h.start < hi
                  and h.match.country == hit.match.country and h.match.kind == "region"
                  and h.match.adm1_code is not None]
    return bool(others) and hit.match.adm1_code not in others


#: A capitalised word and an Arabic article right before a hit ("Qaaqaait al-", "Tell
#: as-"), or a Portuguese or Spanish one ("Mocímboa da ", "Ponta do "): the hit ends a
#: longer name the gazetteer lacks. (Not a word that opens a sentence or a phrase: "In
#: al-Mazraa", "near al-Bureij". French "de" and "du" are left out: they join the names
#: of armies and movements, "Forces Armées du Mali", around a country meant as such.)
_LONGER_NAME = re.compile(r"(?<![\w'’-])(?!(?:In|At|On|Near|From|To|The|And|Of|Around|Outside|"
                          r"Into|Across|Towards?|By|Inside|Off|For|With)\s)"
                          r"[A-Z]\w*\s+(?:(?:[Aa][lnrstdz]|[Ee]l|[Aa]sh|[Aa]th)-|"
                          r"(?:da|do|das|dos|del)\s+)$")
#: An article a hit may itself begin with ("al-Jisr"): then the word before it decides.
_ARTICLE = re.compile(r"(?:[Aa][lnrstdz]|[Ee]l|[Aa]sh|[Aa]th)-")


def _region_as_foreign_village(hit: PlaceHit, text: str, hits: list[PlaceHit],
                               countries: set[str]) -> bool:
    """A region of a country the report never names, which the text calls a village ("the
    double attack on the villages of Dibblo and Katanga" in a report on Niger): a village
    the gazetteer lacks, no province of Congo."""
    if hit.match.kind != "region" or not (
            _VILLAGE_WORDS.match(hit.text) is not None
            or _LISTED_VILLAGES.search(text, max(0, hit.start - 160), hit.start) is not None):
        return False
    named = countries | {h.match.country for h in hits if h.match.kind == "country"}
    return bool(named) and hit.match.country not in named


def _end_of_longer_name(hit: PlaceHit, text: str) -> bool:
    """Is ``hit`` the last part of a longer name joined by an Arabic article ("near
    Qaaqaait al-Jisr": not the town "Jisr") or a Portuguese or Spanish one ("Mocímboa da
    Praia": not Praia, Cape Verde)?"""
    article = _ARTICLE.match(hit.text)
    end = hit.start + (article.end() if article is not None else 0)
    return _LONGER_NAME.search(text[max(0, hit.start - 40):end]) is not None


#: A place naming the clock a time is given by ("at 20:01 Moscow time", "(Kyiv time)").
_CLOCK_BEFORE = re.compile(r"(?:\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?\s*)?|\()$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"\s+time\b", re.IGNORECASE)


#: A vehicle named by its make ("one at a Mercedes car", "a Toyota pickup"): the word
#: before the vehicle noun is a maker's name, no place. Not a place's own station, depot
#: or stop ("the Kherson bus station").
_MAKE_BEFORE = re.compile(r"(?:^|\s)(?:a|an|the|one|his|her|their|its|two|three)\s+$",
                          re.IGNORECASE)
_VEHICLE_AFTER = re.compile(r"\s+(?:car|cars|van|vans|pickup|pick-up|pickups|truck|trucks|jeep|"
                            r"jeeps|sedan|saloon|SUV|minibus|lorry|lorries)\b(?!\s+(?:station|"
                            r"depot|stop|park|parks|terminal|factory|plant|market|bomb))")


def _make_of_vehicle(hit: PlaceHit, text: str) -> bool:
    """Is ``hit`` one word naming the make of a vehicle ("a Mercedes car"), no place?"""
    return hit.match.kind == "place" and " " not in hit.text.strip() and \
        _VEHICLE_AFTER.match(text, hit.end) is not None and \
        _MAKE_BEFORE.search(text, max(0, hit.start - 8), hit.start) is not None


def _clock_of(hit: PlaceHit, text: str) -> bool:
    """Is ``hit`` the time zone of a clock time ("at 20:01 Moscow time"), no place of the
    events?"""
    return _CLOCK_AFTER.match(text, hit.end) is not None and \
        _CLOCK_BEFORE.search(text, max(0, hit.start - 12), hit.start) is not None


def _generic_region(match: Match) -> bool:
    """A region named only by a compass or position word ("the Nord region", "Est",
    "Centre-Nord", "Far North"): many countries have one."""
    words = set(re.split(r"[\s-]+", normalise(match.matched_name))) - {""}
    return match.kind == "region" and bool(words) and words <= _rules().generic_region_words


def _generic_regions(hits: list[PlaceHit], countries: set[str],
                     geocoder: Geocoder) -> list[PlaceHit]:
    """A region named by a compass word lies in a country the report names (by a country,
    region, town or nationality; a village's name may be a word): the one of that country
    so named, else none (its country's regions may be named otherwise in the gazetteer),
    never a namesake in an unrelated country."""
    named = countries | {h.match.country for h in hits if h.match.country and (
        h.match.kind != "place" or (h.match.population or 0) >= _VILLAGE)
        and not _generic_region(h.match)}
    if not named:
        return hits
    out = []
    for h in hits:
        m = h.match
        if not _generic_region(m) or m.country in named:
            out.append(h)
            continue
        there = next((a for a in m.alternatives if a.kind == "region" and a.country in named),
                     None)
        for cc in sorted(named) if there is None else ():
            found = geocoder.lookup(m.query or h.text, cc, ()).match
            if found is not None and found.kind == "region" and found.country == cc:
                there = found
                break
        if there is not None:
            out.append(replace(h, match=there))
    return out


#: A hit that is a relative phrase: "northeast of Huliaipole", "about 40 km west of El Obeid".
_RELATIVE_HIT = re.compile(
    r"(?:about\s+|some\s+|roughly\s+|around\s+|nearly\s+)?(?:\d[\d.,]*\s*(?:km|kilomet\w+|"
    r"miles?)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:of|from)\b",
    re.IGNORECASE)
#: ... also after "to the" ("White Nile state, to the south of Khartoum").
_WHERE_IT_LIES = re.compile(rf"(?:to\s+the\s+)?{_RELATIVE_HIT.pattern}", re.IGNORECASE)
#: A hit that is a bare distance from a place: "about 10 km from Damascus".
_DISTANCE_FROM = re.compile(
    r"(?:about\s+|some\s+|roughly\s+|around\s+|nearly\s+|just\s+|only\s+)?\d[\d.,]*\s*"
    r"(?:km|kms|kilomet\w+|miles?)\s+(?:away\s+)?from\s+.+", re.IGNORECASE)
#: The comma between a place and the phrase saying where it lies.
_COMMA_BEFORE = re.compile(r",\s*$")
_NAME_BEFORE = re.compile(r"(?<=[a-z,;:] )(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})"
                          r",\s*$")


#: Inhabitants from which a named city is where it is, whatever a relative phrase after it
#: says: the phrase only tells the reader where it lies ("Yaroslavl, northeast of Moscow").
_CITY = 100_000

#: Letters up to which a town's alternate name needs the report's context.
_SHORT = 4


def _borrowed_name(hit: PlaceHit) -> bool:
    """A place found by a name that is not its own, when that name is short ("Sol", one of
    Seoul's, "Sam", one of Damascus') or the place a village ("Ramadan", one of the
    Ukrainian Romodan's): such names are mostly words or names of something else, so the
    place is taken only in a country the report names by something else. (A relative
    phrase's label comes before the place's own name: "near Sudzha".)"""
    m = hit.match
    return m.kind == "place" and not normalise(m.name).endswith(normalise(m.matched_name)) and (
        len(hit.key.replace(" ", "")) <= _SHORT or (m.population or 0) < _VILLAGE)


def _by_own_name(hit: PlaceHit) -> PlaceHit:
    """A town found by another place's name for it, where the gazetteer also lists a town
    of that very name beside it ("Lgov": the counted "L’govskiy", which has "L'gov" among
    its names, and the uncounted "L’gov" 7 km away): the town of that name, no borrowed
    name, given its neighbour's count, so the size rules read it as a town, not a hamlet."""
    m = hit.match
    if not _borrowed_name(hit):
        return hit
    own = next((a for a in m.alternatives if a.kind == "place" and a.country == m.country
                and normalise(a.name) == normalise(m.matched_name) and _near(a, m, _SAME_TOWN_KM)),
               None)
    return hit if own is None else replace(hit, match=replace(
        own, population=own.population or m.population, score=m.score))


#: Kilometres within which a town and a place the gazetteer lists under its name as an
#: alias (a settlement named after it, the town itself twice) are read as the town.
_SAME_TOWN_KM = 10


def _placed_near(text: str, hits: list[PlaceHit], back: list[PlaceHit]) -> list[PlaceHit]:
    """A place followed by where it lies ("Rivnopillia, northeast of Huliaipole", or of
    the town named before: ``back``) is there: a namesake elsewhere (or a name the
    gazetteer lacks) takes the reference's position. A city of the 'anywhere' size stays
    itself, and the phrase is no place ("Yaroslavl, northeast of Moscow" only says which
    way it lies), as does a region ("White Nile state, to the south of Khartoum")."""
    out = list(hits)
    by_end = {h.end: i for i, h in enumerate(hits)}
    added, dropped = [], []
    for ref in hits:
        # a bare distance set off after a named place ("Douma, about 10 km from the
        # capital"): it only tells how far the place lies, the reference no place of its own
        comma = _COMMA_BEFORE.search(text, max(0, ref.start - 3), ref.start)
        if _DISTANCE_FROM.fullmatch(ref.text) and comma is not None \
                and (i := by_end.get(comma.start())) is not None \
                and hits[i].match.kind in ("place", "district"):
            dropped.append(ref)
    for ref in hits + back:
        if ref in dropped:
            continue
        if not _WHERE_IT_LIES.match(ref.text) or ref.match.adm1_code is None:
            continue
        comma = _COMMA_BEFORE.search(text, max(0, ref.start - 3), ref.start)
        region = by_end.get(comma.start()) if comma is not None else None
        if region is not None and hits[region].match.kind == "region":
            out = [replace(o, match=hits[region].match) if o is ref else o for o in out]
            continue
        m = _NAME_BEFORE.search(text, max(0, ref.start - 60), ref.start)
        if m is None or CALENDAR.search(m["name"]) or m["name"] in _rules().affix_words:
            continue
        # a second phrase saying where the same place lies ("Ocua, south of the town and
        # close to the provincial capital, where …"): a bearing too, no place of the event
        dropped += _further_bearings(text, ref, hits)
        i = by_end.get(m.end("name"))
        if i is None:
            if not any(h.start < m.end("name") and m.start("name") < h.end for h in hits):
                added.append(PlaceHit(m.start("name"), m.end("name"), m["name"],
                                      normalise(m["name"]), replace(ref.match, name=m["name"])))
            continue
        h = hits[i]
        if (h.match.population or 0) >= _rules().min_population:
            # a city known by itself: "Yaroslavl, northeast of Moscow" only says which way
            # it lies from Moscow, no place of its own
            out = [o for o in out if o is not ref]
            continue
        if h.match.kind in ("place", "district") and h.match.adm1_code != ref.match.adm1_code:
            namesake = next((a for a in h.match.alternatives if a.kind == h.match.kind
                             and a.adm1_code == ref.match.adm1_code), None)
            if namesake is None and (h.match.population or 0) >= _CITY:
                # "Yaroslavl, northeast of Moscow": a city known by itself, the phrase only
                # where it lies
                dropped.append(ref)
                continue
            out[i] = replace(h, match=namesake or replace(ref.match, name=h.match.name))
    return sorted([h for h in out if h not in dropped] + added, key=lambda h: h.start)


#: What joins a second bearing to the first, after the first's settlement word ("south of
#: Chiure town and close to Nampula", "north of the city, near the border").
_BEARING_JOIN = re.compile(r"(?:\s+(?:town|city|village|district))?(?:\s*,)?\s+(?:and\s+)?")
#: A hit that is a bearing by itself: "close to Nampula", "not far from X", "20 km from X".
_BEARING_HIT = re.compile(rf"(?:{_RELATIVE_HIT.pattern}|(?:close\s+to|near|not\s+far\s+from|"
                          r"just\s+(?:outside|off)|(?:about\s+|some\s+)?\d[\d.,]*\s*(?:km|"
                          r"kilomet\w+|miles?)\s+from)\b)", re.IGNORECASE)


def _further_bearings(text: str, ref: PlaceHit, hits: list[PlaceHit]) -> list[PlaceHit]:
    """The bearings that follow a place's first one, joined to it ("Ocua, south of Chiure town
    and close to Nampula"): they too only say where the place lies."""
    out: list[PlaceHit] = []
    end = ref.end
    while True:
        join = _BEARING_JOIN.match(text, end)
        nxt = next((h for h in hits if join is not None and h.start == join.end()
                    and h is not ref and h not in out), None)
        if nxt is None or join is None or join.end() == end \
                or not _BEARING_HIT.match(nxt.text):
            return out
        out.append(nxt)
        end = nxt.end


#: A name the gazetteer lacks, tied by the text to a region it names: "Boulkessi lies in
#: the Mopti region", "Kyaukphyu, a town in Rakhine state", "the town of Htilin in Magway
#: Region", "Diapaga, in the Tapoa province", "Kalma camp, one of the largest sites for
#: displaced people in South Darfur", "Obeid, the capital of North Kordofan"; or to a place
#: it lies by: "the village of Kouri, some 15 km east of the town of Gourcy" (where the town
#: lies).
_NAME = r"(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})"
_SETTLEMENT = (r"(?:town|village|city|camp|base|township|locality|settlement|outpost|"
               r"garrison|commune|market town|border town|trading town|port)")
_PLACED_BY_TEXT = re.compile(
    rf"\b{_NAME}(?:\s*,)?\s+(?:which\s+)?(?:lies|is located|is situated|sits|lie)\s+in\s+"
    rf"|\b{_NAME.replace('name', 'name2')}(?:\s+{_SETTLEMENT})?,\s+(?:an?|the|one\s+of\s+the)\s+"
    rf"(?:[a-z-]+\s+){{0,2}}?(?:{_SETTLEMENT}|site|capital)s?\s+(?:for\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+\s+)?"
    rf"(?:in|of)\s+"
    rf"|\b{_SETTLEMENT}\s+of\s+{_NAME.replace('name', 'name3')}(?:\s*,)?\s+in\s+"
    rf"|\b{_SETTLEMENT}\s+of\s+{_NAME.replace('name', 'name4')},\s+"
    rf"(?i:{_RELATIVE_HIT.pattern})\s+(?:the\s+{_SETTLEMENT}\s+of\s+)?")
#: Capitalised words that name a time, not a place ("in May", "at Easter", "on Monday").
CALENDAR = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                      r"January|February|March|April|May|June|July|August|September|October|"
                      r"November|December|Easter|Christmas|Ramadan|Eid)\b")
_DIRECTION_BEFORE = re.compile(r"(?:the\s+)?(?:(?:[a-z]+ern|central|far)\s+)?")


def _placed_by_text(text: str, hits: list[PlaceHit],
                    masked: list[tuple[int, int]]) -> list[PlaceHit]:
    """Every mention of a name the gazetteer lacks that the text itself places in one of
    the regions it names, located at that region (the event keeps the name as written)."""
    regions = {h.start: h for h in hits if h.match.kind == "region"}
    towns = {h.start: h for h in hits if h.match.adm1_code and h.match.kind != "country"}
    known = [(h.start, h.end) for h in hits]
    placed: dict[str, Match] = {}
    for m in _PLACED_BY_TEXT.finditer(text):
        key = next(k for k in ("name", "name2", "name3", "name4") if m.group(k))
        name = m.group(key)
        after = _DIRECTION_BEFORE.match(text, m.end())
        region = regions.get(after.end() if after else m.end()) or regions.get(m.end())
        if key == "name4":  # lies by a place the text names: in that place's region
            region = towns.get(m.end())
        start = m.start(key)
        if region is None or name in placed or any(s <= start < e for s, e in known) \
                or name.split()[0] in _rules().affix_words or normalise(name) in _rules().reject \
                or CALENDAR.search(name):
            continue
        placed[name] = replace(region.match, kind="place", name=name, matched_name=name,
                               population=None, alternatives=())
        if key == "name4" and region.match.geo_precision == "exact":
            placed[name] = replace(placed[name], geo_precision="near")
    return _mentions(text, placed, known + masked)


def _mentions(text: str, placed: dict[str, Match],
              taken: list[tuple[int, int]]) -> list[PlaceHit]:
    """Every mention of each name placed by the text, outside the ``taken`` spans."""
    out = []
    for name, match in placed.items():
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                out.append(PlaceHit(m.start(), m.end(), name, normalise(name), match))
    return out


#: What stands between a place and the unit the text says it lies in: "Ngape township, in
#: neighbouring Magway Region", "Ternove, in the Synelnykove district of …", "Lyubimovka
#: in the Korenevo district", "Zelenyi Hai of Zaporizhzhia region", "Tyotkino (Kursk
#: Oblast)". A name the gazetteer lacks is taken only with "in" or brackets: "the
#: Governor of the Kursk region" is no place. The unit may follow its country's possessive:
#: "Martynovka in Russia's Kursk region", "Tawila in Sudan's North Darfur state". A list
#: may be put there as a whole: "X, Y and Z, all in the Donetsk region", "both located in".
_QUALIFIER_GAP = (r"(?:\s+(?i:township|district|raion|rayon|hromada|community|commune|"
                  r"municipality|locality|village|settlement|axis|direction|sector{area}))?"
                  r"(?:\s*,?\s+(?:(?:all|both|each)\s+(?:of\s+them\s+)?"
                  r"(?:(?:located|situated|lying)\s+)?)?(?:{prepositions})\s+|\s*\(\s*)"
                  r"(?:the\s+)?"
                  r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s?\s+)?"
                  r"(?:(?:neighbou?ring|nearby|adjacent|adjoining|bordering|occupied|"
                  r"[a-z]+ern|central|far)\s+)*(?:the\s+)?")
_GAP = re.compile(_QUALIFIER_GAP.format(prepositions="in|of|within", area=""))
#: A name the gazetteer lacks may be called an area ("the Eknewan area, in the Tahoua region",
#: "the Eknewan area of the Tahoua region").
_UNKNOWN_GAP = _QUALIFIER_GAP.format(prepositions=r"in|within|(?<=\barea\s)of", area="|area")
#: A district followed by the region it lies in: "… district of Dnipropetrovsk region".
_DISTRICT_OF = re.compile(r"\s*,?\s+(?:of|in)\s+(?:the\s+)?|\s*,\s*")
#: A country's possessive before the unit that qualifies a place ("in Russia's Kursk region").
_POSSESSIVE = re.compile(r"['’]s?\s")
#: Names listed before the one a qualifier follows: "Novoivanovka and Lyubimovka in …".
#: The words that put a whole list in the unit after it ("…, all in the …", "both located in").
_WHOLE_LIST = re.compile(r"\s*,?\s+(?:all|both|each)\s", re.IGNORECASE)
#: A list of the two places a border or front line runs between ("on the border between
#: Paletwa and Kyauktaw township in Rakhine State").
_BORDER_BETWEEN = re.compile(r"\b(?:border|boundary|frontier|line)s?\s+between\s+(?:the\s+)?"
                             r"(?:(?:towns?|villages?|townships?|districts?|areas?)\s+of\s+)?$",
                             re.IGNORECASE)
_LIST_JOINER = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_UNKNOWN_BEFORE = re.compile(rf"(?<![\w'’-]){_NAME}(?P<gap>{_UNKNOWN_GAP})$")
_UNKNOWN_LISTED = re.compile(rf"(?<![\w'’-]){_NAME}(?P<gap>{_LIST_JOINER.pattern})$")


def _qualified(text: str, hits: list[PlaceHit], masked: list[tuple[int, int]],
               geocoder: Geocoder) -> list[PlaceHit]:
    """Places the text itself puts in a district or region right after their name ("Ternove,
    in the Synelnykove district of Dnipropetrovsk region", "Ngape township, in neighbouring
    Magway Region", "Novoivanovka and Lyubimovka in the Korenevo district"): the namesake
    there, else, for a village or a name the gazetteer lacks, the unit itself at its
    precision; never a namesake elsewhere, whatever its rank. A city the text so puts where
    a namesake town lies is that town, and so is its name told again."""
    ends = {h.end for h in hits}
    hits = [h if h.start - 1 in ends else _area_owned(text, h, geocoder) for h in hits]
    out = list(hits)
    placed: dict[str, Match] = {}
    regions = {h.match.adm1_code for h in hits if h.match.kind == "region"}
    for qi in range(len(hits) - 1, -1, -1):
        q = hits[qi]
        if not _is_unit(q.match):
            q = _city_as_region(text, hits, qi, geocoder)
            if q is None:
                continue
        region = _region_after(text, hits, qi)
        units = [q] + ([region] if region else [])
        names = _names_before(text, out, q.start, masked)
        # a list the text puts there as a whole ("X, Y and Z, all in the Donetsk region"):
        # every name lies there, a city elsewhere included
        whole = bool(names) and names[0][1] is not None and \
            _WHOLE_LIST.match(text, out[names[0][1]].end, q.start) is not None
        if len(names) > 1 and names[-1][1] is not None and _BORDER_BETWEEN.search(
                text, max(0, out[names[-1][1]].start - 40), out[names[-1][1]].start):
            # "on the border between X and Y township in Z State": a border's two sides may
            # lie in two units, so the unit named after it places only the name it follows
            names = names[:1]
        if not names and region is None:
            # "the village of Gorodishche, Kursk region": the village lies there
            names = _village_comma_region(text, out, q, masked)
            whole = bool(names)
        for name, i in names:
            current = out[i].match if i is not None else None
            if current is not None and current.kind not in ("place", "district"):
                continue
            match = _within(geocoder, name, out[i].text if i is not None else name, units,
                            current, whole)
            if match.adm1_code != q.match.adm1_code and \
                    _listed_village(text, out, i, q, regions):
                match = replace(q.match, kind="place", name=name, matched_name=name,
                                population=None, alternatives=())
            elif not whole and current is not None and \
                    (current.population or 0) >= _rules().min_population \
                    and (match.kind != "place" or match.population is None
                         and match.adm1_code != current.adm1_code):
                continue  # a city stays, unless a namesake town lies in the unit named
            if i is not None:
                # the name told again bare is the same place ("… to Seversk")
                out = [replace(h, match=match) if j == i or h.key == out[i].key
                       and _same_place(h.match, current) and _written_name(h.text) == name
                       else h
                       for j, h in enumerate(out)]
            elif name not in placed:
                placed[name] = match
    taken = [(h.start, h.end) for h in out] + masked
    return sorted(out + _mentions(text, placed, taken), key=lambda h: h.start)


#: A region named with its unit word ("Kursk region", "Tahoua Province"), and what after it
#: goes on with a list ("…, Kursk region and Poltava", "…, Kursk region, Orel …").
_WITH_UNIT_WORD = re.compile(r"\s(?:region|oblast|province|state|governorate|krai|"
                             r"prefecture|county)$", re.IGNORECASE)
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?[A-Z]")
_BARE_COMMA = re.compile(r"\s*,\s*")
_NAME_BEFORE_COMMA = re.compile(rf"(?<![\w'’-]){_NAME}\s*,\s*$")


#: Just "in" between a place and the next: "Dobropillia in Zaporizhzhia".
_JUST_IN = re.compile(r"\s+in\s+")


def _city_as_region(text: str, hits: list[PlaceHit], qi: int,
                    geocoder: Geocoder) -> PlaceHit | None:
    """A city written bare right after "<place> in", when its region bears its name and the
    place before lies outside that region ("naming Zelenyi Hai and Dobropillia in
    Zaporizhzhia", the villages, not the city's namesakes in Donetsk): the region, as if
    written "Zaporizhzhia region"; a place inside the city's region is left as it is."""
    q = hits[qi]
    if q.match.kind != "place" or qi == 0 or _written_name(q.text) != q.text.strip():
        return None
    before = hits[qi - 1]
    if before.match.kind != "place" or before.match.adm1_code == q.match.adm1_code \
            or not _JUST_IN.fullmatch(text, before.end, q.start):
        return None
    region = _region_named_like(q.text.strip(), q.match.country, geocoder)
    if region is None or region.adm1_code != q.match.adm1_code:
        return None
    return replace(q, match=region)


def _region_named_like(name: str, country: str | None, geocoder: Geocoder) -> Match | None:
    """The region of ``country`` a city's name also names ("Zaporizhzhia" → Zaporizhzhia
    Oblast), as the gazetteer finds "<name> region"; none if no region bears it."""
    region = geocoder.lookup(f"{name} region", country, ()).match
    return region if region is not None and region.kind == "region" else None


def _village_comma_region(text: str, hits: list[PlaceHit], q: PlaceHit,
                          masked: list[tuple[int, int]]) -> list[tuple[str, int | None]]:
    """A village tied to a region by a bare comma ("the village of Gorodishche, Kursk
    region", "in Kalynove, Donetsk Oblast", Kalynove a village): the name right before the
    comma, when the text calls it a village or settlement (or the gazetteer knows it only as
    a small place), the region carries its unit word and no list goes on around them
    ("Sumy, Kharkiv region and Poltava", "Kharkiv, Donetsk and Zaporizhzhia regions")."""
    if q.match.kind != "region" or q.match.geo_precision != "region" \
            or _WITH_UNIT_WORD.search(q.text) is None \
            or _LIST_GOES_ON.match(text, q.end) is not None:
        return []
    ends = [h.end for h in hits]
    i = bisect.bisect_right(ends, q.start) - 1
    if i >= 0 and _BARE_COMMA.fullmatch(text, hits[i].end, q.start):
        h = hits[i]
        name = _written_name(h.text)
        start = h.start + h.text.rfind(name)
        called = _VILLAGE_OF.search(text, max(0, start - 80), start) is not None
        small = h.match.kind == "place" and (h.match.population or 0) < _VILLAGE
        if h.match.kind != "place" or not (called or small) or \
                _LIST_JOINER.search(text, max(0, start - 4), start) and not called:
            return []
        return [(name, i)]
    m = _NAME_BEFORE_COMMA.search(text, max(0, q.start - 80), q.start)
    if m is None or any(s < m.end("name") and m.start("name") < e for s, e in masked) \
            or _VILLAGE_OF.search(text, max(0, m.start() - 80), m.start()) is None \
            or any(m.start() < h.end and h.start < m.end("name") for h in hits):
        return []
    return [(m["name"], None)]


#: Regions counted, then some of them named ("over 13 oblasts, among them Kharkiv, Poltava
#: and Kyiv"): the names after it are the regions, not their cities.
_REGIONS_NAMED_AFTER = re.compile(r"\b(?:oblasts|regions|provinces|states)\s*[,:]?\s*(?:among\s+"
                                  r"them|including|namely|such\s+as|notably)\s+(?:the\s+)?$",
                                  re.IGNORECASE)


def _listed_regions(text: str, hits: list[PlaceHit], geocoder: Geocoder) -> list[PlaceHit]:
    """Cities in a list right after regions counted ("drones were downed over 13 oblasts,
    among them Kharkiv, Poltava, Sumy, Kyiv and Chernihiv") as the regions named like them:
    the sentence counts regions, and "Kyiv" there is Kyiv Oblast, not the capital."""
    out = list(hits)
    listing = False
    for i, h in enumerate(hits):
        if _REGIONS_NAMED_AFTER.search(text, max(0, h.start - 60), h.start):
            listing = True
        elif not (listing and i > 0 and _LIST_JOINER.fullmatch(text, hits[i - 1].end, h.start)):
            listing = False
            continue
        if h.match.kind != "place":
            continue
        region = _region_named_like(_written_name(h.text), h.match.country, geocoder)
        if region is not None:
            out[i] = replace(h, match=region)
    return out


#: "area of" opening a region's hit right after a capitalised name: the name's area, not
#: the region's ("in the Eknewan area of the Tahoua region"): the unit is the region itself.
_AREA_OF = re.compile(r"area\s+of\s+")
_NAME_RIGHT_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+\s$")


def _area_owned(text: str, hit: PlaceHit, geocoder: Geocoder) -> PlaceHit:
    """``hit`` without an "area of" that belongs to the name (one the gazetteer lacks) right
    before it, located at the unit it names ("the Eknewan area of the Tahoua region" → the Tahoua region)."""
    prefix = _AREA_OF.match(hit.text)
    if prefix is None or hit.match.kind != "region" or \
            _NAME_RIGHT_BEFORE.search(text, max(0, hit.start - 40), hit.start) is None:
        return hit
    rest = hit.text[prefix.end():]
    found = geocoder.lookup(rest, None, ()).match
    if found is None or found.kind != "region" or found.adm1_code != hit.match.adm1_code:
        return hit
    return replace(hit, start=hit.start + prefix.end(), text=rest, match=found)


def _listed_village(text: str, hits: list[PlaceHit], i: int | None, unit: PlaceHit,
                    regions: set[str]) -> bool:
    """A name listed among others before a hromada or township of a region the report
    names ("close to Bilovody, Kostiantynivka and Kindrativka in the Khotin hromada"),
    while the report names nowhere the region of the city that shares it: a village of that
    unit the gazetteer lacks, not the city."""
    if i is None or unit.match.adm1_code not in regions or \
            hits[i].match.adm1_code in regions or _UNIT_NAMED.search(unit.text) is None:
        return False
    between = text[hits[i].end:unit.start]
    return _LIST_JOINER.match(between) is not None or _LIST_JOINER.search(
        text, max(0, hits[i].start - 4), hits[i].start) is not None


def _same_place(a: Match, b: Match | None) -> bool:
    """The same gazetteer record, however the text wrote it."""
    return b is not None and (a.name, a.adm1_code, a.lon, a.lat) == (b.name, b.adm1_code,
                                                                     b.lon, b.lat)


def _same_point(a: Match, b: Match) -> bool:
    """The same gazetteer record, whatever words around the name the text wrote ("near X")."""
    return (a.kind, a.adm1_code, a.lon, a.lat) == (b.kind, b.adm1_code, b.lon, b.lat)


def _is_unit(m: Match) -> bool:
    """A region or a district (also a town read as its district: "the Sudzha district")."""
    return m.kind in ("region", "district") or m.geo_precision == "district"


def _region_after(text: str, hits: list[PlaceHit], qi: int) -> PlaceHit | None:
    """The region a district qualifier is itself placed in ("… district of Y region")."""
    q = hits[qi]
    if q.match.kind == "region" or qi + 1 == len(hits) or hits[qi + 1].match.kind != "region":
        return None
    return hits[qi + 1] if _DISTRICT_OF.fullmatch(text, q.end, hits[qi + 1].start) else None


def _names_before(text: str, hits: list[PlaceHit], end: int,
                  masked: list[tuple[int, int]]) -> list[tuple[str, int | None]]:
    """The names a qualifier starting at ``end`` qualifies, last first, each with its hit's
    index (None for a name the gazetteer lacks, which needs a locative word before it)."""
    out: list[tuple[str, int | None]] = []
    ends = [h.end for h in hits]
    gap, unknown = _GAP, _UNKNOWN_BEFORE
    while True:
        i = bisect.bisect_right(ends, end) - 1
        if i > 0 and gap is _GAP and _POSSESSIVE.match(text, ends[i]) \
                and hits[i].match.kind == "country":
            i -= 1
        if i >= 0 and gap.fullmatch(text, ends[i], end):
            out.append((_written_name(hits[i].text), i))
            end, gap, unknown = hits[i].start, _LIST_JOINER, _UNKNOWN_LISTED
            continue
        m = unknown.search(text, max(0, end - 80), end)
        if m is None:
            return out
        name = m["name"]
        while name.split()[-1] in _rules().affix_words and " " in name:
            name = name.rsplit(" ", 1)[0]
        if any(s < m.end("name") and m.start("name") < e for s, e in masked) \
                or name.split()[0] in _rules().affix_words \
                or normalise(name) in _rules().reject or CALENDAR.search(name) \
                or nationalities(name) or (gap is _GAP and not _rules().locative.search(
                    text, max(0, m.start() - 60), m.start())):
            return out
        out.append((name, None))
        end, gap, unknown = m.start(), _LIST_JOINER, _UNKNOWN_LISTED


def _written_name(hit_text: str) -> str:
    """The name in a hit's text without its affixes ("the village of Ternove" → "Ternove")."""
    names = re.findall(r"[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)*", hit_text)
    return names[-1] if names else hit_text


def _within(geocoder: Geocoder, name: str, written: str, units: list[PlaceHit],
            current: Match | None, whole: bool = False) -> Match:
    """``name`` (``written`` with its affixes: "near Ternove") where the qualifying units put
    it: its match when that lies there, else its namesake inside them (district first, then
    its region), else a town keeps its match and a village or unknown name is the finest
    unit."""
    district = units[0] if units[0].match.kind != "region" else None
    region = units[-1] if units[-1].match.kind == "region" else None
    unit = district.match if district and (
        region is None or district.match.adm1_code == region.match.adm1_code) else region.match
    if current is not None and current.adm1_code == unit.adm1_code:
        return current
    query = written + (f" ({_written_name(district.text)} district)" if district else "") \
        + (f", {region.match.name}" if region else "")
    found = geocoder.lookup(query, None, ()).match
    if found is not None and found.kind in ("place", "district"):
        return found
    if current is not None and (current.population or 0) >= _VILLAGE and not whole:
        return current
    return replace(unit, kind="place", name=name, matched_name=name, population=None,
                   alternatives=())


#: A relative phrase about the town last named: "east of the city", "north of the town".
_RELATIVE_BACK = re.compile(rf"{_RELATIVE_HIT.pattern}\s+the\s+(?:(?:regional|state|"
                            rf"provincial)\s+)?(?:city|town|capital)\b", re.IGNORECASE)


def _back_references(text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
    """Relative phrases that point back at the town last named ("the village of Um
    Al-Qura, east of the city"), located by that town (not the dateline's city)."""
    out = []
    for m in _RELATIVE_BACK.finditer(text):
        if any(h.start < m.end() and m.start() < h.end for h in hits):
            continue
        town = next((h for h in reversed(hits) if h.end <= m.start()
                     and h.match.kind == "place" and (h.match.population or 0) >= _VILLAGE
                     and not h.text.isupper()), None)
        phrase = town and parse_relative(f"{_RELATIVE_HIT.match(m[0])[0]} {town.match.name}")
        if phrase is None:
            continue
        out.append(PlaceHit(m.start(), m.end(), m[0], town.key,
                            relative_apply(phrase, town.match)))
    return out


#: A unit named as the one last named ("the mining towns of Lumbishi and Numbi, in the same
#: province", "two villages of the same region").
_SAME_UNIT = re.compile(r"\bthe\s+same\s+(?:province|region|state|oblast|governorate|"
                        r"prefecture|department|county)\b", re.IGNORECASE)


def _same_unit(text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
    """"The same province" is the region last named before it, even in a source's title
    ("the governor of South Kivu province … in the same province")."""
    out = []
    for m in _SAME_UNIT.finditer(text):
        region = next((h for h in reversed(hits) if h.end <= m.start()
                       and h.match.kind == "region"), None)
        if region is not None and not any(h.start < m.end() and m.start() < h.end
                                          for h in hits):
            out.append(PlaceHit(m.start(), m.end(), m[0], region.key, region.match))
    return out


@cache
def _capital_phrase() -> tuple[re.Pattern, dict[str, str]]:
    """"the Ukrainian capital", "the country's capital", and the ISO2 of each nationality
    word (the lexicon's, as for actors) whose country's capital is known."""
    countries = {word: iso2 for word, iso2 in cues.load("lexicon")["demonyms"].items()
                 if iso2 in capitals.CAPITALS}
    return re.compile(rf"(?<![\w])(?i:the)\s+(?:(?P<adj>{cues.alternation(list(countries))})|"
                      rf"(?P<own>(?i:country|nation))['’]s)\s+(?i:capital)(?![\w])"), countries


#: What joins a name to the description of it right after or before ("Sanaa, the Yemeni
#: capital", "the Ukrainian capital, Kyiv").
_APPOSED = re.compile(r"\s*,?\s*$")


#: The land around a capital, not the capital: "the capital's southern suburbs", "on the
#: outskirts of the capital".
_OUTSKIRTS_AFTER = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:outskirts|suburbs|environs|periphery)\b")
_OUTSKIRTS_BEFORE = re.compile(r"\b(?:outskirts|suburbs|environs|periphery)\s+of\s+$")


def _capitals_described(text: str, hits: list[PlaceHit], masked: list[tuple[int, int]],
                        geocoder: Geocoder) -> list[PlaceHit]:
    """A country's capital named by description ("in the Ukrainian capital", "the
    Sudanese capital", "the country's capital" after the country is named) is that
    capital (:mod:`geoapp.geocode.capitals`); not where the text names the city beside it
    ("Sanaa, the Yemeni capital", "the Ukrainian capital, Kyiv"): that name places it."""
    out = []
    phrase, countries = _capital_phrase()
    for m in phrase.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in masked) or \
                any(h.start < m.end() and m.start() < h.end for h in hits) or \
                any(h.end <= m.start() and _APPOSED.fullmatch(text, h.end, m.start())
                    for h in hits) or \
                any(h.start >= m.end() and _APPOSED.fullmatch(text, m.end(), h.start)
                    for h in hits):
            continue
        if _OUTSKIRTS_AFTER.match(text, m.end()) or \
                _OUTSKIRTS_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "the Lebanese capital's outskirts": around the capital, not in it
        if m["adj"]:
            country = countries[m["adj"]]
        else:
            country = next((h.match.country for h in reversed(hits)
                            if h.end <= m.start() and h.match.kind == "country"), None)
        found = capitals.capital(country, geocoder) if country else None
        if found is not None:
            out.append(PlaceHit(m.start(), m.end(), m[0], normalise(found.name), found))
    return out


def _not_surnames(hits: list[PlaceHit], text: str) -> list[PlaceHit]:
    """Drop a village whose name the report also writes as a person's surname ("the
    governor, Vyacheslav Gladkov, said" … "Gladkov, who posts daily updates"): there it
    is the person, not a hamlet of that name (in Kharkiv oblast). A headline in capitals
    ("… WOUNDED — GLADKOV") names the same person as the body's "Vyacheslav Gladkov"."""
    spans = [(h.start, h.end) for h in hits]
    out = []
    for h in hits:
        m = h.match
        if m.kind == "place" and (m.population or 0) < _VILLAGE \
                and h.text.casefold() == m.matched_name.casefold() \
                and _written_as_surname(text, m.matched_name, spans):
            continue
        out.append(h)
    return out


def _written_as_surname(text: str, name: str, spans: list[tuple[int, int]]) -> bool:
    """Does ``name`` follow a capitalised word that is no place, administrative word or
    nationality, inside a sentence ("Vyacheslav Gladkov", "Governor Gladkov")? Not an
    abbreviation in capitals: a group's branch named by its place ("the CDF Matupi
    Brigade", "KIA Bhamo forces") is no person."""
    rules = _rules()
    for m in re.finditer(rf"\b([A-Z][\w'’-]+)[ \t]+{re.escape(name)}\b", text):
        first = m.group(1)
        if any(s < m.end() and m.start() < e for s, e in spans) or first in rules.affix_words \
                or first.isupper() \
                or first.lower() in rules.locatives or nationalities(first) \
                or re.search(r"(?:^|[.!?:]\s+|\n)$", text[:m.start()]):
            continue
        return True
    return False


def _supported(hits: list[PlaceHit], countries: set[str], text: str = "") -> list[PlaceHit]:
    """Drop a region or town of a country that nothing else in the report names (neither
    another place nor a nationality), while the report names places elsewhere: "Kani" in
    a report on Sagaing is a Myanmar township, not Japan's city; "More than 40" is no
    Norwegian county. A conflict country's place is dropped so only when another country
    is named by at least two places ("the Red Sea ports of Hodeidah and As-Salif" in a
    report on Yemen is no Sudanese state); a lone foreign village is no such support for
    that country. Other spellings of the same place ("Al-Shati", "Shati") are no support
    for it. A village of a country the report never names (by the country, a region of it
    or its people) and far from every other place the report names is a namesake of one the
    gazetteer lacks ("Soro" in a report on Burkina Faso is no village of Asia): it is no
    place, nor support for its country. A country or capital named as who acts ("the United
    States presses …", "for all Washington's ambitions") names no place of its country."""
    hits = [h for h in hits if not _stray_village(h, hits, countries)]
    places: dict[str, set[tuple]] = {}
    for h in hits:
        places.setdefault(h.match.country, set())
        if not text or not _acting(h, text):
            places[h.match.country].add(_place_of(h.match))
    out = []
    for h in hits:
        others = {o.match.country for o in hits
                  if o.key != h.key and _place_of(o.match) != _place_of(h.match)}
        known = countries if any(len(places[c]) >= 2 for c in others) \
            else countries | _rules().always_search
        if h.match.kind != "country" and others and h.match.country not in known | others \
                and not _city_beside_its_enemy(h, {c for c in others if len(places[c]) >= 2}):
            continue
        out.append(h)
    return out


def _city_beside_its_enemy(h: PlaceHit, named: set[str]) -> bool:
    """A city of one side of a war, known by name abroad, where the countries named by
    several places are all of that war ("used glide bombs on Kharkiv", launched "from
    Russia's Belgorod region"): the city itself, not a namesake; so is a region of that side
    ("the Kharkiv Oblast prosecutors" beside "Russia's Belgorod Oblast")."""
    m = h.match
    return (m.kind == "region" or m.kind == "place"
            and (m.population or 0) >= _rules().min_population) and \
        bool(named) and any(m.country in sides and named <= sides
                            for sides in _rules().war_sides)


#: Kilometres beyond which a village of an unnamed country is far from every other place.
_STRAY_KM = 500
#: ... and beyond which a village of a conflict followed is, where the report names another
#: country: a continent away (wide enough that a large country's middle, "Russia" in a
#: report on Kupiansk, stays near).
_STRAY_FAR_KM = 6000


def _stray_village(h: PlaceHit, hits: list[PlaceHit], countries: set[str]) -> bool:
    """A village or small town (one not known by name abroad) of a country neither named
    nor of a people the report names nor one of the conflicts followed, farther than
    ``_STRAY_KM`` from every other place it names; or of a conflict followed, where the
    report names another country and every place it names (that country's middle
    included) lies farther than ``_STRAY_FAR_KM``."""
    m = h.match
    if m.kind != "place" or (m.population or 0) >= _rules().min_population \
            or m.country in countries or m.lat is None:
        return False
    if any(o.match.country == m.country and o.match.kind in ("country", "region")
           for o in hits):
        return False
    others = [o.match for o in hits if o.key != h.key and o.match.lat is not None
              and _place_of(o.match) != _place_of(m)]
    if m.country in _rules().always_search:
        # a village of a conflict followed, where the report names another country and
        # every place it names lies a continent away ("Soro" in a report on Burkina Faso is
        # no Korean village): a namesake as well
        return any(o.match.kind == "country" and o.match.lat is not None
                   and o.match.country != m.country for o in hits) and \
            all(_km(m, o) > _STRAY_FAR_KM for o in others)
    return bool(others) and all(_km(m, o) > _STRAY_KM for o in others)


def _place_of(match: Match) -> tuple:
    """What a match names, whatever spelling found it."""
    return match.kind, match.name, match.country, match.adm1_code


def _anchors(hits: list[PlaceHit], text: str) -> list[PlaceHit]:
    """Hits that name a region by themselves: regions, and cities big enough to be known
    (not a dateline's city in capitals: where the reporter files from, nor a capital
    standing for its government: "Moscow has concentrated troops near Sudzha")."""
    return [h for h in hits if h.match.adm1_code and not h.text.isupper() and (
        h.match.kind == "region" or (h.match.population or 0) >= _rules().min_population
        and _VILLAGE_WORDS.match(h.text) is None and _QUARTER_WORDS.search(h.text) is None
        and _LISTED_QUARTERS.match(text, h.end) is None)
        and not _acting(h, text) and not _refuge_abroad(h, hits, text)
        and not _meeting_venue(h, text)]


#: A meeting of officials told right before a place ("Lavrov met his North Korean
#: counterpart Choe Son-hui in Moscow", "held talks in Beijing", "on a visit to Pyongyang").
_MET_IN = re.compile(r"\b(?:met|meets|meeting|talks|summit|visit|visited|visiting|hosted|"
                     r"received)\b[^.;:!?\n]{0,100}?\b(?:in|to)\s+$")


def _meeting_venue(h: PlaceHit, text: str) -> bool:
    """A country's capital named only as where officials met ("Lavrov met Choe Son-hui in
    Moscow" in an assessment of the Kursk front): the venue of diplomacy, which says
    nothing about where the report's towns lie."""
    return h.match.kind == "place" and \
        normalise(h.text) == normalise(capitals.CAPITALS.get(h.match.country, "")) and \
        _MET_IN.search(text, max(0, h.start - 140), h.start) is not None


#: Flight told right before a region ("fled across the border as refugees into India's
#: neighbouring Mizoram State", "refugees sheltering in Thailand's Tak province").
_FLED_INTO = re.compile(r"\b(?:fled|fleeing|flee|escaped|refugees?|refuge|asylum|sheltering)\b"
                        r"[^.;:!?\n]{0,60}?\b(?:in|into|to)\s+(?:the\s+)?(?:neighbou?ring\s+)?"
                        r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?['’]s?\s+(?:neighbou?ring\s+)?)?$")


def _refuge_abroad(h: PlaceHit, hits: list[PlaceHit], text: str) -> bool:
    """A region of another country named only as where people fled ("most have fled across
    the border as refugees into India's Mizoram State" in a report whose towns all lie in
    Myanmar): a refuge abroad, which says nothing about where the report's villages lie."""
    if h.match.kind != "region" or _FLED_INTO.search(text, max(0, h.start - 120), h.start) \
            is None:
        return False
    towns = [o for o in hits if o.match.kind != "country" and o.key != h.key]
    return bool(towns) and all(o.match.country != h.match.country for o in towns)


def _acting(h: PlaceHit, text: str) -> bool:
    """A country or capital named as who acts ("Russia is attacking on the Pokrovsk
    direction", "Moscow has concentrated troops"): it names no place of its country."""
    return acts(h.match, text[h.end:h.end + READ_AFTER], text[max(0, h.start - READ_BEFORE):h.start])


def _consistent(hits: list[PlaceHit], text: str, geocoder: Geocoder) -> list[PlaceHit]:
    """Keep small places in the regions the report names.

    A same-named region, district or village in a region the report names wins ("Northern
    state" in a report on Sudan, "Nikopol district" beside Dnipropetrovsk); a town gives
    way to a hamlet only in a region its own paragraph names ("Huliaipole" stays in
    Zaporizhzhia in a report that names Dnipropetrovsk elsewhere); where its paragraph names
    no region, to a namesake town about its size in a region the report names, and not its
    own. A village or
    district whose region is not named in its paragraph, while the paragraph names another
    region of the same country, is a homonym of a place the gazetteer lacks (Russia's
    villages): it is dropped, so the event falls back to the region the text names; a town
    a briefing names as the paragraph's sector ("In the Kupiansk direction …") counts as a
    region its paragraph names, whatever its size. A
    curated town (``curated.CURATED_PLACES``, population unknown) is no such village: it is
    there because the news names it, unless the text puts it by a border it is not near. A
    village with namesakes in several regions the report names lies in the one named most.
    """
    anchors = _anchors(hits, text)
    paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    out = []
    by_town: dict[str, list[tuple[Match, Match]]] = {}
    for h in hits:
        h = _in_country_named(h, text, hits, geocoder)
        m = h.match
        by = _town_by(h, text, hits)
        if by is not None and by.adm1_code is not None:
            # of the namesakes in the town's region, the nearest to it; the report's other
            # regions may have settled the name without namesakes: look for one by the
            # town itself too
            there = geocoder.lookup(h.text, m.country, (by,)).match
            same = [a for a in (m, *m.alternatives) if a.kind == m.kind
                    and a.adm1_code == by.adm1_code]
            if there is not None and there.kind == m.kind and there.adm1_code == by.adm1_code \
                    and _near(there, by):
                same.append(there)
            namesake = min(same, key=lambda a: _km(a, by), default=None)
            out.append(h if namesake is None or namesake is m else replace(h, match=namesake))
            if namesake is not None and namesake is not m:
                by_town.setdefault(h.key, []).append((m, namesake))
            continue
        paragraph = bisect.bisect_right(paragraph_starts, h.start)
        times = Counter(a.match.adm1_code for a in anchors if a.key != h.key and (
            (m.population or 0) < _VILLAGE
            or bisect.bisect_right(paragraph_starts, a.start) == paragraph))
        named = set(times)
        # the regions the report names anywhere: a town whose paragraph names none lies in
        # one of them if a namesake town does
        elsewhere = {a.match.adm1_code for a in anchors if a.key != h.key}
        countries = {o.match.country for o in hits
                     if o.key != h.key and o.match.kind in ("country", "region")
                     and not _acting(o, text)}
        namesakes = [a for a in m.alternatives if a.kind == m.kind
                     and normalise(a.matched_name) == normalise(m.matched_name)
                     and not _by_other_name(a, m)] + _unit_of_town(h, geocoder)
        # a village whose namesakes lie in several regions the report names: the one it
        # names most ("another village in the Dnipropetrovsk region" told three times,
        # Zaporizhzhia once in a closing list)
        more = max((a for a in namesakes if times[a.adm1_code] > times[m.adm1_code]),
                   key=lambda a: times[a.adm1_code], default=None)
        if m.adm1_code in named and more is not None and (m.population or 0) < _VILLAGE:
            h = replace(h, match=more)
        elif m.adm1_code not in named:
            towns = [o.match for o in hits if o.key != h.key and not o.text.isupper()
                     and o.match.kind in ("place", "district")]
            # a town whose paragraph lists it with towns of its own region gives way to no
            # hamlet of a region the paragraph names for another place ("the Orikhiv and
            # Huliaipole sectors … from Pokrovske in Dnipropetrovsk province")
            beside = [o for o in hits if o.key != h.key
                      and bisect.bisect_right(paragraph_starts, o.start) == paragraph]
            neighbours = [o.match for o in beside]
            mates = [o.match for o in beside if not o.text.isupper()
                     and o.match.kind == "place" and o.match.adm1_code]
            better = [a for a in namesakes if a.adm1_code in named
                      and not _with_its_mates(m, a, mates)
                      and not _named_by_cities_alone(m, a, neighbours)] \
                or [a for a in namesakes if not named and a.adm1_code in elsewhere
                    and m.adm1_code not in elsewhere and _peer(a, m)] \
                or [a for a in namesakes if a.country in countries
                    and m.country not in countries
                    and (m.population or 0) < _rules().min_population
                    and not _by_other_towns(m, a, towns)] \
                or _nearest_namesake(m, namesakes, towns) \
                or _namesake_at_home(h, hits, geocoder)
            if better:
                h = replace(h, match=better[0])
        out.append(h)
    # a village the text puts by its town is that namesake wherever its name is told again
    # bare ("Mykhailivka, a village at the gates of Selydove" … "its troops have captured
    # Mykhailivka"), unless the text puts it by towns of two namesakes
    for key, pairs in by_town.items():
        if any(not _same_place(n, pairs[0][1]) for _, n in pairs):
            continue
        out = [replace(o, match=pairs[0][1]) if o.key == key and o.match.kind == "place"
               and any(_same_place(o.match, old) for old, _ in pairs)
               and _town_by(o, text, hits) is None else o for o in out]
    by_paragraph: dict[int, list[Match]] = {}
    for a in _anchors(out, text):
        by_paragraph.setdefault(bisect.bisect_right(paragraph_starts, a.start), []).append(
            a.match)
    report = [a.match for a in _anchors(out, text)]
    # a town a briefing names as its paragraph's sector ("In the Kupiansk direction the
    # occupiers attacked 12 times. … repelled assaults toward Synkivka"), whatever its size,
    # is where that paragraph's villages lie
    sectors: dict[int, list[Match]] = {}
    for o in out:
        if o.match.kind == "place" and o.match.adm1_code and _SECTOR_WORD.match(text, o.end):
            sectors.setdefault(bisect.bisect_right(paragraph_starts, o.start), []).append(
                o.match)

    def settled(h: PlaceHit) -> bool:
        """Whether the hit's own paragraph names the region it lies in."""
        paragraph = bisect.bisect_right(paragraph_starts, h.start)
        return h.match.adm1_code in {r.adm1_code for r in by_paragraph.get(paragraph, [])}

    def homonym(h: PlaceHit) -> bool:
        m = h.match
        small = m.kind == "district" or _VILLAGE_WORDS.match(h.text) is not None \
            or _SMALL_AFTER.match(text, h.end) is not None \
            or _LISTED_VILLAGES.search(text, max(0, h.start - 160), h.start) is not None \
            or _QUARTER_WORDS.search(h.text) is not None \
            or _LISTED_QUARTERS.match(text, h.end) is not None \
            or _under_district_head(text, h.start) or (
                m.kind == "place" and (m.population or 0) < _VILLAGE and not (
                    m.source == "curated" and (_named_border(h, text, out) is None
                                               or _by_named_border(h, text, out))))
        paragraph = bisect.bisect_right(paragraph_starts, h.start)
        regions = by_paragraph.get(paragraph, []) + sectors.get(paragraph, []) or report
        same_country = [r for r in regions if r.country == m.country]
        return small and bool(regions) and \
            m.adm1_code not in {r.adm1_code for r in same_country} and (
                same_country and not any(_near(m, r) for r in same_country)
                or not same_country and not _country_named(out, h, paragraph_starts,
                                                           paragraph, text)
                and not _abroad_only(h, regions, out, text)) \
            and m.country not in _described_as(text, h) \
            and not _own_unit(h, text, {r.adm1_code for r in report}) \
            and not _by_named_border(h, text, out) \
            and not _by_its_town(h, text, out) \
            and not _in_region_across_units(h, text, out)

    # a name the report places elsewhere with its region beside it ("the town of Bara in
    # North Kordofan", "Lagawa in West Kordofan") is that place wherever it recurs, even
    # in a headline whose only other place lies in another region
    placed = {(o.key, o.match.adm1_code) for o in out
              if (settled(o) or _in_region_across_units(o, text, out)) and not homonym(o)}
    kept = [h for h in out if not homonym(h) or (h.key, h.match.adm1_code) in placed]
    return _front_line_places(kept, text, paragraph_starts)


#: A place followed by the country it lies in (", in central Mali", ", in northern Chad").
_IN_COUNTRY_AFTER = re.compile(r"\s*,\s+in\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west)"
                               r"(?:ern|-?(?:north|south|east|west)ern)?\s+|central\s+)?$",
                               re.IGNORECASE)


#: What joins two places of one list ("A, B, C and D", "A or B"), past names between them
#: that are no places the gazetteer knows there.
_LISTED_ON = re.compile(rf"(?:(?:{_LIST_JOINER.pattern})[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*"
                        rf"(?:{_LIST_JOINER.pattern})")


#: A town no bigger than this, listed among the villages of a region the report names
#: while its own region goes unnamed, may be that region's namesake (``_listed_together``).
_LISTED_TOWN = 25_000


def _listed_together(hits: list[PlaceHit], text: str, geocoder: Geocoder) -> list[PlaceHit]:
    """A village in a list of places whose unambiguous names lie in one region is that
    region's namesake ("fighting near Poltavka, Malynivka, Shevchenko Pershe, Myrnohrad,
    Novoserhiivka and Udachne": the Malynivka by Pokrovsk, not Kharkiv's larger one).
    A briefing lists the villages of one sector; a namesake far from every name the list
    pins down is the wrong one, when the gazetteer has one nearer them. Towns bigger than
    a village stay where they are, unless only just so (below ``_LISTED_TOWN``) in a region
    the report never names, while the list's pinned places lie in one it does ("Among the
    places hit were Bilozerka, Sofiyivka and Beryslav" in a report on Kherson region: the
    Kherson village, not Donetsk's town)."""
    order = sorted(range(len(hits)), key=lambda i: hits[i].start)
    runs: list[list[int]] = []
    for i in order:
        last = runs[-1][-1] if runs else None
        if last is not None and hits[last].end <= hits[i].start and \
                _LISTED_ON.fullmatch(text, hits[last].end, hits[i].start):
            runs[-1].append(i)
        else:
            runs.append([i])
    out = list(hits)
    named = {h.match.adm1_code for h in hits if h.match.kind == "region" and h.match.adm1_code}
    for run in runs:
        members = [hits[i] for i in run]
        pinned = [h.match for h in members if h.match.kind == "place" and h.match.adm1_code
                  and not any(normalise(a.matched_name) == normalise(h.match.matched_name)
                              and a.adm1_code != h.match.adm1_code
                              for a in h.match.alternatives)]
        regions = Counter(m.adm1_code for m in pinned).most_common(2)
        # or, for a town only just bigger than a village, the places of the list that lie
        # in a region the report names, when they are most of the list
        in_named = [h.match for h in members if h.match.kind == "place"
                    and h.match.adm1_code in named]
        if len(run) < 3 or not regions or regions[0][1] < 2 or \
                len(regions) > 1 and regions[1][1] == regions[0][1]:
            if len(run) < 3 or 2 * len(in_named) <= len(run) or \
                    len({m.adm1_code for m in in_named}) > 1:
                continue
            home, towns_only = in_named, True
        else:
            home, towns_only = [m for m in pinned if m.adm1_code == regions[0][0]], False
        for i in run:
            m = hits[i].match
            town = (m.population or 0) >= _VILLAGE
            if m.kind != "place" or m.adm1_code == home[0].adm1_code \
                    or m.country != home[0].country or towns_only and not town \
                    or town and not ((m.population or 0) < _LISTED_TOWN
                                     and m.adm1_code not in named
                                     and home[0].adm1_code in named):
                continue
            there = geocoder.lookup(hits[i].text, m.country, tuple(home)).match
            if there is not None and there.kind == "place" \
                    and there.adm1_code == home[0].adm1_code \
                    and any(_near(there, p) for p in home) \
                    and min(_km(there, p) for p in home) < min(_km(m, p) for p in home):
                out[i] = replace(hits[i], match=there)
    return out


def _in_country_named(h: PlaceHit, text: str, hits: list[PlaceHit],
                      geocoder: Geocoder) -> PlaceHit:
    """A place the text puts in a country right after it ("In Léré, in central Mali, …")
    is that country's namesake, whatever other country the report names."""
    if h.match.kind not in ("place", "district"):
        return h
    country = next((c.match for c in hits if c.start > h.end and c.match.kind == "country"
                    and _IN_COUNTRY_AFTER.fullmatch(text, h.end, c.start)), None)
    if country is None or country.country == h.match.country:
        return h
    there = next((a for a in h.match.alternatives if a.country == country.country
                  and a.kind == h.match.kind and a.adm1_code), None) or \
        geocoder.lookup(h.text, country.country, ()).match
    if there is None or there.country != country.country or not there.adm1_code or \
            normalise(there.matched_name) != normalise(h.match.matched_name):
        return h
    return replace(h, match=there)


def _front_line_places(hits: list[PlaceHit], text: str,
                       paragraph_starts: list[int]) -> list[PlaceHit]:
    """A place whose part ground forces slipped or pushed into (``_GROUND_PART``) lies on the
    front line by its paragraph's other towns: where it lies far from all of them (a big
    namesake elsewhere, "infiltrated the north-western part of Rivne" beyond Pokrovsk), it
    is a village the gazetteer lacks, the one near them that has the name, else dropped so
    the event falls back to the paragraph's towns."""
    out = []
    for h in hits:
        m = h.match
        if m.kind != "place" or _GROUND_PART.search(text, max(0, h.start - 120), h.start) is None:
            out.append(h)
            continue
        paragraph = bisect.bisect_right(paragraph_starts, h.start)
        towns = [o.match for o in hits if o.key != h.key and o.match.kind == "place"
                 and o.match.country == m.country and o.match.adm1_code
                 and bisect.bisect_right(paragraph_starts, o.start) == paragraph]
        if not towns or any(_near(m, t) for t in towns):
            out.append(h)
            continue
        near = [(min(_km(a, t) for t in towns), i) for i, a in enumerate(m.alternatives)
                if a.kind == m.kind and any(_near(a, t, 30) for t in towns)]
        if near:
            out.append(replace(h, match=m.alternatives[min(near)[1]]))
    return out


def _units_by_town(hits: list[PlaceHit], geocoder: Geocoder) -> list[PlaceHit]:
    """A unit written by its town's name and kind ("the Khotin hromada") lies in a region the
    report names when a district there holds a town of that name, not in a namesake's
    region the report never names: settled before it places the villages listed in it."""
    regions = {h.match.adm1_code for h in hits if h.match.kind == "region"}
    out = []
    for h in hits:
        if h.match.kind == "district" and h.match.adm1_code not in regions:
            there = [a for a in _unit_of_town(h, geocoder) if a.adm1_code in regions]
            h = replace(h, match=there[0]) if there else h
        out.append(h)
    return out


def _unit_of_town(h: PlaceHit, geocoder: Geocoder) -> list[Match]:
    """The other districts a unit written by its town's name and its kind may be ("the
    Khotin hromada": the raion named after one Khotin, or the one holding another town
    Khotin): each district that holds a town of that name, a namesake of the unit for the
    regions the report names to settle."""
    m = h.match
    if m.kind != "district" or _UNIT_NAMED.search(h.text) is None:
        return []
    town = geocoder.lookup(_UNIT_NAMED.sub("", _written_name(h.text)), m.country, ()).match
    if town is None:
        return []
    holding = {(t.district, t.adm1_code) for t in (town, *town.alternatives)
               if t.kind == "place" and t.district}
    return [a for a in m.alternatives if a.kind == "district" and a is not m
            and (a.name, a.adm1_code) in holding]


def _relatives_as_bare(after: list[PlaceHit]) -> list[PlaceHit]:
    """A place named in a phrase that places by it without a distance ("near Kotovsk") is
    looked up without its namesakes; where the report names it bare too, and settles that
    name on one namesake, the phrase is about that namesake (the name told again is the
    same place), not one far from it."""
    bare: dict[str, list[Match]] = {}
    for h in after:
        if h.match.kind == "place" and not parse_relative(h.text):
            bare.setdefault(h.key, []).append(h.match)
    out = []
    for h in after:
        phrase = parse_relative(h.text) if h.key in bare else None
        told = bare.get(h.key, []) if phrase and not phrase.distance_km else []
        if told and all(_same_place(m, told[0]) for m in told) and \
                h.match.kind == "place" and _km(h.match, told[0]) > 50:
            h = replace(h, match=replace(relative_apply(phrase, told[0]), query=h.match.query))
        out.append(h)
    return out


def _abroad_only(h: PlaceHit, regions: list[Match], hits: list[PlaceHit], text: str) -> bool:
    """The only regions the report names lie in countries it never names, nor by their
    people, while it names the place's own country ("a strike on the town of A" in a
    report on Lebanon whose closing line mentions a ceasefire in Gaza): a region named in
    passing abroad says nothing about the villages of the country the report is about."""
    named = {o.match.country for o in hits if o.match.kind == "country"}
    told = named | nationalities(text)
    return h.match.country in named and not any(r.country in told for r in regions)


#: "in" after a place and before the area it lies in ("Lagawa in West Kordofan"), also
#: after a site named by the place ("the Heglig oilfield in West Kordofan").
_IN_AREA = re.compile(r"(?:\s+(?:oil\s?field|oilfield|gas\s?field|area|camp|airport|base))?"
                      r"\s*,?\s+in\s+(?:the\s+)?")


def _in_region_across_units(h: PlaceHit, text: str, hits: list[PlaceHit]) -> bool:
    """A place the text puts in a region of its country that spans several units
    (``curated.REGIONS_ACROSS_UNITS``: "Lagawa in West Kordofan"): found as the whole
    country, that region names no unit to place the village by, yet the text says where
    the village lies, so it is no homonym of one the gazetteer lacks."""
    m = _IN_AREA.match(text, h.end)
    return m is not None and any(
        o.start == m.end() and o.match.kind == "country" and o.match.country == h.match.country
        and normalise(o.match.matched_name) in _regions_across_units(o.match.country)
        for o in hits)


@cache
def _regions_across_units(country: str) -> frozenset[str]:
    return frozenset(normalise(n) for n in REGIONS_ACROSS_UNITS.get(country, ()))


def _by_other_name(namesake: Match, town: Match) -> bool:
    """A namesake that bears the name only as an alternate, for a town of some size whose
    own name it is: Kyiv's Dniprovskyi district, also "Dnipro", is not the city of Dnipro
    in a headline that names Kyiv too."""
    return (town.population or 0) >= _VILLAGE and \
        normalise(town.name) == normalise(town.matched_name) and \
        normalise(namesake.name) != normalise(namesake.matched_name)


def _peer(namesake: Match, town: Match) -> bool:
    """A namesake town of the same country, called so today and at least half the town's
    size: a town of its own, which the region the report names decides for ("Yampil" of
    Sumy, not Vinnytsia's, in a report on Sumy region), not a hamlet sharing a known town's
    name nor a city once called so (Engels, once Pokrovsk)."""
    return namesake.country == town.country and \
        normalise(namesake.name) == normalise(namesake.matched_name) and \
        2 * (namesake.population or 0) >= (town.population or 0)


def _by_its_town(h: PlaceHit, text: str, hits: list[PlaceHit]) -> bool:
    """A village the text puts by a town found in the same region ("Radkivka, a village on
    the edge of Kupiansk"): the text confirms the village meant, whatever region the
    report names elsewhere."""
    by = _town_by(h, text, hits)
    return by is not None and by.adm1_code == h.match.adm1_code and _near(h.match, by)


#: What ties a village to a town the text puts it by: "Radkivka, near the city of Kupiansk",
#: "Borova, close to Izium", "a village just outside the town of Sudzha", "Borova, a village
#: on the outskirts of Izium", "Katerynivka northeast of Vuhledar", "Illinka, 10 km south of
#: Kurakhove", "a village at the gates of the town of Selydove", "Mykolaivka, on the
#: approaches to Siversk". The comma may be left out only before "near" or a bearing.
_BY_TOWN = re.compile(r"(?:\s*[,(]\s*(?:(?:which|that)\s+(?:lies|is|sits)\s+|an?\s+(?:[a-z-]+\s+)?"
                      r"(?:village|hamlet|settlement)\s+)?|\s+(?=near\b|[\d.,]+\s*k|"
                      r"(?:north|south|east|west)))(?P<by>near|close\s+to|"
                      r"outside|not\s+far\s+from|just\s+(?:outside|off|from)|on\s+the\s+"
                      r"(?:outskirts|edge|fringes)\s+of|at\s+the\s+gates\s+of|on\s+the\s+"
                      r"approaches\s+to|(?:[\d.,]+\s*(?:km|kilometres?|kilometers?)"
                      r"\s+)?(?:(?:north|south)-?(?:east|west)?|east|west)\s+of)\s+(?:the\s+)?",
                      re.IGNORECASE)
#: What joins the places of a list: "A, B and C, and probably also D".
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
                        r"(?:(?:probably|possibly|perhaps|likely|also)\s+){0,3}", re.IGNORECASE)
#: Words describing the town before its name or its kind ("the hard-hit northeastern").
_DESCRIBING = re.compile(r"(?:[a-z-]+\s+){0,3}")


#: A town's bearing before it, and the words placing a village after it: "assaults
#: northeast of Chasiv Yar near Bohdanivka", "south of Kupiansk, towards Petropavlivka".
_BEARING_OF = re.compile(r"(?:.*\W)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+"
                         r"(?:outskirts\s+)?of\s+(?:the\s+(?:town|city)\s+of\s+)?",
                         re.IGNORECASE | re.DOTALL)
_THEN_NEAR = re.compile(r"\s*,?\s*(?:near|around|towards?|close\s+to|in\s+the\s+direction\s+"
                        r"of)\s+(?:the\s+(?:village|settlement)\s+of\s+)?", re.IGNORECASE)


def _town_by(h: PlaceHit, text: str, hits: list[PlaceHit]) -> Match | None:
    """The town a village, or the list it ends, is said to lie by ("Radkivka, near the
    hard-hit city of Kupiansk"; "A, B and C, northeast of Vuhledar"; "northeast of Chasiv
    Yar near Bohdanivka"), when that town is found: the village's namesake there is the one
    meant, whatever region the report names elsewhere."""
    if h.match.kind not in ("place", "district"):
        return None
    before = max((o for o in hits if o.end <= h.start and o.match.kind == "place"),
                 key=lambda o: o.end, default=None)
    near = _THEN_NEAR.match(text, before.end) if before is not None else None
    if near is not None and h.start <= near.end() < h.end and (
            _BEARING_OF.match(before.text)
            or _BEARING_OF.fullmatch(text, max(0, before.start - 40), before.start)):
        return before.match
    last = h  # a list of villages lies by the town named after its last one
    while (m := _BY_TOWN.match(text, last.end)) is None:
        join = _LIST_JOIN.match(text, last.end)
        last = next((o for o in hits if join and o.start == join.end()
                     and o.match.kind in ("place", "district")), None)
        if last is None:
            return None
    # the town found by itself, or as a phrase with the words tying it ("on the edge of
    # Kupiansk")
    town = next((o for o in hits if o.key != h.key and (
        o.start >= m.end() and _DESCRIBING.fullmatch(text, m.end(), o.start)
        or o.start == m.start("by")
        # the town found with its article and kind ("at the gates of the town of Selydove")
        or o.start == m.end() - 4 and text[o.start:m.end()].lower() == "the ")), None)
    return town.match if town is not None and town.match.kind == "place" else None


#: A place said to lie by a border, up to the country named: "Boulkessi, close to the
#: border with Burkina Faso", "Kokorou, a town near the Malian border", "Sebba, which lies
#: along the frontier with Niger", "Djibo, on the Burkina Faso border".
_BORDER_AFTER = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+(?:lies|is|sits|stands)\s+|(?:an?|the)\s+(?:[\w-]+\s+){0,3}?)?"
    r"(?:close\s+to|near|on|along|by|next\s+to|at|not\s+far\s+from|just\s+(?:off|from))\s+"
    r"(?:the\s+)?(?:(?:border|frontier)s?\s+(?:with|of)\s+(?:the\s+)?)?", re.IGNORECASE)
_BORDER_WORD = re.compile(r"\s+(?:border|frontier)s?\b", re.IGNORECASE)
#: Kilometres from a country within which a place lies by its border.
_BORDER_KM = 50


def _by_named_border(h: PlaceHit, text: str, hits: list[PlaceHit]) -> bool:
    """A village the text puts by the border of another country it names ("the base at
    Boulkessi, close to the border with Burkina Faso") that does lie within reach of that
    country: the text confirms this is the village meant, whatever region the report
    names elsewhere."""
    country = _named_border(h, text, hits)
    if country is None:
        return False
    from geoapp.geocode.reverse import km_to_country, xy  # polygons load only for a border

    x, y = xy([h.match.lon], [h.match.lat])
    return bool(km_to_country(x, y, np.array([country], dtype=object))[0] <= _BORDER_KM)


def _named_border(h: PlaceHit, text: str, hits: list[PlaceHit]) -> str | None:
    """The other country (ISO2) by whose border the text puts the place, if it does."""
    m = _BORDER_AFTER.match(text, h.end)
    if m is None:
        return None
    after = text[m.end():m.end() + 60]
    country = next((c.match.country for c in hits if h.end <= c.start <= m.end() < c.end
                    and c.match.kind == "country" and c.match.country != h.match.country
                    and (_BORDER_WORD.search(m[0]) or _BORDER_WORD.match(text, c.end))), None)
    if country is None:
        demonym = re.match(r"([A-Z][\w'’-]+)\s+(?:border|frontier)", after)
        country = next(iter(nationalities(demonym[1]) - {h.match.country}), None) \
            if demonym else None
    return country


def _namesake_at_home(h: PlaceHit, hits: list[PlaceHit], geocoder: Geocoder) -> list[Match]:
    """A village, or a town found by another language's spelling of its name (Penza's
    German "Pensa"), in a country where none of the report's other places lie: the
    place of that name in the report's own country outside the focus area, whose small
    towns the gazetteer offers only when asked there (Burkina Faso's Pensa, Mali's Boni
    beside Belarus's village). A focus country's namesake was a candidate already. So is a
    region of such a country whose name a town of the report's own country bears (a
    report on Mali names "the Nara region", or "Nara Region", after its town, not Japan's
    prefecture): the town, since the text names no other place of the region's country."""
    m = h.match
    # places the text puts inside the region ("Mourdiah, in the Nara region") follow it
    home = Counter(o.match.country for o in hits if o.key != h.key and o.match.country
                   and not (m.kind == "region" and o.match.adm1_code == m.adm1_code))
    if m.country in home or (m.population or 0) >= _VILLAGE and \
            normalise(m.matched_name) == normalise(m.name):
        return []
    for cc, _ in home.most_common():
        if cc in FOCUS_COUNTRIES:
            continue
        if m.kind == "region":
            # its unit word capitalised with it ("Nara Region") is no part of the town's name
            written = _WITH_UNIT_WORD.sub("", _written_name(h.text))
            there = geocoder.lookup(written, cc, ()).match
            if there is not None and there.kind in ("place", "district") and \
                    there.adm1_code and normalise(there.matched_name) == normalise(written):
                return [there]
            continue
        there = geocoder.lookup(h.text, cc, ()).match
        if there is not None and there.kind == m.kind and there.adm1_code and \
                normalise(there.matched_name) == normalise(m.matched_name):
            return [there]
    return []


def _by_other_towns(m: Match, namesake: Match, towns: list[Match]) -> bool:
    """Whether the report's other towns lie by the town found and none by its namesake in a
    country the report names ("Pokrovsk direction: pushing forward in Novohrodivka" in a
    report that also names the Kursk region is Donetsk's Pokrovsk, not Yakutia's)."""
    return any(_near(m, t) for t in towns) and not any(_near(namesake, t) for t in towns)


def _with_its_mates(m: Match, namesake: Match, mates: list[Match]) -> bool:
    """Whether a town its paragraph lists with other towns stays itself rather than a hamlet
    namesake: every other town of the paragraph lies by the town found and at least twice as
    far from the namesake ("the Orikhiv and Huliaipole sectors" is Zaporizhzhia's
    Huliaipole, though the paragraph names Dnipropetrovsk for a village there)."""
    return (m.population or 0) >= _VILLAGE and not _peer(namesake, m) and bool(mates) \
        and all(_near(m, t) and _km(namesake, t) >= 2 * _km(m, t) for t in mates)


def _named_by_cities_alone(m: Match, namesake: Match, neighbours: list[Match]) -> bool:
    """Whether a city would give way to a lesser namesake only because other cities of its
    paragraph lie in that namesake's region ("missiles struck Kharkiv and Vinnytsia"): no
    region name and no smaller place there puts the paragraph in that region."""
    return (m.population or 0) >= _CITY and not _peer(namesake, m) and all(
        o.kind == "place" and (o.population or 0) >= _CITY
        for o in neighbours if o.adm1_code == namesake.adm1_code)


def _nearest_namesake(m: Match, namesakes: list[Match], towns: list[Match]) -> list[Match]:
    """Of a village's namesakes, the one by the report's other towns when the village found
    lies by none of them ("Rivnopillia" in a report on Huliaipole is not Crimea's)."""
    if (m.population or 0) >= _VILLAGE or not towns or any(_near(m, t) for t in towns):
        return []
    near = [(min(_km(a, t) for t in towns), i) for i, a in enumerate(namesakes)
            if any(_near(a, t) for t in towns)]
    return [namesakes[min(near)[1]]] if near else []


#: Administrative units below a region named with their kind ("Myinmu Township",
#: "Tillia department"): the text says the name is a unit of its own.
_UNIT_WORD = r"(?:township|raion|rayon|department|commune|cercle|locality|hromada|municipality)"
_UNIT_WORDS = re.compile(rf"(?:\s+{_UNIT_WORD})\b", re.IGNORECASE)
#: A unit word below a region ending a name the geocoder reads as a region's ("the Téra
#: department"): where no region bears the name, the unit named after its town.
_UNIT_AFFIX = re.compile(r"\s(?:department|commune|cercle)$", re.IGNORECASE)
#: A hit written with its unit word, "district" included ("the Korenevo district").
_UNIT_NAMED = re.compile(rf"\s(?:{_UNIT_WORD}|district)$", re.IGNORECASE)


def _own_unit(h: PlaceHit, text: str, named: set[str]) -> bool:
    """A unit named with its kind ("Myinmu Township", "the Korenevo district") that lies in
    a region the report names, or that no other place of the gazetteer shares its name
    with: not the homonym of a village the gazetteer lacks."""
    if _UNIT_NAMED.search(h.text) and h.match.adm1_code in named:
        return True
    return _UNIT_WORDS.match(text, h.end) is not None and not any(
        normalise(a.matched_name) == normalise(h.match.matched_name)
        for a in h.match.alternatives)


#: A name followed by what it is, with its country's adjective ("Tyotkino, a Russian
#: village on the border", "Sittwe, the Rakhine state capital").
_DESCRIBED = re.compile(r",\s+(?:an?|the)\s+(?P<what>(?:[A-Za-z-]+\s+){1,3}?)"
                        r"(?:village|town|city|settlement|hamlet|locality|district|port)\b")
#: ... or preceded by it ("the Malian town of Boulkessi", "a remote Nigerien village of
#: Tassia"): the kind and "of" may be part of the hit.
_DESCRIBED_BEFORE = re.compile(r"\b(?:an?|the)\s+(?P<what>(?:[A-Za-z-]+\s+){1,3}?)"
                               r"(?:village|town|city|settlement|hamlet|locality|port)\s+of\s+$",
                               re.IGNORECASE)
_KIND_OF = re.compile(r"(?:village|town|city|settlement|hamlet|locality|port)\s+of\s+",
                      re.IGNORECASE)
#: ... or listed after it in the plural ("the southern Lebanese villages of A, B and C",
#: "the Russian border towns of X and Y"): each name listed is of that country.
_DESCRIBED_LIST = re.compile(r"\b(?:the|some|several|two|three|four|five)\s+"
                             r"(?P<what>(?:[A-Za-z-]+\s+){1,3}?)(?:villages|towns|cities|"
                             r"settlements|hamlets|localities|communities)\s+of\s+"
                             r"(?:[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)?\s*(?:,\s*(?:and\s+)?|"
                             r"\s+and\s+))*$", re.IGNORECASE)
#: ... or put on its country's side of a border, after the list it ends ("near Tyotkino and
#: Popovo-Lezhachi, on the Russian side of the border").
_SIDE_OF_BORDER = re.compile(r"(?:(?:\s*,|\s+and|\s+or)\s+[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)*"
                             r"\s*,\s+(?:just\s+)?on\s+the\s+(?P<what>[A-Z][\w-]+)\s+side\s+"
                             r"of\s+the\s+(?:border|frontier)\b")


def _described_as(text: str, hit: PlaceHit) -> set[str]:
    """Countries whose nationality word describes the place ``hit`` (after it or before
    it, or the side of a border it lies on): the text itself says which country's village
    it is."""
    after = _DESCRIBED.match(text, hit.end)
    kind = _KIND_OF.match(hit.text)
    before = _DESCRIBED_BEFORE.search(text[max(0, hit.start - 60):hit.start]
                                      + (kind.group(0) if kind else ""))
    side = _SIDE_OF_BORDER.match(text, hit.end)
    listed = _DESCRIBED_LIST.search(text[max(0, hit.start - 160):hit.start])
    return {c for m in (after, before, side, listed) if m for c in nationalities(m["what"])}


def _as_described(text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
    """A village the text says is of a country by its people's adjective ("the southern
    Lebanese villages of Chihine and Houla", "the Malian town of Boulkessi") is that
    country's namesake, not a better-known town of that name across the border; a
    nationality word elsewhere in the sentence decides nothing ("Russian troops near
    Pokrovsk")."""
    return [replace(h, match=_described_namesake(text, h)) for h in hits]


def _described_namesake(text: str, hit: PlaceHit) -> Match:
    """The match of ``hit``, or its namesake in the country the text describes it as of."""
    m = hit.match
    if m.kind == "place" and m.alternatives:
        told = _described_as(text, hit)
        if told and m.country not in told:
            return next((a for a in m.alternatives if a.kind == "place" and a.country in told),
                        m)
    return m


def _near(place: Match, anchor: Match, km: float = 0) -> bool:
    """Within reach of a place or region the text names: a town a few dozen kilometres
    from the region named is that town ("Mirebalais" beside "Port-au-Prince"); a homonym
    of a village the gazetteer lacks lies far off, in another part of the country."""
    return _km(place, anchor) <= (km or _NEAR_KM)


def _km(a: Match, b: Match) -> float:
    """Rough distance in km between two points (equirectangular: short distances only)."""
    lat = np.radians((a.lat + b.lat) / 2)
    return float(np.hypot((a.lon - b.lon) * np.cos(lat), a.lat - b.lat)) * 111.0


_VILLAGE_WORDS = re.compile(r"(?:the\s+)?(?:village|hamlet|settlement)\s+of\b", re.IGNORECASE)
#: A place described right after its name as a village or a small town ("Gedeb, a small
#: rural town in …", "X, a remote village of the district"): small, whatever the size of a
#: namesake elsewhere.
_SMALL_AFTER = re.compile(r",\s+an?\s+(?:(?:[a-z-]+\s+){0,2}?(?:village|hamlet)|"
                          r"(?:(?:small|tiny|little|rural|remote)\s+){1,3}(?:town|settlement|"
                          r"locality|community))\b")
#: A name listed under a plural word for villages ("the villages of A and B", "the
#: settlements of A, B and C"): each of them is a village, whatever the size of a namesake.
_LISTED_VILLAGES = re.compile(r"\b(?:villages|hamlets|settlements)\s+(?:of\s+)?"
                              r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:,\s*(?:and\s+|or\s+)?|"
                              r"\s+(?:and|or)\s+))+$")
#: A place whose part ground forces are told to have slipped or pushed into ("infiltrated the
#: north-western part of X", "pushed into the southern outskirts of X"): a place on the front
#: line, so where its paragraph names only towns far off in another region it is a village the
#: gazetteer lacks there, whatever the size of a namesake elsewhere.
_GROUND_PART = re.compile(r"\b(?:infiltrat\w*|pushed|pushing|advanced|advancing|broke|broken)"
                          r"\s+(?:(?:further|deeper)\s+)?(?:into\s+)?the\s+(?:(?:north|south|east|"
                          r"west)(?:-?(?:east|west))?ern|central|outer)\s+(?:parts?|outskirts|"
                          r"districts?|quarters?|edge)\s+of\s+(?:the\s+)?$")
#: A line headed by a district of the region ("- Izium district: power lines hit in A and a
#: truck damaged in B"): the places it lists are its villages, whatever the size of a
#: namesake elsewhere.
_DISTRICT_HEAD = re.compile(r"[^\w\n]*(?P<head>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+"
                            r"(?:(?:urban|municipal|rural|city)\s+)?(?:district|raion|rayon|"
                            r"community|hromada|okrug)\s*(?::|[\-–—](?=\s))[^\n]*", re.IGNORECASE)


def _heads_placed(text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
    """A village listed in a line headed by a district ("🔸 Borisovka district — the
    village of X came under shelling", "- Izium district: …") lies in that district: a
    namesake the gazetteer knows only in another region is another village (the one it
    lacks there). The namesake in the head's region is taken if the gazetteer has one,
    else the head's place at its precision; the name told again bare is the same place."""
    out = list(hits)
    for i, h in enumerate(hits):
        m = h.match
        if m.kind != "place" or (m.population or 0) >= _VILLAGE or not m.adm1_code:
            continue
        line = text.rfind("\n", 0, h.start) + 1
        head = _DISTRICT_HEAD.fullmatch(text, line, h.start)
        if head is None:
            continue
        unit = next((o for o in hits if o.match.adm1_code and o.start < head.end("head")
                     and head.start("head") < o.end and o.match.kind != "country"), None)
        if unit is None or unit.match.adm1_code == m.adm1_code:
            continue
        there = next((a for a in m.alternatives if a.kind == "place"
                      and a.adm1_code == unit.match.adm1_code), None)
        name = _written_name(h.text)
        there = there or replace(
            unit.match, kind="place", name=name, matched_name=name, population=None,
            alternatives=(), geo_precision="district" if _is_unit(unit.match) else "near")
        # the same record, however a relative phrase ("near the village of X") moved it
        spot = (m.adm1_code, m.lon, m.lat)
        out = [replace(o, match=there) if j == i or o.key == h.key and _written_name(o.text)
               == name and (o.match.adm1_code, o.match.lon, o.match.lat) == spot else o
               for j, o in enumerate(out)]
    return out


def _under_district_head(text: str, start: int) -> bool:
    """Whether the place at ``start`` is listed in a line headed by a district
    (:data:`_DISTRICT_HEAD`)."""
    line = text.rfind("\n", 0, start) + 1
    return _DISTRICT_HEAD.fullmatch(text, line, start) is not None


#: A part of a town ("the Kyivskyi district" of Kharkiv): as small as a village, whatever
#: the size of a namesake elsewhere.
_QUARTER_WORDS = re.compile(r"\b(?:district|neighbou?rhood|quarter|microdistrict)$",
                            re.IGNORECASE)
#: The same parts of a town listed under one plural kind word ("the Shevchenkivskyi and
#: Kyivskyi districts were hit", "the A, B and C neighbourhoods"): each as small as one.
_LISTED_QUARTERS = re.compile(r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]*)*\s+"
                              r"(?:districts|neighbou?rhoods|quarters|microdistricts)\b")
#: Kilometres from a named place or region's point within which a small place is taken at
#: its word rather than for a homonym.
_NEAR_KM = 150
#: Inhabitants below which a place is a village: one whose region its paragraph (else the
#: report) does not name, while it names other regions of its country, is a homonym.
_VILLAGE = 10_000


def _country_named(hits: list[PlaceHit], hit: PlaceHit, starts: list[int],
                   paragraph: int, text: str) -> bool:
    """Does the paragraph of ``hit`` name its country by another place? Not by another
    village: a list of villages under a region of another country ("liberated 10
    settlements: A, B, C …") holds several the gazetteer knows only elsewhere, nor by a
    name the text calls a village whose namesake is a town ("the settlements of A and B",
    B a town's district far off), nor by the same name told again ("… while A sits further
    inside Russian territory. Paratroopers stormed A")."""
    return any(h is not hit and h.key != hit.key and h.match.country == hit.match.country
               and (h.match.kind != "place" or (h.match.population or 0) >= _VILLAGE)
               and not _named_as_village(h, text)
               and bisect.bisect_right(starts, h.start) == paragraph for h in hits)


def _named_as_village(h: PlaceHit, text: str) -> bool:
    """The text calls the place a village ("the village of A", "the settlements of B, C
    and A")."""
    return h.match.kind == "place" and (
        _VILLAGE_WORDS.match(h.text) is not None
        or _LISTED_VILLAGES.search(text, max(0, h.start - 160), h.start) is not None)


@dataclass
class _Scan:
    """One report being scanned; ``ambiguous`` collects the keys of names that several
    equally plausible places share, for the ``second_pass``."""

    text: str
    folded: str
    offsets: list[int]
    masked: list[tuple[int, int]]
    geocoder: Geocoder
    ambiguous: set[str] = field(default_factory=set)
    second_pass: bool = False

    def accepted(self, automaton: ahocorasick.Automaton, countries: set[str], named: set[str],
                 context: tuple[Match, ...] = (), country: str | None = None) -> list[PlaceHit]:
        spans = [(self.offsets[fstart], self.offsets[fend - 1] + 1, key)
                 for fstart, fend, key in _scan(self.folded, automaton)]
        return _accepted(self, spans, countries, named, context, country)

    def respelled(self, country: str, countries: set[str], named: set[str],
                  found: list[PlaceHit]) -> list[PlaceHit]:
        """Towns of ``country`` written in another romanisation than any the gazetteer
        lists ("Hulyaipole", "Myrnograd"), nowhere inside a name already found. Only towns
        whose people the gazetteer counts: a loose spelling of a hamlet is as likely a
        namesake elsewhere."""
        spans = [(start, end, key) for start, end, key in _respellings(self.text, country,
                                                                        self.geocoder)
                 if not any(h.start < end and start < h.end for h in found)]
        return [h for h in _accepted(self, spans, countries, named, (), country)
                if h.match.kind == "place" and h.match.country == country
                and h.match.population]


def _accepted(scan: _Scan, spans: list[tuple[int, int, str]], countries: set[str],
              named: set[str], context: tuple[Match, ...],
              country: str | None = None) -> list[PlaceHit]:
    """Names at ``spans`` (start, end, gazetteer key) that are places; ``country`` is the
    one whose towns were searched (the geocoder offers a small town abroad only when told
    its country)."""
    text, masked = scan.text, scan.masked
    rules = _rules()
    out = []
    for start, end, key in spans:
        if key in rules.reject or any(s < end and start < e for s, e in masked):
            continue
        if not (text[start].isupper() or _LOWER_ARTICLE.match(text, start)) \
                or _inside_proper_name(text, start, end, rules) \
                or _not_a_place(text, start, end):
            continue
        bare = start, end
        start, end = _with_affixes(text, start, end, key)
        query = _with_relative(text, start, end)
        begin = end - len(query) if query != text[start:end] else start
        listed = _LIST_OF_REGIONS.match(text, end) if query == text[start:end] else None
        if listed:  # "the Odesa, Mykolaiv and Volyn regions", "Borno and Adamawa states"
            query = f"{query} {listed['kind'].lower()[:-1]}"
        found = scan.geocoder.lookup(query, None, context)
        if found.match is None and not found.candidates and country is not None:
            found = scan.geocoder.lookup(query, country, context)
        elif found.match is None and country is not None and country in named \
                and not any(c.country in countries | named for c in found.candidates):
            # a town of a country the text names as a place, whose name only villages
            # of countries it never names share ("Dori", in a report on Burkina Faso)
            own = scan.geocoder.lookup(query, country, context)
            if own.match is not None:
                found = own
        if found.match is None and not found.candidates and _SETTLEMENT_OF.match(query):
            found = _district_as_town(scan.geocoder, query, context)
        if found.match is None and not found.candidates and bare != (start, end) \
                and _UNIT_AFFIX.search(query):
            # a unit below a region named after its town ("the Téra department", "Tillia
            # commune"), where the gazetteer knows no unit of that name: its town
            start, end = bare
            begin = start
            query = text[start:end]
            found = scan.geocoder.lookup(query, None, context)
            if found.match is None and not found.candidates and country is not None:
                found = scan.geocoder.lookup(query, country, context)
        if found.match is None and not found.candidates and query == text[start:end]:
            found = _area_of_town(scan.geocoder, query, context, country)
        if found.candidates and not context:
            scan.ambiguous.add(key)
        if _namesake_region(found.match):
            if not scan.second_pass:
                scan.ambiguous.add(key)  # read again beside the report's other places
                continue
            if found.match.country not in countries:  # "the Nigerian army … in Adamawa"
                found = replace(found, match=next(
                    (alt for alt in found.match.alternatives
                     if alt.kind == "region" and alt.country in countries), found.match))
        match = _prefer_countries(found.match, named)
        if match is not None and match.population is None and query != text[start:end]:
            match = _with_base_population(scan.geocoder, text[start:end], match, context)
        if match is not None and match.kind == "country" and query != text[start:end]:
            match = _relative_to_unit(scan.geocoder, text[start:end], query, match, context)
        if match is not None and match.kind == "place":
            # "the Lebanese village of Houla": Lebanon's, however large a namesake abroad,
            # and a place however small, as the text says whose it is
            hit = PlaceHit(begin, end, text[begin:end], key, match)
            match = _described_namesake(text, hit)
            if match is not hit.match or match.country in _described_as(text, hit):
                out.append(replace(hit, match=match))
                continue
        if match is None or not _plausible(text, start, match, countries, rules) \
                or match.kind == "country" and _VALLEY_OR_RIVER.match(text, end) \
                or _names_its_people(text[begin:end], match, text[end:end + 80]):
            continue
        out.append(PlaceHit(begin, end, text[begin:end], key, match))
        if country is not None and match.kind == "place" and match.country != country \
                and (match.population or 0) < rules.min_population:
            # a village abroad the whole gazetteer offers, where this country has one of
            # that name too: that one as well, for :func:`_unnamed_namesakes` to weigh
            own = scan.geocoder.lookup(query, country, context).match
            base = scan.geocoder.lookup(text[start:end], country, context).match \
                if own is not None and own.population is None and query != text[start:end] \
                else None  # a relative phrase ("near Téra") keeps its town's size
            if base is not None and own is not None and base.adm1_code == own.adm1_code:
                own = replace(own, population=base.population)
            if own is not None and own.kind == "place" and own.country == country:
                out.append(PlaceHit(begin, end, text[begin:end], key, own))
    return out


#: Forces right after a name, past the unit's own name and a word of its kind ("Chechen
#: fighters", "a Chechen soldier", "the Chechen "Akhmat" Spetsnaz battalion", "a Chechen
#: paramilitary formation", "Chechen special forces", "an ethnic Rakhine armed group").
_FORCE_AFTER = re.compile(r"\s+(?:[\"“]?[A-Z][\w'’-]*[\"”]?\s+){0,3}(?:(?:paramilitary|special|"
                          r"armed|military|elite|volunteer|irregular)\s+)?(?:fighters?|troops|"
                          r"forces|units?|soldiers?|servicem[ae]n|militants?|rebels?|"
                          r"militia(?:s|men)?|battalions?|regiments?|brigades?|volunteers?|"
                          r"commanders?|mercenar(?:y|ies)|contingents?|formations?|"
                          r"detachments?|paramilitar(?:y|ies)|(?:armed|rebel|insurgent)\s+groups?)\b")


def _names_its_people(written: str, match: Match, after: str) -> bool:
    """A region's name cut short to its adjective ("Chechen" of "Chechen Republic") before
    forces ("Chechen fighters"): who the forces are, no place at all."""
    return match.kind == "region" and \
        match.matched_name.lower().startswith(written.strip().lower() + " ") and \
        _FORCE_AFTER.match(after) is not None


def _district_as_town(geocoder: Geocoder, query: str, context: tuple[Match, ...]) -> Lookup:
    """A town the gazetteer keeps only as the district named after it ("the town of Um
    Al-Qura", "the city of Um Rawaba"): the district, found by the bare name."""
    found = geocoder.lookup(_SETTLEMENT_OF.sub("", query), None, context)
    return found if found.match is not None and found.match.kind == "district" else \
        Lookup(None, "no district of that name")


#: A town's area named with a region word after it ("the Tyre region", "the Djibo area").
_TOWN_AREA = re.compile(r"^(?:the\s+)?(?P<name>.+?)\s+(?:region|area)$", re.IGNORECASE)


def _area_of_town(geocoder: Geocoder, query: str, context: tuple[Match, ...],
                  country: str | None) -> Lookup:
    """A town's area called a region where no unit bears its name ("an excavator was hit in
    the Tyre region", "attacks in the Djibo area"): the town, at its district's precision."""
    m = _TOWN_AREA.match(query)
    none = Lookup(None, "no town of that name")
    if m is None:
        return none
    found = geocoder.lookup(m["name"], None, context)
    if found.match is None and not found.candidates and country is not None:
        found = geocoder.lookup(m["name"], country, context)
    if found.match is None or found.match.kind != "place":
        return none
    return replace(found, match=replace(found.match, geo_precision="district"))


#: What a town's name is written with ("the town of", "city of").
_SETTLEMENT_OF = re.compile(r"^(?:the\s+)?(?:town|city)\s+of\s+", re.IGNORECASE)


#: A name that opens with a lower-case Arabic article: "el-Obeid", "al-Fasher"; or with the
#: French elided article: "l'Artibonite", "l'Ouest".
_LOWER_ARTICLE = re.compile(r"(?:a[lnrsdtz]|e[lnrsdtz]|ash)-[A-Z]|l['’][A-Z]")


def _with_base_population(geocoder: Geocoder, name: str, match: Match,
                          context: tuple[Match, ...]) -> Match:
    """A relative phrase ("on the edge of El Fasher") keeps its town's size, so a city
    named that way is not taken for a village homonym."""
    base = geocoder.lookup(name, None, context).match
    if base is None and match.country:  # a town the geocoder offers only in its country
        base = geocoder.lookup(name, match.country, context).match
    if base is None or base.adm1_code != match.adm1_code:
        return match
    return replace(match, population=base.population)


def _relative_to_unit(geocoder: Geocoder, name: str, query: str, match: Match,
                     context: tuple[Match, ...]) -> Match:
    """A relative phrase about a territory the gazetteer keeps as a country ("the south of
    Gaza", "north of the West Bank") lies in the admin-1 unit the bare name stands for, as
    the bare name itself does (see `_prefer_countries`)."""
    base = _prefer_countries(geocoder.lookup(name, None, context).match, set())
    phrase = parse_relative(query)
    if base is None or base.kind != "region" or phrase is None:
        return match
    return replace(relative_apply(phrase, base), query=query)


#: The rest of a list of names that share one plural administrative word, written in
#: lower case or as part of the names ("the Sumy and Mykolaiv Regions"); each name is
#: looked up with that word ("Adamawa state" is Nigeria's, "Adamawa region" Cameroon's).
_LIST_OF_REGIONS = re.compile(
    r"(?:\s*,\s*[A-Z][\w'’-]+)*\s*,?\s*(?:(?:and|or)\s+[A-Z][\w'’-]+\s+)?"
    r"(?P<kind>[Rr]egions|[Oo]blasts|[Pp]rovinces|[Ss]tates|[Gg]overnorates)\b")


def _scan(folded: str, automaton: ahocorasick.Automaton) -> list[tuple[int, int, str]]:
    """Whole-word automaton hits in folded text as (start, end, key)."""
    out = []
    for last, (key, length) in automaton.iter(folded):
        start, end = last - length + 1, last + 1
        if (start == 0 or not folded[start - 1].isalnum()) and \
                (end == len(folded) or not folded[end].isalnum()):
            out.append((start, end, key))
    return out


#: Countries whose places are romanised from Cyrillic in many ways, all folded to one key
#: by :func:`geoapp.geocode.normalise.fold`.
_RESPELLED_COUNTRIES = frozenset({"UA", "RU", "BY"})
#: A capitalised name of one or two words inside a sentence, after a lower-case word or a
#: comma ("near Hulyaipole", "shelled Myrnograd", "Pokrovsk, Myrnograd"), where a capital
#: marks a name rather than the sentence's first word.
_PLACE_AFTER = re.compile(r"(?:\b[a-z]+|,)\s+(?P<name>[A-Z][a-z'’]{3,}(?:-[A-Z]?[a-z'’]+)?"
                          r"(?:\s+[A-Z][a-z'’]+)?)"
                          # not a unit or a street named after the town ("Ryazansky District")
                          r"(?!\s+(?:[Dd]istrict|[Rr]aion|[Rr]egion|[Oo]blast|[Ss]ector|"
                          r"[Dd]irection|[Aa]xis|[Hh]romada|[Cc]ommunity|[Ss]treet))")


def _respellings(text: str, country: str, geocoder: Geocoder) -> list[tuple[int, int, str]]:
    """Spans of ``text`` that name a place of ``country`` in a spelling the gazetteer lacks
    but folds to one of its own, with that place's key. A one-word name is tried alone too
    ("near Myrnograd Ukrainian troops…"); the folded key must be about as long as the
    written name, so that folding cannot shrink an English word onto a village."""
    by_fold = _keys_by_fold(geocoder, country)
    known = _known_keys(geocoder)
    out = []
    for m in _PLACE_AFTER.finditer(text):
        words = m["name"].split()
        for n in range(len(words), 0, -1):
            written = " ".join(words[:n])
            key = by_fold.get(fold(written))
            spelled = normalise(written)
            if spelled in known:
                break
            if key is not None and abs(len(key) - len(spelled)) <= 2:
                start = m.start("name")
                out.append((start, start + len(written), key))
                break
    return out


@cache
def _keys_by_fold(geocoder: Geocoder, country: str) -> dict[str, str]:
    """A key of each place of ``country`` by its folded spelling."""
    keys = _place_keys(geocoder).get(country, np.array([], dtype=object))
    return {fold(k): k for k in sorted(set(keys.tolist()), reverse=True)}


@cache
def _known_keys(geocoder: Geocoder) -> frozenset[str]:
    """Every spelling the scan already reads."""
    return frozenset(_usable_names(geocoder)["key"].tolist())


def _unnamed_namesakes(hits: list[PlaceHit], countries: set[str]) -> list[PlaceHit]:
    """Of two places found at one name, a locality of a country the report never names (by
    the country, another place of it or its people), whose inhabitants the gazetteer does
    not count, gives way to its namesake town in a country it does name ("Téra" of Sudan,
    found in the whole gazetteer, in a report on "the Nigerien army", which names a town of
    Téra in Niger). A town of counted size keeps its place: nationality words alone do not
    move it ("Russian troops near Pokrovsk" stay in Ukraine)."""
    def named(cc: str | None, key: str) -> bool:
        return cc in countries or any(o.key != key and o.match.country == cc for o in hits)

    out = []
    for h in hits:
        m = h.match
        if m.kind == "place" and not m.population and not named(m.country, h.key) and any(
                o.start == h.start and o.end == h.end and o.match.kind == "place"
                and o.match.country != m.country and (o.match.population or 0) > 0
                and named(o.match.country, h.key) for o in hits):
            continue
        out.append(h)
    return out


def _longest_first(hits: list[PlaceHit]) -> list[PlaceHit]:
    """Drop hits inside longer ones ("Kursk" inside "the Kursk region"); sort by position."""
    kept: list[PlaceHit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if not any(k.start < hit.end and hit.start < k.end for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def _as_regions_named(hits: list[PlaceHit], text: str) -> list[PlaceHit]:
    """A bare "Kursk" means the Kursk region in a report that calls it so elsewhere, or
    when the text names the region's authority after it ("Kursk's acting governor",
    "Belgorod governor Vyacheslav Gladkov"); a name written as a settlement ("the city of
    Sumy") stays the settlement."""
    regions = {h.key: h.match for h in hits if h.match.kind == "region"}
    out = []
    for h in hits:
        m = h.match
        if m.kind == "place" and m.geo_precision == "exact" and not (
                _SETTLEMENT_OF.match(h.text) or _VILLAGE_WORDS.match(h.text)):
            region = regions.get(h.key)
            if region is None and _REGIONAL_AUTHORITY.match(text, h.end):
                region = next((a for a in m.alternatives if a.kind == "region"), None)
            if region is not None and region.adm1_code == m.adm1_code:
                h = replace(h, match=region)
        out.append(h)
    return out


#: A regional authority after a name: "'s acting governor", " regional administration".
_REGIONAL_AUTHORITY = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:governor|regional\s+"
                                 r"(?:administration|military\s+administration|authorities|"
                                 r"council))\b")


#: What joins a town or region to a part of it named after it: "Donetsk's Kuibyshevskyi
#: district", "Khartoum's northern Bahri district".
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:(?:north|south|east|west|central)\w*\s+)?")
#: Kilometres from a town's point within which a part of it (a quarter, a suburb) lies.
_PART_KM = 25


def _parts_of_owners(hits: list[PlaceHit], text: str) -> list[PlaceHit]:
    """A district or quarter named as a part of a town or region ("Donetsk's Kuibyshevskyi
    district", "Beirut's Haret Hreik district") is one place with its owner: the part when
    it lies there, else a namesake of it in the owner's region, else the owner itself,
    never a same-named district elsewhere (Zaporizhzhia's former Kuibyshevskyi raion)."""
    out: list[PlaceHit] = []
    for i, hit in enumerate(hits):
        town = hits[i + 1] if i + 1 < len(hits) else None
        if town is not None and _is_part_before(hit, town, text):
            # "the "Noviy" district of Chasiv Yar": the part, named before its town, lies
            # in the town's region, else it is the town itself
            m, o = hit.match, town.match
            if m.adm1_code != o.adm1_code and not _near(m, o, _PART_KM):
                namesake = next((a for a in m.alternatives if a.kind in ("place", "district")
                                 and a.adm1_code == o.adm1_code), None)
                hit = replace(hit, match=namesake or o)
        owner = out[-1] if out else None
        if owner is None or not _is_part(owner, hit, text):
            out.append(hit)
            continue
        o, m = owner.match, hit.match
        if m.adm1_code == o.adm1_code or o.kind == "place" and _near(m, o, _PART_KM):
            merged = hit
        else:
            namesake = next((a for a in m.alternatives if a.kind in ("place", "district")
                             and a.adm1_code == o.adm1_code), None)
            merged = replace(hit, match=namesake) if namesake else owner
        out[-1] = replace(merged, start=owner.start, end=hit.end,
                          text=text[owner.start:hit.end])
    return out


#: What joins a part of a town, named first, to the town: "the "Noviy" district of Chasiv
#: Yar", "the Kanal neighbourhood of the town of Chasiv Yar".
_PART_OF_GAP = re.compile(r"[\"”’']?(?P<kind>\s+(?:micro)?district|\s+neighbou?rhood|"
                          r"\s+quarter)?\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?")
#: A region's unit word right after a name ("… of Dnipropetrovsk region").
_UNIT_WORD_AFTER = re.compile(r"\s+(?:region|oblast|province|state)\b", re.IGNORECASE)


def _is_part_before(hit: PlaceHit, town: PlaceHit, text: str) -> bool:
    """Is ``hit`` written as a quarter of the town named right after it? Never a district
    of a region ("the Synelnykove district of Dnipropetrovsk region")."""
    gap = _PART_OF_GAP.fullmatch(text, hit.end, town.start)
    return gap is not None and town.match.kind == "place" and hit.match.kind == "place" \
        and (_QUARTER_WORDS.search(hit.text) is not None or gap["kind"] is not None) \
        and not _LIST_OF_REGIONS.match(text, town.end) \
        and not _UNIT_WORD_AFTER.match(text, town.end)


def _is_part(owner: PlaceHit, hit: PlaceHit, text: str) -> bool:
    """Is ``hit`` written as a part of the town or region just before it?"""
    o, m = owner.match, hit.match
    return o.kind in ("place", "region") and m.kind in ("place", "district") \
        and _POSSESSIVE_GAP.fullmatch(text, owner.end, hit.start) is not None \
        and (m.kind == "district" or _QUARTER_WORDS.search(hit.text) is not None
             or o.kind == "place" and _near(m, o, _PART_KM))


#: A month cut short before its day ("on Nov. 19", "Sept 3"): a date, no place ("Nov").
_MONTH_ABBREVIATION = re.compile(r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")
_DAY_AFTER = re.compile(r"\.?\s+\d{1,2}\b")


#: A nation's adjective before a kind of settlement written in lower case ("had taken one
#: more Ukrainian village", "a Syrian town"): some settlement of that country, not the
#: namesake quarter abroad ("Ukrainian Village", Chicago) the name matches case-blind.
_DEMONYM_AND_KIND = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish)\s+(?:village|villages|town|towns|"
                               r"city|cities|settlement|settlements|hamlet|district)")


#: A person's age set off by commas after the name ("Ayub Salim, 26, told", "Rana, 31, a
#: nurse"): a person, not the village of that name; a number of a list or a distance
#: ("Bakhmut, 12 km", "Kursk, 40, Belgorod") is followed by no lower-case word.
_AGE_AFTER = re.compile(r",[ \t]+(?:aged[ \t]+)?\d{1,2},[ \t]+[a-z]")


#: Where a sentence, a line or a quotation begins: the word after it is capitalised for
#: being first (see ``sentence_openers`` in ``cues/places.toml``).
_SENTENCE_START = re.compile(r"(?:\A|[.!?:;][\"”’)]?[ \t]+|\n[ \t]*|[\"“‘(][ \t]*)\Z")


def _not_a_place(text: str, start: int, end: int) -> bool:
    """'NIS' (an acronym), 'Tal' of 'Tal al-Sultan', 'the Dnipro' (the river), 'the month
    of Muharram' (a holiday), 'Nov.' of 'on Nov. 19' (a date); not 'the West Bank', whose
    own name says what it is, nor a name of three words or more ('the Boucle du Mouhoun',
    a region, not its river), nor the first of a long list of regions ("the Kirovohrad,
    Odesa, Kherson and Mykolaiv regions"). An acronym that names a region as one side calls
    it ("the Seversk axis of the DPR", ``curated.EXTRA_REGION_ALIASES``) is that region."""
    word = text[start:end]
    if word.isupper() and len(word) <= 4:
        return word not in _REGION_ACRONYMS and not _CAPS_SECTOR.match(text, end)
    if normalise(word) in _rules().sentence_openers \
            and _SENTENCE_START.search(text, max(0, start - 6), start):
        return True
    if _DEMONYM_AND_KIND.fullmatch(word):
        return True
    if _MONTH_ABBREVIATION.fullmatch(word) and _DAY_AFTER.match(text, end):
        return True
    if _FEAST_BEFORE.search(text, max(0, start - 40), start) \
            or _KIN_BEFORE.search(text, max(0, start - 30), start) \
            or _AGE_AFTER.match(text, end) \
            or _PART_OF_TOLD.search(text, max(0, start - 80), start):
        return True
    if _SLOGAN_GOAL_BEFORE.search(text, max(0, start - 30), start) and \
            _QUOTE_CLOSE.match(text, end):
        return True
    if _ROUTE_END_FIRST.match(text, end) or (
            _ROUTE_END_SECOND.search(text, max(0, start - 40), start)
            and _ROUTE_SERVICE.match(text, end)):
        return True
    if re.match(r"-\w|\s+(?:al|el|ad|ar|as|an|ash)-", text[end:end + 5]) and \
            not _HYPHENED_ROAD.match(text, end):
        return True
    if _BANK_AFTER.match(text, end) and _named_river(text, word):
        return True
    return re.search(r"\bthe\s+$", text[max(0, start - 5):start]) is not None \
        and len(word.split()) < 3 \
        and not re.search(rf"\s{_AFTER_THE}$", word, re.IGNORECASE) \
        and not _STATE_WORD.search(word) \
        and not _LIST_OF_REGIONS.match(text, end) \
        and not _NAMED_ATTACK.match(text, end) \
        and not re.match(rf"[\s\w,'’–-]{{0,30}}?\b{_AFTER_THE}s?\b", text[end:end + 40],
                         re.IGNORECASE)


#: A bank after a name, possibly past its possessive and a side ("captured Dnipro bank",
#: "the Dnipro's eastern bank", "the Dnipro left bank"): a river's bank where the report
#: names that river (:func:`_named_river`), not the city named like it; "Kyiv's left bank"
#: in a report naming no Kyiv river stays the city's part.
_BANK_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?:(?:eastern|western|northern|southern|east|west|"
                         r"north|south|left|right|opposite|far|other|near)[ \t]+)?"
                         r"(?:river[ \t]*)?banks?\b", re.IGNORECASE)


def _named_river(text: str, word: str) -> bool:
    """Whether the report names ``word`` as a river ("the Dnipro River", "the river
    Dnipro")."""
    name = re.escape(word)
    return re.search(rf"\b{name}[ \t]+(?:River|river)\b|\b(?:River|river)[ \t]+{name}\b",
                     text) is not None


#: An attack named after the place it hit, the name right before it ("responded to the
#: Boulkessi attack", "survivors of the Tarkint ambush"): where it happened. Only right
#: before: a river named before a later attack ("crossed the Dnipro after the attack")
#: stays a river.
_NAMED_ATTACK = re.compile(r"[ \t]+(?:attack|assault|raid|ambush)\b", re.IGNORECASE)


#: A place as the goal of a quoted phrase of the road or path to it ("killed 'on the road to
#: Jerusalem'", "martyred "on the path to al-Quds""): a slogan of the cause, not where anyone
#: died.
_SLOGAN_GOAL_BEFORE = re.compile(r"[\"“‘'](?:on\s+)?the\s+(?:road|path|way)\s+to\s+$",
                                 re.IGNORECASE)
_QUOTE_CLOSE = re.compile(r"[\"”’']")


#: A valley or river that shares a country's name ("the Jordan Valley", "the Congo River"):
#: a feature, often not even in that country.
_VALLEY_OR_RIVER = re.compile(r"\s+(?:Valley|River|river|valley)\b")


#: A train, bus or flight named by the two ends of its route ("the Odesa–Kyiv train", "a
#: Kharkiv-Lviv passenger train"): where it runs between, not where it was hit.
_ROUTE_SERVICE = re.compile(r"\s+(?i:(?:(?:passenger|express|intercity|night|evacuation|"
                            r"commuter|shuttle)\s+)?(?:trains?|bus|buses|flights?|ferry|"
                            r"ferries|coach|coaches))\b")
_ROUTE_END_FIRST = re.compile(r"[-–—][A-Z][\w'’]*(?:[-\s][A-Z][\w'’]*)?" + _ROUTE_SERVICE.pattern)
_ROUTE_END_SECOND = re.compile(r"\b[A-Z][\w'’]*[-–—]$")


#: The words after a front sector named by two towns joined by a dash ("the Lyman-Kupiansk
#: direction", "the Pokrovsk-Myrnohrad agglomeration"): both are towns of it.
PAIRED_SECTOR_WORDS = r"(?:direction|sector|front|agglomeration)\b"
#: A road named by two towns joined by a hyphen ("the Shwebo-Myitkyina highway"), or such a
#: sector: the first is a town, not part of a hyphenated name.
_HYPHENED_ROAD = re.compile(r"-[A-Z][\w'’]+\s+(?:road|highway|motorway|route|axis|corridor)\b|"
                            rf"-(?-i:[A-Z])[\w'’]+\s+{PAIRED_SECTOR_WORDS}", re.IGNORECASE)


#: Acronyms the gazetteer holds as a region's name ("DPR", "LNR"): no agency or unit.
_REGION_ACRONYMS = frozenset(a for names in EXTRA_REGION_ALIASES.values() for a in names
                             if a.isupper() and len(a) <= 4)


#: Words of a state's own name after "the" ("the Democratic Republic of Congo", "the United
#: Arab Emirates"): no river is so named.
_STATE_WORD = re.compile(r"\b(?:Republic|Kingdom|States|Emirates|Federation)\b")


#: What names a holiday or a month of a calendar, not a place: "the holy month of
#: Ramadan", "the feast of Eid al-Adha", "the festival of Thingyan".
_FEAST_BEFORE = re.compile(r"\b(?:month|feast|festival|holiday|holidays|fast|celebrations?|"
                           r"festivities)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


#: A part of a place just told, named after its possessive, also in a list ("the city's
#: Kyivskyi and Industrialnyi districts", "the capital's Obolon district"): a quarter of
#: that place, not a namesake elsewhere.
_PART_OF_TOLD = re.compile(r"\b(?i:the)\s+(?i:city|town|capital|village)['’]s\s+"
                           r"(?:[A-Z][\w'’-]*(?:,\s+(?:and\s+)?|\s+and\s+))*$")


#: A relative named right after the word for him or her: "another son, Adam,", "his brother
#: Yusuf", "their daughter Sara" — a person, not the hamlet of that name.
_KIN_BEFORE = re.compile(r"\b(?:sons?|daughters?|brothers?|sisters?|wife|husband|father|"
                         r"mother|cousins?|nephews?|nieces?|uncles?|aunts?|grandsons?|"
                         r"granddaughters?|grandfather|grandmother|brother-in-law|"
                         r"sister-in-law|son-in-law|daughter-in-law|fianc[eé]e?|widow|"
                         r"widower),?[ \t]+$", re.IGNORECASE)


#: What may follow "the <place>" when it is a place and not a river ("the Dnipro"):
#: "the Kursk region", "the Nuseirat camp", "the Kupiansk direction", "the Diafarabe
#: garrison" (a military post named after its town), "the Idlib countryside" (the
#: province around a city), "the Kayes–Bamako road" (a road named by its two towns), "the
#: Kupiansk forest", "the Bakhmut heights" (ground by a town, named after it).
_AFTER_THE = ("(?:region|oblast|province|state|krai|district|governorate|city|area|camp|"
              "countryside|"
              "direction|sector|front|axis|axes|theatre|theater|salient|pocket|bridgehead|"
              "enclave|corridor|border|airport|air base|airbase|base|port|"
              "plant|refinery|terminal|depot|factory|dam|hospital|prison|market|station|"
              "oil ?field|oilfield|gas ?field|"
              # a mine named after its town ("the Pokrovsk coal mine", "the Rubaya
              # mines"), not a landmine someone hit ("the Dnipro ... hit a mine")
              "(?<!\\ba )(?<!\\ban )mine|"
              "neighbou?rhood|strip|bank|republic|okrug|raion|rayon|county|municipality|"
              "community|hromada|township|department|commune|cercle|division|detachment|garrison|outpost|barracks|"
              "checkpoint|road|highway|forest|forests|woods|heights|hills|industrial zone|operation|"
              # a valley named after its region ("the Bekaa Valley")
              "valley|"
              # a range or field a force uses ("troops arriving at the Sergeevka training
              # ground", "the Kursk airfield"): the town it is named after
              "training ground|training centre|training center|airfield|"
              # a hub or junction named after its town ("the Yampil gas hub", "the
              # Lyman rail junction"): where it lies
              "hub|junction|"
              # a military post named after its town ("overran the Mansila post"), in
              # lower case only: "the Kyiv Post" is a newspaper
              "(?-i:post))")


#: A facility named after the town it serves, with capitals ("Atbara Airport", "Kassala
#: International Airport", "Singa Power Station", "Merowe Dam"): the town is where it lies.
#: So is a lake named after the town on its shore ("fighting along the shore of Kanta Lake"),
#: and a valley named after its region ("strikes on the Bekaa Valley"), and a works named
#: after its town by what it makes ("the Vuhledar Cement Plant", "the Sumy Tractor Factory",
#: "the Kursk Nuclear Power Plant").
_FACILITY_AFTER = re.compile(r"[ \t]+(?:International[ \t]+)?(?:Airport|Airfield|Airbase|"
                             r"Air[ \t]+Base|(?:Thermal[ \t]+)?Power[ \t]+Station|"
                             r"(?:[A-Z][\w-]*[ \t]+){0,3}(?:Plant|Factory|Works)|"
                             r"(?:Oil[ \t]+)?Refinery|Dam|Railway[ \t]+Station|Lake|Valley)\b")


#: An all-caps heading naming a front sector after a town or region, its kind word in
#: capitals too and the heading ending there ("SUMY AXIS.", "ZAPORIZHZHIA FRONT:",
#: "LYMAN DIRECTION"): the name is the place, not an acronym nor a word of a longer name.
_CAPS_SECTOR = re.compile(r"[ \t]+(?:AXIS|DIRECTION|SECTOR|FRONT)[ \t]*(?:[.:]|$)", re.M)


#: A local authority's title written with capitals after its place ("Kharkiv Mayor",
#: "Kherson Regional Governor", "Sumy Oblast Military Administration Head"), also a local
#: authority that counts the dead so named ("the Gaza Health Ministry", "the Gaza Ministry
#: of Health", "the Gaza Civil Defence"): the place it speaks for.
_TITLE_AFTER = re.compile(r"[ \t]+(?:(?:Regional|Region|Acting|Interim|City|Oblast|Provincial|"
                          r"State|Military|Administration|Deputy)[ \t]+){0,4}"
                          r"(?:Mayor|Governor|Administration[ \t]+Head|Police[ \t]+Chief|"
                          r"Health[ \t]+(?:Ministry|Department|Authority|Authorities)|"
                          r"Ministry[ \t]+of[ \t]+Health|Civil[ \t]+Defen[cs]e)\b")


def _inside_proper_name(text: str, start: int, end: int, rules: _Rules) -> bool:
    """'Volodymyr Zelensky', 'Korean War', 'Kyiv Independent': a name within another name."""
    after = re.match(r"[ \t]+([A-Z][\w'’]*)", text[end:])
    if after and (_TITLE_AFTER.match(text, end) or _FACILITY_AFTER.match(text, end)
                  or _PLURAL_KIND.fullmatch(after.group(1))):
        # the place of a capitalised title ("Kharkiv Mayor Ihor Terekhov") or of a facility
        # named by its town ("Atbara Airport", "Singa Power Station"), or the last of a list
        # of regions that share one capitalised plural kind word ("the Sumy and Kherson
        # Regions")
        after = None
    if after and after.group(1) not in rules.affix_words and not (
            text[start:end].isupper() and after.group(1).capitalize() in rules.affix_words) \
            and not _CAPS_SECTOR.match(text, end):
        return True  # an all-caps heading keeps its words: "DOSSO REGION", "SUMY AXIS."
    before = re.search(r"([A-Z][\w'’-]*)[ \t]+$", text[:start])
    if not before:
        return False
    word_start = before.start(1)
    sentence_start = re.search(r"(?:^|[.!?]\s+|\n)$", text[:word_start]) is not None
    word = before.group(1)
    return not sentence_start and word not in rules.affix_words \
        and word.lower() not in rules.locatives and not re.search(r"['’]s$", word)


#: A capitalised plural kind word that a list of regions shares ("… and Kherson Regions").
_PLURAL_KIND = re.compile(r"(?:Regions|Oblasts|Provinces|States|Governorates)")


#: A capitalised kind word and the comma after it ("Village, ", "Township, "): the end of
#: the name before, in a run of affix words.
_NAME_KIND_COMMA = re.compile(r"\b[A-Z][a-z]+\s*[,;:]")


def _with_affixes(text: str, start: int, end: int, key: str) -> tuple[int, int]:
    """Widen a name to the administrative words around it that the geocoder understands."""
    best = (start, end)
    tokens = affix_tokens()
    # within its line: a headline's last word ("… on a village") is no affix of the
    # dateline's place under it
    befores = [m.start() for m in re.finditer(r"\S+[ \t]+", text[max(0, start - 40):start])]
    # only runs of administrative words ("the city of", "Oblast") can widen the name, and
    # not across a capitalised kind word and its comma: that word ends the name before
    # ("Kuday Village, Hpakant Township"), no affix of this one (but "his village, X" is)
    befores = [b for b in befores if all(
        normalise(w) in tokens for w in text[start - (min(start, 40) - b):start].split())
        and not _NAME_KIND_COMMA.search(text[start - (min(start, 40) - b):start])]
    afters = [m.end() for m in re.finditer(r"[ \t]+[\w'’-]+", text[end:end + 30])][:3]
    afters = [a for a in afters if all(normalise(w) in tokens for w in text[end:end + a].split())]
    for b in [start - (min(start, 40) - x) for x in befores] + [start]:
        for a in [end] + [end + x for x in afters]:
            if (a - b) > (best[1] - best[0]) and split_affixes(normalise(text[b:a])).core == key:
                best = (b, a)
    return best


def _with_relative(text: str, start: int, end: int) -> str:
    """The name with a relative phrase before it ("20 km north of Kursk"), if any, also
    one opening a parenthesis ("Ivanivka (10 km east of Kupiansk)")."""
    name = text[start:end]
    words = re.findall(r"\S+", text[max(0, start - 50):start])
    for n in range(min(len(words), 6), 0, -1):
        candidate = " ".join(words[-n:] + [name]).removeprefix("(")
        phrase = parse_relative(candidate)
        if phrase and phrase.base.strip() == name:
            return candidate
    return name


def _namesake_region(match: Match | None) -> bool:
    """Is ``match`` a region whose name a region of another country shares about as well
    ("Adamawa": Cameroon's region or Nigeria's state; "Punjab")? The gazetteer alone
    cannot choose; the report's other places can."""
    return match is not None and match.kind == "region" and any(
        alt.kind == "region" and alt.country != match.country
        and alt.score >= _NAMESAKE_SCORE for alt in match.alternatives)


#: The score at which the geocoder rates another country's region about as well as its
#: pick: two regions of one name score 0.75 and 0.5, a name and a longer one 1.0 and 0.0.
_NAMESAKE_SCORE = 0.4


def _prefer_countries(match: Match | None, countries: set[str]) -> Match | None:
    """Of same-named places, one in a country the report is about ("Pokrovsk"). A
    territory the gazetteer keeps as a country but which is an admin-1 unit of it
    ("Gaza", "West Bank") is that unit: events there are mapped to the region; a country
    is not one of its units that merely carries its name as an alias ("Somalia" is not
    Somaliland)."""
    if match is not None and match.kind == "country":
        asked = set(normalise(match.matched_name).split())
        return next((alt for alt in match.alternatives
                     if alt.kind == "region" and alt.country == match.country
                     and set(normalise(alt.name).split()) <= asked), match)
    if match is None or match.country in countries or match.kind != "place":
        return match
    return next((alt for alt in match.alternatives
                 if alt.kind == "place" and alt.country in countries), match)


def _plausible(text: str, start: int, match: Match, countries: set[str], rules: _Rules) -> bool:
    """Regions and countries always; a town only after a locative word or its kind word
    ("The town of Sudzha was shelled"), when large, or when its country is one the report
    is about."""
    if match.kind != "place":
        return True
    kind_at = start + 4 if text[start:start + 4].lower() == "the " else start
    if (match.population or 0) >= rules.min_population or match.country in countries \
            or _KIND_OF.match(text, kind_at):
        return True
    before = text[max(0, start - 60):start]
    owner = _OWNER_BEFORE.search(before)
    if owner is not None:  # "in Niger's Téra department": the locative before its country
        before = before[:owner.start()]
    return rules.locative.search(before) is not None


#: A country's possessive between a locative and the town it owns ("fighting in Niger's
#: Téra department", "near Burkina Faso's Djibo").
_OWNER_BEFORE = re.compile(r"(?<=\s)(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+$")


@dataclass(frozen=True)
class _Rules:
    reject: frozenset[str]
    affix_words: frozenset[str]
    locatives: frozenset[str]
    locative: re.Pattern
    min_population: int
    always_search: frozenset[str]
    generic_region_words: frozenset[str]
    war_sides: tuple[frozenset[str], ...]
    sentence_openers: frozenset[str]


@cache
def _rules() -> _Rules:
    data = cues.load("places")
    accept = data["accept"]
    directions = cues.alternation(accept["directions"])
    locative = re.compile(rf"(?<![\w])(?:{cues.alternation(accept['locatives'])})"
                          rf"(?:\s+{directions}){{0,2}}\s+$", re.IGNORECASE)
    return _Rules(frozenset(normalise(n) for n in data["reject"]["names"]),
                  frozenset(data["reject"]["affix_words"]),
                  frozenset(w for w in accept["locatives"] if " " not in w), locative,
                  int(accept["min_population_anywhere"]), frozenset(accept["always_search"]),
                  frozenset(normalise(w) for w in accept["generic_region_words"]),
                  tuple(frozenset(sides) for sides in accept["war_sides"]),
                  frozenset(normalise(w) for w in data["reject"]["sentence_openers"]))


# -- folding and automata


_APOSTROPHE_S = re.compile(r"['’ʼ]s\b")


def _fold(text: str) -> tuple[str, list[int]]:
    """Text folded like the alias keys, with the original offset of every folded char."""
    text = _APOSTROPHE_S.sub(lambda m: " s", text)  # same length: "Russia's" → "Russia s"
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        for out in _fold_char(ch):
            if out == " " and (not chars or chars[-1] == " "):
                continue
            chars.append(out)
            offsets.append(i)
    return "".join(chars), offsets


@cache
def _fold_char(ch: str) -> str:
    if ch.isspace():
        return " "
    probe = normalise(f"a{ch}b")
    return "" if probe == "ab" else " " if probe == "a b" else probe[1:-1]


@cache
def _usable_names(geocoder: Geocoder) -> pd.DataFrame:
    """Spellings in Latin script, 3+ letters (Cyrillic and Hangul names are also there
    under their romanisations)."""
    names = geocoder.name_index()
    latin = names["key"].map(lambda k: k.isascii() and len(k) > 2).astype(bool)
    return names[latin]


@cache
def _global_automaton(geocoder: Geocoder) -> ahocorasick.Automaton:
    """Countries, regions and places of at least the 'anywhere' population."""
    names = _usable_names(geocoder)
    big = names["population"] >= _rules().min_population
    return _automaton(names.loc[(names["kind"] != "place") | big, "key"].to_numpy())


@cache
def _country_automaton(geocoder: Geocoder, cc: str) -> ahocorasick.Automaton:
    """Every place of one country (built when a report first names that country)."""
    return _automaton(_place_keys(geocoder).get(cc, np.array([], dtype=object)))


@cache
def _place_keys(geocoder: Geocoder) -> dict[str, np.ndarray]:
    """The place spellings of every country, split once (a comparison over all names for
    each new country cost more than its automaton)."""
    names = _usable_names(geocoder)
    places = names[names["kind"] == "place"]
    return {str(cc): keys.to_numpy() for cc, keys in places.groupby("country")["key"]}


#: A word of a key that may be a possessive in the text: "beiruts southern suburbs" is
#: written "Beirut's southern suburbs", which the text folds to "beirut s southern suburbs";
#: so may the last word of a name of several ("donetsk peoples", whose "Republic" is an
#: affix, is written "Donetsk People's Republic").
_POSSESSIVE_KEY = re.compile(r"(?<=[a-z])s (?=[a-z])|(?<=[a-z]{4})s$")


def _automaton(keys: np.ndarray) -> ahocorasick.Automaton:
    """Keys as the folded text may spell them; each word's value is (key, its length)."""
    automaton = ahocorasick.Automaton()
    for key in set(keys.tolist()):
        automaton.add_word(key, (key, len(key)))
        for m in _POSSESSIVE_KEY.finditer(key) if " " in key else ():
            spelled = f"{key[:m.start()]} {key[m.start():]}"
            if spelled not in automaton:
                automaton.add_word(spelled, (key, len(spelled)))
    if len(automaton) == 0:
        automaton.add_word("\x00", ("\x00", 1))
    automaton.make_automaton()
    return automaton
