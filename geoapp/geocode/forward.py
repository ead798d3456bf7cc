"""Forward geocoding: a name (any language, old or new spelling) → place, region or country.

Ranking, in order: what the phrase asks for ("Kursk region" → a region, "village of X" →
a place), the country hint (a homonym elsewhere never wins), how exactly the name matched
(a current primary name beats an old alternate unless the alternate's place is ~30×
larger), then population. A miss is None plus a reason, never a guess at another place.
"""

from __future__ import annotations

import dataclasses
import logging
from functools import cache, lru_cache

import numpy as np

from geoapp.geocode import relative
from geoapp.geocode.affixes import (
    CITY,
    DISTRICT,
    GENERIC,
    REGION_CLASSES,
    SETTLEMENT,
    compatibility,
    split_affixes,
)
from geoapp.geocode.gazetteer import (
    ALTERNATE,
    COUNTRY,
    FUZZY,
    KIND_NAMES,
    OFFICIAL,
    PLACE,
    PRIMARY,
    REGION,
    Gazetteer,
    gazetteer,
)
from geoapp.geocode.match import Match
from geoapp.geocode.normalise import normalise, skeleton

logger = logging.getLogger(__name__)

# Score of a match by how its alias matched (primary … fuzzy skeleton).
_TIER_SCORE = np.array([1.0, 0.97, 0.93, 0.88, 0.75])
# log10(population) handicap per tier: an alternate name needs ~30× the people to win.
_TIER_HANDICAP = np.array([0.0, 0.0, 1.5, 2.0, 2.5])
# A city named like the region it lies in ("Kursk") beats the region for a bare name
# when it has at least this many inhabitants; a hamlet named "Krym" does not.
_NAMESAKE_MIN_POPULATION = 10_000
_MAX_ALTERNATIVES = 5
#: Countries the gazetteer covers in depth (with alternate names in every script).
FOCUS_COUNTRIES = frozenset({"RU", "UA", "BY", "MD", "GE", "KP", "KR", "SD", "SS", "MM", "SY",
                             "IL", "PS", "LB", "IQ", "CD"})
# Elsewhere, without a country hint, a place needs this many inhabitants to be offered.
_ABROAD_MIN_POPULATION = 100_000
# ISO 3166 alpha-3 codes that differ from Natural Earth's adm0_a3.
_ISO3_EXTRA = {"SSD": "SS", "PSE": "PS", "ESH": "EH", "XKX": "XK"}
# What a miss says was looked for, by the intent of the phrase's affixes.
_INTENT_WORDS = {SETTLEMENT: "place", DISTRICT: "place", CITY: "city or city region"}


def geocode(text: str, country: str | None = None) -> Match | None:
    """Resolve a place, region or country name; None when nothing fits.

    Parameters
    ----------
    text : a name in any script ("Sudzha", "Курская область", "쿠르스크", "Republic of
        Tuva") or a relative phrase ("20 km north of Kursk", "near Sudzha").
    country : optional ISO2/ISO3 code or name; candidates outside it never win.

    Example: ``geocode("Kursk region").adm1_code == "RUS-2362"``
    """
    return geocode_verbose(text, country)[0]


def explain_miss(text: str, country: str | None = None) -> str:
    """Why :func:`geocode` finds nothing, e.g. "no place or region named 'Atlantis'"."""
    match, reason = geocode_verbose(text, country)
    return reason if match is None else f"found {match.name}"


@lru_cache(maxsize=1 << 17)
def geocode_verbose(text: str, country: str | None = None) -> tuple[Match | None, str]:
    """Like :func:`geocode`, plus the reason for a miss ("" on success). Cached."""
    if not isinstance(text, str) or not normalise(text):
        return None, "empty query"
    cc = None
    if country is not None and str(country).strip():
        cc = country_code(str(country))
        if cc is None:
            return None, f"unknown country {country!r}"
    code = text.strip()
    if code.isascii() and code.isupper() and len(code) in (2, 3) and country_code(code):
        return _country_match(country_code(code), query=text, matched_name=code), ""
    phrase = relative.parse(text)
    base_text = phrase.base if phrase else text
    match, reason = _resolve(normalise(base_text), cc)
    if match is None:
        return None, reason.format(name=base_text.strip())
    if phrase:
        match = relative.apply(phrase, match)
    return dataclasses.replace(match, query=text), ""


