"""Forward geocoding: a name (any language, script or romanisation) → place, district,
region or country, over one :class:`~geoapp.geocode.gazetteer.Gazetteer`.

Ranking, in order: what the phrase asks for ("Kursk region" → a region, "village of X" →
a place, "X district" → a district); the stated context (the country hint and the
qualifiers "Plekhovo, Kursk Oblast" or "Plekhovo (Sudzha district)" restrict, the other
places of a report prefer their regions); how exactly the name matched (a current primary
name beats an old alternate unless the alternate's place is ~30× larger); place type and
population; then closeness to the context. A bare name with several equally plausible
places in different regions is a miss that lists them ("ambiguous: …"), never a guess.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from geoapp.geocode import relative
from geoapp.geocode.affixes import (
    CITY,
    DISTRICT,
    GENERIC,
    KRAI,
    REGION_CLASSES,
    SETTLEMENT,
    Phrase,
    compatibility,
    split_affixes,
)
from geoapp.geocode.gazetteer import DISTRICT as DISTRICT_TYPE
from geoapp.geocode.gazetteer import NEIGHBOURHOOD, TOWNSHIP, Gazetteer
from geoapp.geocode.index import (
    ALTERNATE,
    COUNTRY,
    KIND_NAMES,
    OFFICIAL,
    PLACE,
    PRIMARY,
    REGION,
    REGION_OF_COUNTRY,
    VARIANT,
)
from geoapp.geocode.match import Lookup, Match
from geoapp.geocode.normalise import fold, normalise, query_keys

logger = logging.getLogger(__name__)

# Score of a match by how its alias matched (primary … romanisation variant).
_TIER_SCORE = np.array([1.0, 0.97, 0.93, 0.88])
# log10(population) handicap per tier: an alternate name needs ~30× the people to win.
_TIER_HANDICAP = np.array([0.0, 0.0, 1.5, 2.0])
# A name that at least this many settlements bear as their own ("Oleksandrivka") is
# theirs: a city that had it as an old or alternate name needs this much more again.
_SHARED_NAME_PLACES = 3
_SHARED_NAME_HANDICAP = 2.0
# A neighbourhood or district is found by its own name only when no settlement has it.
_TYPE_HANDICAP = {NEIGHBOURHOOD: 1.0, DISTRICT_TYPE: 1.5, TOWNSHIP: 1.5}
# A city named like the region it lies in ("Kursk") beats the region for a bare name
# when it has at least this many inhabitants; a hamlet named "Krym" does not.
_NAMESAKE_MIN_POPULATION = 10_000
_MAX_ALTERNATIVES = 5
_MAX_CANDIDATES = 12
#: Countries the gazetteer covers in depth (with alternate names in every script).
FOCUS_COUNTRIES = frozenset({"RU", "UA", "BY", "MD", "GE", "KP", "KR", "SD", "SS", "MM", "SY",
                             "IL", "PS", "LB", "IQ", "CD"})
# Elsewhere, without a country hint, a place needs this many inhabitants to be offered.
_ABROAD_MIN_POPULATION = 100_000
# ISO 3166 alpha-3 codes that differ from Natural Earth's adm0_a3.
_ISO3_EXTRA = {"SSD": "SS", "PSE": "PS", "ESH": "EH", "XKX": "XK"}
# What a miss says was looked for, by the intent of the phrase's affixes.
_INTENT_WORDS = {SETTLEMENT: "place", DISTRICT: "district or place", CITY: "city or city region"}
# A region found by the name as asked, unit word included, over one found by its core:
# one step of affix compatibility (see _value).
_SPELLED_BONUS = 3.0
# Records of one place in several sources (GeoNames, WOF, a place list) lie this close.
_SAME_PLACE_KM = 3.0
#: Letters up to which a name must be spelled exactly and, when a country is asked for or
#: the context names countries, as a place's own or official name unless the place lies
#: in one of those countries: a looser spelling or an alternate name of so few letters
#: reaches unrelated places ("Sool", a Somali region, is not Seoul's alternate "Sol";
#: "Oog" no Korean "Ok"), while "Kiev" alone is still Kyiv.
_SHORT_NAME = 4
# Two villages (fewer than this many people, or unknown) in different regions are
# equally plausible when their strength (log10 of population less handicaps) differs by
# less than the margin (10× the people); towns are told apart by population …
_VILLAGE_POPULATION = 5_000
_AMBIGUITY_MARGIN = 1.0
# … unless the context's point is this many times closer to one of them.
_CLOSER_FACTOR = 2.0
_QUALIFIED = re.compile(r"^(?P<name>[^,(]+?)\s*(?:\((?P<paren>[^)]*)\)\s*)?(?:,(?P<rest>.*))?$")


@dataclass(frozen=True)
class Scope:
    """Where a name is looked for. ``country``, ``regions`` and ``districts`` (rows in the
    gazetteer) restrict; ``soft_regions``/``soft_countries`` (the regions and countries of
    the other places a report names) prefer; ``points`` rank the nearest first."""

    country: str | None = None
    regions: frozenset[int] = frozenset()
    districts: frozenset[int] = frozenset()
    points: tuple[tuple[float, float], ...] = ()
    soft_regions: frozenset[str] = frozenset()
    soft_countries: frozenset[str] = frozenset()

    @property
    def narrowed(self) -> bool:
        """Whether anything beyond the country says where to look."""
        return bool(self.regions or self.districts or self.points or self.soft_regions)


def lookup(g: Gazetteer, text: str, country: str | None = None,
           context: Sequence[Match] = ()) -> Lookup:
    """Resolve ``text`` within ``country`` and near ``context`` (see the module doc)."""
    if not isinstance(text, str) or not normalise(text):
        return Lookup(None, "empty query")
    cc = None
    if country is not None and str(country).strip():
        cc = country_code(g, str(country))
        if cc is None:
            return Lookup(None, f"unknown country {country!r}")
    code = text.strip()
    if code.isascii() and code.isupper() and len(code) in (2, 3) and country_code(g, code):
        return Lookup(_country_match(g, country_code(g, code), query=text, matched_name=code))
    phrase = relative.parse(text)
    base_text = phrase.base if phrase else text
    name, qualifiers = split_qualifiers(base_text)
    scope, reason = _scope(g, qualifiers, Scope(country=cc, **_soft(context)))
    if reason:
        return Lookup(None, reason)
    found = resolve(g, normalise(name), scope)
    if found.match is None:
        return dataclasses.replace(found, reason=found.reason.format(name=name.strip()))
    match = relative.apply(phrase, found.match) if phrase else found.match
    return Lookup(dataclasses.replace(match, query=text))


def split_qualifiers(text: str) -> tuple[str, list[str]]:
    """"Plekhovo (Sudzha district), Kursk Oblast" → ("Plekhovo", ["Sudzha district",
    "Kursk Oblast"]); a name without commas or brackets has no qualifiers."""
    if "," not in text and "(" not in text:
        return text, []
    m = _QUALIFIED.match(" ".join(text.split()))
    if not m:
        return text, []
    parts = [m.group("paren") or ""] + (m.group("rest") or "").split(",")
    return m.group("name"), [p.strip() for p in parts if p.strip()]


def _soft(context: Sequence[Match]) -> dict:
    """The preferences the other places of a report give: their regions, countries, points."""
    context = [m for m in context if m is not None]
    return {"soft_regions": frozenset(m.adm1_code for m in context if m.adm1_code),
            "soft_countries": frozenset(m.country for m in context if m.country),
            "points": tuple((m.lon, m.lat) for m in context if m.kind in ("place", "district"))}


def _scope(g: Gazetteer, qualifiers: list[str], scope: Scope) -> tuple[Scope, str]:
    """Narrow ``scope`` by each qualifier: a country, a region, a district or a town."""
    for qualifier in reversed(qualifiers):     # the widest ("Kursk Oblast") usually last
        cc = country_code(g, qualifier)
        if cc is not None:
            if scope.country and scope.country != cc:
                return scope, f"'{qualifier}' contradicts the country {scope.country}"
            scope = dataclasses.replace(scope, country=cc)
            continue
        key = normalise(qualifier)
        region = _resolve_region(g, key, scope.country)
        if region is not None:
            scope = dataclasses.replace(scope, regions=scope.regions | {region})
            continue
        found = resolve(g, key, Scope(country=scope.country, regions=scope.regions))
        if found.match is None or found.match.kind not in ("place", "district"):
            return scope, f"no region, district or place named '{qualifier}'" + (
                f" in {scope.country}" if scope.country else "")
        match = found.match
        rows = {_region_row(g, match.adm1_code)} - {-1}
        districts = scope.districts | ({found_row} if (found_row := _district_row(g, match))
                                       is not None else set())
        scope = dataclasses.replace(scope, regions=scope.regions | rows, districts=districts,
                                    points=(*scope.points, (match.lon, match.lat)))
    return scope, ""


def _region_row(g: Gazetteer, code: str | None) -> int:
    hits = np.flatnonzero(g.regions["adm1_code"] == code) if code else []
    return int(hits[0]) if len(hits) else -1


def _district_row(g: Gazetteer, match: Match) -> int | None:
    """The places row of a district match (found again by its point)."""
    if match.kind != "district":
        return None
    p = g.places
    rows = np.flatnonzero((p["lon"] == match.lon) & (p["lat"] == match.lat)
                          & np.isin(p["ptype"], (DISTRICT_TYPE, TOWNSHIP)))
    return int(rows[0]) if len(rows) else None


def country_code(g: Gazetteer, text: str) -> str | None:
    """ISO 3166 alpha-2 for a code or name: "UA", "UKR", "Ukraine", "Україна" → "UA"."""
    if not isinstance(text, str) or not text.strip():
        return None
    token = text.strip().upper()
    iso2 = g.countries["iso2"]
    if len(token) == 2 and token in set(iso2):
        return token
    if len(token) == 3 and token.isalpha():
        iso3 = {**dict(zip(g.countries["iso3"], iso2, strict=True)), **_ISO3_EXTRA}
        if token in iso3:
            return iso3[token]
    key = normalise(text)
    hits = g.hits(query_keys(key))
    found = {int(r) for k, r, t, x in zip(hits["kind"], hits["row"], hits["tier"], hits["text"],
                                          strict=True) if k == COUNTRY and t <= OFFICIAL and x == key}
    return iso2[found.pop()] if len(found) == 1 else None


def resolve_region(g: Gazetteer, text: str, country: str | None = None) -> Match | None:
    """The admin-1 unit a source names ("Donetsk oblast", "Kiev Special Republican city",
    bare "Kharkiv" meaning the oblast), within ``country`` if given; never a place."""
    if not isinstance(text, str) or not normalise(text):
        return None
    cc = country_code(g, country) if isinstance(country, str) and country.strip() else None
    found = resolve(g, normalise(text), Scope(country=cc), regions_only=True)
    return None if found.match is None else dataclasses.replace(found.match, query=text)


def _resolve_region(g: Gazetteer, key: str, cc: str | None) -> int | None:
    found = resolve(g, key, Scope(country=cc), regions_only=True)
    return None if found.match is None else _region_row(g, found.match.adm1_code)


class _Candidates:
    """The alias hits for one query as parallel numpy arrays (usually a handful)."""

    def __init__(self, g: Gazetteer, hits: dict[str, np.ndarray]):
        self.g = g
        self.kind, self.row, self.tier = hits["kind"], hits["row"], hits["tier"]
        self.alias, self.text = hits["alias"], hits["text"]

    def __len__(self) -> int:
        return len(self.kind)

    def take(self, mask: np.ndarray) -> _Candidates:
        return _Candidates(self.g, {"kind": self.kind[mask], "row": self.row[mask],
                                    "tier": self.tier[mask], "alias": self.alias[mask],
                                    "text": self.text[mask]})

    def place_column(self, name: str, fill: object = 0) -> np.ndarray:
        """A places column per candidate (``fill`` for regions and countries)."""
        column = self.g.places[name]
        is_place = self.kind == PLACE
        out = np.full(len(self), fill, dtype=column.dtype if fill != "" else object)
        out[is_place] = column[self.row[is_place]]
        return out

    def is_district(self) -> np.ndarray:
        return (self.kind == PLACE) & (self.place_column("ptype", -1) >= DISTRICT_TYPE)

    def region_rows(self) -> np.ndarray:
        """Admin-1 row of each candidate (-1 for countries and unplaced places)."""
        rows = np.where(self.kind == PLACE, self.place_column("region", -1), self.row)
        return np.where(self.kind == COUNTRY, -1, rows).astype(np.int64)

    def countries(self) -> tuple[np.ndarray, np.ndarray]:
        """Each candidate's country, and the country Natural Earth files its unit under."""
        g = self.g
        region_rows = self.region_rows()
        in_region = region_rows >= 0
        own = np.empty(len(self), dtype=object)
        alt = np.full(len(self), None, dtype=object)
        rr = region_rows[in_region]
        own[in_region] = g.regions["country"][rr]
        alt[in_region] = g.regions["ne_country"][rr]
        is_place = self.kind == PLACE
        own[is_place] = g.places["country"][self.row[is_place]]
        is_country = self.kind == COUNTRY
        own[is_country] = g.countries["iso2"][self.row[is_country]]
        return own, alt

    def effective_tier(self, key: str, core: str) -> tuple[np.ndarray, np.ndarray]:
        """The tier a hit counts at for this query.

        An exact spelling keeps its alias tier, promoted to primary when it spells the
        target's primary name ("Покровск" is "Pokrovsk" for Pokrovsk, an old name of
        Engels). A transliteration counts at its alias tier when the target has no Latin
        name of its own (a village known only as "Плехово" is "Plekhovo"), else as a
        variant spelling ("Liman" is not how Lyman is written). Also says which hits
        are exact spellings.
        """
        exact = (self.text == key) | (self.text == core)
        tier = np.where(exact, self.tier, np.maximum(self.tier, VARIANT))
        wanted = fold(core)
        for i in np.flatnonzero(exact & (tier > PRIMARY)):
            if fold(_primary_name(self.g, self.kind[i], self.row[i])) == wanted:
                tier[i] = PRIMARY
        other_script = np.array([t.isascii() != core.isascii() for t in self.text], dtype=bool)
        no_latin = (self.kind == PLACE) & ~self.place_column("latin", True).astype(bool)
        neutral = ~exact & other_script & no_latin
        tier[neutral] = self.tier[neutral]
        return tier, exact

    def best_per_target(self, tier: np.ndarray) -> tuple[_Candidates, np.ndarray]:
        """One hit per target: its best tier."""
        order = np.lexsort((tier, self.row, self.kind))
        first = np.ones(len(order), dtype=bool)
        first[1:] = (np.diff(self.kind[order]) != 0) | (np.diff(self.row[order]) != 0)
        keep = order[first]
        return self.take(keep), tier[keep]