@lru_cache(maxsize=4096)
def country_code(text: str) -> str | None:
    """ISO 3166 alpha-2 for a code or name: "UA", "UKR", "Ukraine", "Україна" → "UA"."""
    if not isinstance(text, str) or not text.strip():
        return None
    g = gazetteer()
    token = text.strip().upper()
    if len(token) == 2 and token in _iso2_set():
        return token
    if len(token) == 3 and token.isalpha():
        iso = _iso3_map().get(token)
        if iso:
            return iso
    sl = g.lookup(normalise(text))
    found = {int(r) for k, r, t in zip(g.kind[sl], g.row[sl], g.tier[sl], strict=True)
             if k == COUNTRY and t <= OFFICIAL}
    return g.countries["iso2"][found.pop()] if len(found) == 1 else None


@cache
def _iso2_set() -> frozenset[str]:
    return frozenset(gazetteer().countries["iso2"])


@cache
def _iso3_map() -> dict[str, str]:
    countries = gazetteer().countries
    return {**dict(zip(countries["iso3"], countries["iso2"], strict=True)), **_ISO3_EXTRA}


class _Candidates:
    """The alias hits for one query as parallel numpy arrays (usually a handful)."""

    def __init__(self, g: Gazetteer, sl: slice | np.ndarray):
        self.g = g
        self.kind, self.row, self.tier = g.kind[sl], g.row[sl].astype(np.int64), g.tier[sl]
        self.alias = g.alias[sl]

    def __len__(self) -> int:
        return len(self.kind)

    def take(self, mask: np.ndarray) -> _Candidates:
        out = object.__new__(_Candidates)
        out.g = self.g
        out.kind, out.row, out.tier, out.alias = (
            self.kind[mask], self.row[mask], self.tier[mask], self.alias[mask])
        return out

    def _region_rows(self) -> np.ndarray:
        """Admin-1 row of each candidate (-1 for countries and unplaced places)."""
        place_region = self.g.places["region"]
        rows = np.where(self.kind == PLACE, place_region[np.where(self.kind == PLACE,
                                                                  self.row, 0)], self.row)
        return np.where(self.kind == COUNTRY, -1, rows)

    def countries(self) -> tuple[np.ndarray, np.ndarray]:
        """Each candidate's country, and the country Natural Earth files its unit under."""
        g = self.g
        region_rows = self._region_rows()
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

    def effective_tier(self, core: str) -> np.ndarray:
        """Promote an alias to primary when it spells the target's primary name
        ("Покровск" is "Pokrovsk" for Pokrovsk, but an old name for Engels)."""
        tier = self.tier.copy()
        wanted = skeleton(core)
        for i in np.flatnonzero((tier > PRIMARY) & (tier < FUZZY)):
            if skeleton(_primary_name(self.g, self.kind[i], self.row[i])) == wanted:
                tier[i] = PRIMARY
        return tier


def _primary_name(g: Gazetteer, kind: int, row: int) -> str:
    if kind == PLACE:
        return g.places["name"][row]
    if kind == REGION:
        return split_affixes(normalise(g.regions["name"][row])).core
    return g.countries["name"][row]


def resolve_region(text: str, country: str | None = None) -> Match | None:
    """The admin-1 unit a source names ("Donetsk oblast", "Kiev Special Republican city",
    bare "Kharkiv" meaning the oblast), within ``country`` if given; never a place."""
    if not isinstance(text, str) or not normalise(text):
        return None
    cc = country_code(country) if isinstance(country, str) and country.strip() else None
    match, _ = _resolve(normalise(text), cc, regions_only=True)
    return None if match is None else dataclasses.replace(match, query=text)