def _primary_name(g: Gazetteer, kind: int, row: int) -> str:
    if kind == PLACE:
        return g.places["name"][row]
    if kind == REGION:
        return split_affixes(normalise(g.regions["name"][row])).core
    return g.countries["name"][row]


def resolve(g: Gazetteer, key: str, scope: Scope, regions_only: bool = False) -> Lookup:
    """Best match for a normalised name within ``scope``.

    A miss reason contains "{name}" for the caller to fill with the text as written.
    """
    phrase = split_affixes(key)
    cands, intent = _lookup(g, phrase.key, phrase.core, phrase.intent)
    if regions_only:
        cands = cands.take(cands.kind == REGION)
    if not len(cands):
        return Lookup(None, "no place or region named '{name}'")
    tier, exact = cands.effective_tier(phrase.key, phrase.core)
    # Without context, a name spelled exactly as asked leaves only other-script namesakes
    # beside it; a looser Latin spelling ("Kupyansk") is trusted in the focus countries
    # and in the country asked for or named by the report ("Bardhere" for Somalia's
    # Baardheere; a small place abroad still needs its country asked for, below).
    keep = (tier < VARIANT) | _in_focus(cands) | _in_context(cands, scope)
    if exact.any() and not scope.narrowed:
        keep &= exact | (tier < VARIANT)
    if len(phrase.core.replace(" ", "")) <= _SHORT_NAME:
        keep &= exact
        if scope.country or scope.soft_countries:
            keep &= (tier <= OFFICIAL) | _in_context(cands, scope)
    cands, tier = cands.take(keep), tier[keep]
    if not len(cands):
        return Lookup(None, "no place or region named '{name}'")
    spelled = _spelled_with_affixes(cands, phrase, intent)
    cands, tier = cands.best_per_target(tier)
    cands, tier, precision = _filter_intent(cands, tier, intent)
    if not len(cands):
        return Lookup(None, f"no {_INTENT_WORDS.get(intent, 'region')} named '{{name}}'")
    own, alt = cands.countries()
    if scope.country is not None:
        inside = (own == scope.country) | (alt == scope.country)
        if not inside.any():
            found = ", ".join(sorted({c for c in own if c}))
            return Lookup(None, f"no place or region named '{{name}}' in {scope.country} "
                                f"(only in {found})")
        cands, tier, own = cands.take(inside), tier[inside], own[inside]
    else:
        plausible = _plausible_without_hint(cands, own)
        if not plausible.any():
            found = ", ".join(sorted({c for c in own if c}))
            return Lookup(None, f"no place or region named '{{name}}' in the focus countries; "
                                f"only small places in {found} (give a country to search there)")
        cands, tier, own = cands.take(plausible), tier[plausible], own[plausible]
    if scope.regions or scope.districts:
        inside = _in_scope(cands, scope)
        if not inside.any():
            where = ", ".join(g.regions["name"][r] for r in sorted(scope.regions))
            return Lookup(None, f"no place named '{{name}}' in {where or 'that district'}")
        cands, tier, own = cands.take(inside), tier[inside], own[inside]
    value = _value(cands, tier, intent)
    value[_member(list(zip(cands.kind.tolist(), cands.row.tolist(), strict=True)), spelled)] \
        += _SPELLED_BONUS
    cands, tier, value, own = _merge_duplicates(cands, tier, value, own)
    distance = _distance(cands, scope)
    soft = _soft_rank(cands, own, scope)
    order = _rank(cands, tier, value, intent, soft, distance)
    ambiguous = _ambiguous(cands, value, soft, distance, order, scope)
    if len(ambiguous) > 1:
        options = tuple(_make(g, cands, i, round(float(_TIER_SCORE[tier[i]]) / len(ambiguous), 3),
                              precision) for i in ambiguous[:_MAX_CANDIDATES])
        regions = list(dict.fromkeys(m.admin1 or m.country or "?" for m in options))
        return Lookup(None, f"ambiguous: {len(ambiguous)} places named '{{name}}' in "
                            f"{', '.join(regions)}", options)
    return Lookup(_build(g, cands, tier, value, order, precision))