@lru_cache(maxsize=1 << 16)
def _resolve(key: str, cc: str | None, regions_only: bool = False) -> tuple[Match | None, str]:
    """Best match for a normalised name within country ``cc``; cached per (key, cc).

    A miss reason contains "{name}" for the caller to fill with the text as written.
    """
    g = gazetteer()
    phrase = split_affixes(key)
    cands, intent = _lookup(g, phrase.key, phrase.core, phrase.intent)
    if regions_only:
        cands = cands.take(cands.kind == REGION)
    if not len(cands):
        return None, "no place or region named '{name}'"
    cands = _filter_intent(cands, intent, g)
    if not len(cands):
        return None, f"no {_INTENT_WORDS.get(intent, 'region')} named '{{name}}'"
    own, alt = cands.countries()
    if cc is not None:
        inside = (own == cc) | (alt == cc)
        if not inside.any():
            found = ", ".join(sorted({c for c in own if c}))
            return None, f"no place or region named '{{name}}' in {cc} (only in {found})"
        cands = cands.take(inside)
    else:
        plausible = _plausible_without_hint(cands, own, g)
        if not plausible.any():
            found = ", ".join(sorted({c for c in own if c}))
            return None, (f"no place or region named '{{name}}' in the focus countries; "
                          f"only small places in {found} (give a country to search there)")
        cands = cands.take(plausible)
    tier = cands.effective_tier(phrase.core)
    value = _value(cands, tier, intent, g)
    order = _rank(cands, value, intent, g)
    return _build(g, cands, tier, value, order, intent), ""


def _plausible_without_hint(cands: _Candidates, own: np.ndarray, g: Gazetteer) -> np.ndarray:
    """Without a country hint, a small place outside the focus countries is not offered:
    a stray name must not land on another continent ("Atlantis", Western Cape)."""
    is_place = cands.kind == PLACE
    population = np.zeros(len(cands))
    population[is_place] = g.places["population"][cands.row[is_place]]
    abroad = ~np.isin(own.astype(str), list(FOCUS_COUNTRIES))
    return ~(is_place & abroad & (population < _ABROAD_MIN_POPULATION))


def _lookup(g: Gazetteer, key: str, core: str,
            intent: str | None) -> tuple[_Candidates, str | None]:
    """Hits for the full name first ("Kuwait City" is a name), else for its core with the
    intent its affixes asked for, else a fuzzy skeleton match."""
    full = _Candidates(g, g.lookup(key))
    if len(full) and (intent is None or (full.tier <= ALTERNATE).any()):
        return full.take(full.tier < FUZZY) if (full.tier < FUZZY).any() else full, None
    if core != key:
        hits = _Candidates(g, g.lookup(core))
        hits = hits.take(hits.tier < FUZZY)
        if len(hits):
            return hits, intent
    fuzzy = _Candidates(g, g.lookup(skeleton(core)))
    return fuzzy.take(fuzzy.tier == FUZZY), intent


def _filter_intent(cands: _Candidates, intent: str | None, g: Gazetteer) -> _Candidates:
    """Keep what the phrase asked for: regions for "… Oblast", places for "village of …",
    a city-region for "… city" when there is one, else the city itself."""
    if intent is None:
        return cands
    if intent in (SETTLEMENT, DISTRICT):
        return cands.take(cands.kind == PLACE)
    regions = cands.kind == REGION
    if intent == CITY:
        rclass = g.regions["rclass"][np.where(regions, cands.row, 0)]
        city_regions = regions & (rclass == CITY)
        return cands.take(city_regions if city_regions.any() else cands.kind == PLACE)
    return cands.take(regions)


def _value(cands: _Candidates, tier: np.ndarray, intent: str | None,
           g: Gazetteer) -> np.ndarray:
    """A comparable strength per candidate: population (log10) less a tier handicap for
    places; affix compatibility and tier for regions; tier for countries."""
    value = -_TIER_HANDICAP[tier]
    is_place = cands.kind == PLACE
    pop = g.places["population"][cands.row[is_place]]
    value[is_place] += np.log10(pop + 10.0)
    is_region = cands.kind == REGION
    if is_region.any():
        rclass = g.regions["rclass"][cands.row[is_region]]
        area = g.regions["area_km2"][cands.row[is_region]]
        compat = np.array([compatibility(intent, c) for c in rclass])
        value[is_region] += 3.0 * compat + 0.01 * np.log10(area + 1.0)
    return value


def _rank(cands: _Candidates, value: np.ndarray, intent: str | None,
          g: Gazetteer) -> np.ndarray:
    """Candidate indices best first: the preferred kind, then by value."""
    preferred = _preferred_kind(cands, intent, g)
    return np.lexsort((-value, cands.kind != preferred))


def _preferred_kind(cands: _Candidates, intent: str | None, g: Gazetteer) -> int:
    """Country if the name is one; for a bare name, the namesake city over its region
    ("Kursk" → the city) but the region over unrelated hamlets ("Crimea")."""
    kinds = cands.kind
    if intent is None and ((kinds == COUNTRY) & (cands.tier <= OFFICIAL)).any():
        return COUNTRY
    has_place, has_region = (kinds == PLACE).any(), (kinds == REGION).any()
    if not has_region:
        return PLACE if has_place else COUNTRY
    if not has_place or intent in REGION_CLASSES or intent == GENERIC:
        return REGION
    places = cands.row[kinds == PLACE]
    big = g.places["population"][places] >= _NAMESAKE_MIN_POPULATION
    in_named_region = np.isin(g.places["region"][places], cands.row[kinds == REGION])
    return PLACE if (big & in_named_region).any() else REGION


def _build(g: Gazetteer, cands: _Candidates, tier: np.ndarray, value: np.ndarray,
           order: np.ndarray, intent: str | None) -> Match:
    """The best candidate as a Match, with distinct runners-up as alternatives."""
    best, rest = int(order[0]), [int(i) for i in order[1:]]   # targets are unique per key
    same_kind = [i for i in rest if cands.kind[i] == cands.kind[best]]
    dominance = 1.0 / (1.0 + 10.0 ** (value[same_kind[0]] - value[best])) if same_kind else 1.0
    precision = "district" if intent == DISTRICT else None
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
    common = {"query": "", "matched_name": str(cands.alias[i]), "kind": KIND_NAMES[kind],
              "score": round(score, 3)}
    if kind == COUNTRY:
        return _country_match(g.countries["iso2"][row], **common)
    r = g.regions
    if kind == REGION:
        return Match(name=r["name"][row], adm1_code=r["adm1_code"][row], admin1=r["name"][row],
                     country=r["country"][row], lon=float(r["rep_lon"][row]),
                     lat=float(r["rep_lat"][row]), geo_precision="region",
                     disputed=bool(r["disputed"][row]), **common)
    p = g.places
    region = int(p["region"][row])
    placed = region >= 0
    return Match(name=p["name"][row], adm1_code=r["adm1_code"][region] if placed else None,
                 admin1=r["name"][region] if placed else None, country=p["country"][row],
                 lon=float(p["lon"][row]), lat=float(p["lat"][row]),
                 geo_precision=precision or "exact",
                 disputed=bool(r["disputed"][region]) if placed else False,
                 population=int(p["population"][row]), **common)


def _country_match(iso2: str, **fields: object) -> Match:
    """A country as a Match, at a point inside its largest part."""
    c = gazetteer().countries
    row = int(np.flatnonzero(c["iso2"] == iso2)[0])
    fields = {"score": 1.0, "kind": "country", **fields}
    return Match(name=c["name"][row], adm1_code=None, admin1=None, country=iso2,
                 lon=float(c["rep_lon"][row]), lat=float(c["rep_lat"][row]),
                 geo_precision="country", **fields)