def _in_context(cands: _Candidates, scope: Scope) -> np.ndarray:
    """Candidates in the country asked for or in one the report's other places name."""
    own, alt = cands.countries()
    countries = scope.soft_countries | {scope.country} - {None}
    return _member(own, countries) | _member(alt, countries)


def _in_focus(cands: _Candidates) -> np.ndarray:
    own, alt = cands.countries()
    return _member(own, FOCUS_COUNTRIES) | _member(alt, FOCUS_COUNTRIES)


def _member(values: np.ndarray, allowed: frozenset) -> np.ndarray:
    """``np.isin`` for the handful of candidates a name has (a set lookup each, no sort)."""
    return np.fromiter((v in allowed for v in values), dtype=bool, count=len(values))


def _in_scope(cands: _Candidates, scope: Scope) -> np.ndarray:
    """Candidates in a qualifier's district, else in its regions."""
    district = cands.place_column("district", -1)
    in_district = _member(district, scope.districts)
    if in_district.any():
        return in_district
    return _member(cands.region_rows(), scope.regions) if scope.regions else \
        np.ones(len(cands), dtype=bool)


def _plausible_without_hint(cands: _Candidates, own: np.ndarray) -> np.ndarray:
    """Without a country hint, a small place outside the focus countries is not offered:
    a stray name must not land on another continent ("Atlantis", Western Cape)."""
    population = cands.place_column("population")
    abroad = ~_member(own, FOCUS_COUNTRIES)
    return ~((cands.kind == PLACE) & abroad & (population < _ABROAD_MIN_POPULATION))


def _lookup(g: Gazetteer, key: str, core: str,
            intent: str | None) -> tuple[_Candidates, str | None]:
    """Hits for the full name first ("Kuwait City" is a name), else for its core with the
    intent its affixes asked for."""
    full = _Candidates(g, g.hits(query_keys(key)))
    if len(full) and (intent is None or ((full.tier <= ALTERNATE) & (full.text == key)).any()):
        return full, None
    if core != key:
        hits = _Candidates(g, g.hits(query_keys(core)))
        if len(hits):
            return hits, intent
    return full.take(np.zeros(len(full), dtype=bool)), intent


def _spelled_with_affixes(cands: _Candidates, phrase: Phrase,
                          intent: str | None) -> frozenset[tuple[int, int]]:
    """The regions that have the name as asked, unit word included, among their aliases
    ("Northern State" for Sudan's Northern): they beat regions found by the core alone
    ("Northern Territory"), whose own unit word says another thing."""
    if intent is None or phrase.core == phrase.key:
        return frozenset()
    asked = phrase.key.removeprefix("the ")
    return frozenset((int(k), int(r)) for k, r, a in zip(cands.kind, cands.row, cands.alias,
                                                          strict=True)
                     if k == REGION and normalise(a) == asked)


def _filter_intent(cands: _Candidates, tier: np.ndarray,
                   intent: str | None) -> tuple[_Candidates, np.ndarray, str | None]:
    """Keep what the phrase asked for: regions for "… Oblast", places for "village of …",
    districts for "… district" (else the district of the town so named, else the town at
    district precision), a city-region for "… city" when there is one, else the city."""
    g = cands.g
    if intent is None:
        return cands, tier, None
    district = cands.is_district()
    if intent == SETTLEMENT:
        keep = (cands.kind == PLACE) & ~district
        return cands.take(keep), tier[keep], None
    if intent == DISTRICT:
        if district.any():
            return cands.take(district), tier[district], None
        towns = cands.kind == PLACE
        if towns.any():
            # "Korenevo district" is that of the town of note so named, not that of a hamlet
            # namesake abroad: towns within the ambiguity margin of the largest one
            strength = np.log10(cands.place_column("population") + 10.0) - _TIER_HANDICAP[tier]
            towns &= strength >= strength[towns].max() - _AMBIGUITY_MARGIN
        rows = cands.place_column("district", -1)
        with_district = towns & (rows >= 0)
        if with_district.any():
            return (_district_candidates(g, rows[with_district], tier[with_district]),
                    tier[with_district], None)
        return cands.take(towns), tier[towns], "district"
    regions = cands.kind == REGION
    if intent == KRAI and not regions.any():
        # "Lubero territory": a territory that is no krai is Congo's unit below the province,
        # a district, as "territoire" is
        return _filter_intent(cands, tier, DISTRICT)
    if intent == CITY:
        rclass = g.regions["rclass"][np.where(regions, cands.row, 0)]
        city_regions = regions & (rclass == CITY)
        keep = city_regions if city_regions.any() else (cands.kind == PLACE) & ~district
        return cands.take(keep), tier[keep], None
    if intent == GENERIC:   # "Centre-Nord region": a region across units is its country
        regions |= (cands.kind == COUNTRY) & (cands.tier == REGION_OF_COUNTRY)
    return cands.take(regions), tier[regions], None


def _district_candidates(g: Gazetteer, rows: np.ndarray, tier: np.ndarray) -> _Candidates:
    """Candidates for the districts with these places rows."""
    texts = np.array([normalise(g.places["name"][r]) for r in rows], dtype=object)
    return _Candidates(g, {"kind": np.full(len(rows), PLACE, dtype=np.int8),
                           "row": rows.astype(np.int64), "tier": tier,
                           "alias": g.places["name"][rows], "text": texts})


def _value(cands: _Candidates, tier: np.ndarray, intent: str | None) -> np.ndarray:
    """A comparable strength per candidate: population (log10) less handicaps for the
    tier and for neighbourhoods and districts; affix compatibility and tier for regions."""
    g = cands.g
    value = -_TIER_HANDICAP[tier]
    is_place = cands.kind == PLACE
    if np.count_nonzero(is_place & (tier < ALTERNATE)) >= _SHARED_NAME_PLACES:
        value[is_place & (tier >= ALTERNATE)] -= _SHARED_NAME_HANDICAP
    value[is_place] += np.log10(cands.place_column("population")[is_place] + 10.0)
    ptype = cands.place_column("ptype", -1)
    for kind, handicap in _TYPE_HANDICAP.items():
        value[is_place & (ptype == kind)] -= handicap
    is_region = cands.kind == REGION
    if is_region.any():
        rclass = g.regions["rclass"][cands.row[is_region]]
        area = g.regions["area_km2"][cands.row[is_region]]
        compat = np.array([compatibility(intent, c) for c in rclass])
        value[is_region] += 3.0 * compat + 0.01 * np.log10(area + 1.0)
    return value


def _merge_duplicates(cands: _Candidates, tier: np.ndarray, value: np.ndarray,
                      own: np.ndarray) -> tuple[_Candidates, np.ndarray, np.ndarray, np.ndarray]:
    """One candidate per real place: records of the same name from different sources
    within a few km are one place (the strongest record stays)."""
    places = np.flatnonzero((cands.kind == PLACE) & ~cands.is_district())
    if len(places) < 2:
        return cands, tier, value, own
    lon, lat = cands.place_column("lon")[places], cands.place_column("lat")[places]
    order = places[np.argsort(-value[places], kind="stable")]
    position = {int(c): i for i, c in enumerate(places)}
    dropped = np.zeros(len(cands), dtype=bool)
    for c in order:
        if dropped[c]:
            continue
        i = position[int(c)]
        km = _haversine_km(lon[i], lat[i], lon, lat)
        near = places[(km < _SAME_PLACE_KM) & (places != c) & ~dropped[places]]
        dropped[near[value[near] <= value[c]]] = True
    keep = ~dropped
    return cands.take(keep), tier[keep], value[keep], own[keep]


def _distance(cands: _Candidates, scope: Scope) -> np.ndarray:
    """km from each place or district to the nearest context point (inf without one)."""
    out = np.full(len(cands), np.inf)
    is_place = cands.kind == PLACE
    if not scope.points or not is_place.any():
        return out
    lon, lat = cands.place_column("lon")[is_place], cands.place_column("lat")[is_place]
    km = [_haversine_km(x, y, lon, lat) for x, y in scope.points]
    out[is_place] = np.min(np.atleast_2d(km), axis=0)
    return out


def _haversine_km(lon: float, lat: float, lons: np.ndarray, lats: np.ndarray) -> np.ndarray:
    """Great-circle km from one point to many: ample to rank by closeness or to tell
    records of one place (within 3 km) apart, and far cheaper than an ellipsoid."""
    x, y, xs, ys = np.radians(lon), np.radians(lat), np.radians(lons), np.radians(lats)
    a = np.sin((ys - y) / 2) ** 2 + np.cos(y) * np.cos(ys) * np.sin((xs - x) / 2) ** 2
    return 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def _soft_rank(cands: _Candidates, own: np.ndarray, scope: Scope) -> np.ndarray:
    """0 in a region the context names, 1 in a country it names, 2 elsewhere."""
    if not (scope.soft_countries or scope.soft_regions):
        return np.zeros(len(cands), dtype=int)
    codes = np.array([cands.g.regions["adm1_code"][r] if r >= 0 else None
                      for r in cands.region_rows()], dtype=object)
    rank = np.full(len(cands), 2)
    rank[_member(own, scope.soft_countries)] = 1
    rank[_member(codes, scope.soft_regions)] = 0
    return rank


def _rank(cands: _Candidates, tier: np.ndarray, value: np.ndarray, intent: str | None,
          soft: np.ndarray, distance: np.ndarray) -> np.ndarray:
    """Candidate indices best first: the preferred kind, the context, then size (when
    there is a point to be close to: towns by order of magnitude, villages all alike),
    closeness, exact size."""
    preferred = cands.kind != _preferred_kind(cands, tier, intent)
    if np.isfinite(distance).any():
        size = np.where(value >= np.log10(_VILLAGE_POPULATION), np.floor(value), 0.0)
        return np.lexsort((-value, distance, -size, soft, preferred))
    return np.lexsort((-value, soft, preferred))


def _ambiguous(cands: _Candidates, value: np.ndarray, soft: np.ndarray, distance: np.ndarray,
               order: np.ndarray, scope: Scope) -> list[int]:
    """The best candidate and every place in another region that is as plausible; one
    element when the answer is clear."""
    best = int(order[0])
    if cands.kind[best] != PLACE or cands.place_column("population")[best] >= _VILLAGE_POPULATION:
        return [best]
    regions = cands.region_rows()
    rivals = [int(i) for i in order[1:]
              if cands.kind[i] == PLACE and regions[i] != regions[best]
              and soft[i] == soft[best] and value[i] >= value[best] - _AMBIGUITY_MARGIN
              and not distance[best] * _CLOSER_FACTOR < distance[i]]
    if scope.regions or scope.districts:
        return [best]
    return [best, *rivals]


def _preferred_kind(cands: _Candidates, tier: np.ndarray, intent: str | None) -> int:
    """Country if the name is one; for a bare name, the namesake city over its region
    ("Kursk" → the city) but the region over unrelated hamlets ("Crimea"), and a town
    spelled as its own name over a region that has it only as an alternate or another
    language's name ("Primorsk", Leningrad Oblast's port, not Primorsky Krai; Mali's
    "Kati", not Kenya's Central province, "kati" in Swahili)."""
    g = cands.g
    kinds = cands.kind
    if intent is None and ((kinds == COUNTRY) & (cands.tier <= OFFICIAL)).any():
        return COUNTRY
    has_place, has_region = (kinds == PLACE).any(), (kinds == REGION).any()
    if not has_region:
        return PLACE if has_place else COUNTRY
    if not has_place or intent in REGION_CLASSES or intent == GENERIC:
        return REGION
    places = cands.row[kinds == PLACE]
    own_name = (tier[kinds == PLACE] == PRIMARY) \
        & (g.places["population"][places] >= _VILLAGE_POPULATION)
    if own_name.any() and (tier[kinds == REGION] > PRIMARY).all():
        return PLACE
    big = g.places["population"][places] >= _NAMESAKE_MIN_POPULATION
    in_named_region = np.isin(g.places["region"][places], cands.row[kinds == REGION])
    return PLACE if (big & in_named_region).any() else REGION


def _build(g: Gazetteer, cands: _Candidates, tier: np.ndarray, value: np.ndarray,
           order: np.ndarray, precision: str | None) -> Match:
    """The best candidate as a Match, with distinct runners-up as alternatives."""
    best, rest = int(order[0]), [int(i) for i in order[1:]]
    same_kind = [i for i in rest if cands.kind[i] == cands.kind[best]]
    dominance = 1.0 / (1.0 + 10.0 ** (value[same_kind[0]] - value[best])) if same_kind else 1.0
    alternatives = tuple(
        _make(g, cands, i, _alt_score(tier[i], value[best], value[i],
                                      cands.kind[i] == cands.kind[best]), precision)
        for i in rest[:_MAX_ALTERNATIVES])
    score = float(_TIER_SCORE[tier[best]] * (0.5 + 0.5 * dominance))
    return dataclasses.replace(_make(g, cands, best, score, precision),
                               alternatives=alternatives)


def _alt_score(tier: int, best_value: float, value: float, same_kind: bool) -> float:
    share = 1.0 / (1.0 + 10.0 ** (best_value - value)) if same_kind else 0.25
    return round(float(_TIER_SCORE[tier] * share), 3)


def _make(g: Gazetteer, cands: _Candidates, i: int, score: float,
          precision: str | None) -> Match:
    kind, row = int(cands.kind[i]), int(cands.row[i])
    common = {"query": "", "matched_name": str(cands.alias[i]), "score": round(score, 3)}
    if kind == COUNTRY:
        return _country_match(g, g.countries["iso2"][row], kind="country", **common)
    r = g.regions
    if kind == REGION:
        return Match(name=r["name"][row], adm1_code=r["adm1_code"][row], admin1=r["name"][row],
                     country=r["country"][row], lon=float(r["rep_lon"][row]),
                     lat=float(r["rep_lat"][row]), geo_precision="region", kind="region",
                     disputed=bool(r["disputed"][row]), **common)
    p = g.places
    region = int(p["region"][row])
    placed = region >= 0
    is_district = int(p["ptype"][row]) in (DISTRICT_TYPE, TOWNSHIP)
    district = int(p["district"][row])
    population = int(p["population"][row])
    return Match(name=p["name"][row], kind="district" if is_district else KIND_NAMES[kind],
                 adm1_code=r["adm1_code"][region] if placed else None,
                 admin1=r["name"][region] if placed else None, country=p["country"][row],
                 lon=float(p["lon"][row]), lat=float(p["lat"][row]),
                 geo_precision="district" if is_district else precision or "exact",
                 disputed=bool(r["disputed"][region]) if placed else False,
                 population=population if population > 0 and not is_district else None,
                 district=p["name"][district] if district >= 0 else None,
                 source=g.sources[int(p["source"][row])], **common)


def _country_match(g: Gazetteer, iso2: str, **fields: object) -> Match:
    """A country as a Match, at a point inside its largest part."""
    c = g.countries
    row = int(np.flatnonzero(c["iso2"] == iso2)[0])
    fields = {"score": 1.0, "kind": "country", **fields}
    return Match(name=c["name"][row], adm1_code=None, admin1=None, country=iso2,
                 lon=float(c["rep_lon"][row]), lat=float(c["rep_lat"][row]),
                 geo_precision="country", **fields)
