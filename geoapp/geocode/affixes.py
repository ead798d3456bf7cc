"""Administrative words around a name ("Kursk Oblast", "Республика Тыва", "쿠르스크주").

:func:`split_affixes` strips them and says what kind of unit the words asked for, so
"Kursk region" can prefer the oblast over the city while "Kursk" stays the city.
The same function turns index names into their core ("Курская область" → "курская").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from geoapp.geocode.normalise import normalise

# Unit classes. Regions get one from their Natural Earth type; affixes ask for one.
OBLAST, KRAI, REPUBLIC, OKRUG, CITY, PROVINCE = (
    "oblast", "krai", "republic", "okrug", "city", "province")
GENERIC = "region"         # generic "region"/"province": any non-city unit
DISTRICT = "district"      # raion, hromada: smaller than admin-1, falls back to its town
SETTLEMENT = "settlement"  # village of, село: a place, never a region
REGION_CLASSES = (OBLAST, KRAI, REPUBLIC, OKRUG, CITY, PROVINCE)

_SUFFIXES = {
    OBLAST: ["oblast", "oblasty", "obl", "voblasts", "voblast", "область", "обл",
             "вобласць", "autonomous oblast", "autonomous region", "автономная область",
             "автономна область", "avtonomnaya oblast"],
    KRAI: ["krai", "kray", "край", "territory", "지방"],
    REPUBLIC: ["republic", "respublika", "республика", "республіка", "autonomous republic",
               "автономная республика", "автономна республіка", "공화국", "자치 공화국",
               "자치공화국"],
    OKRUG: ["autonomous okrug", "autonomous district", "okrug", "aok", "ao", "a okr",
            "avtonomnyy okrug", "автономный округ", "автономний округ", "자치구"],
    CITY: ["city", "special republican city", "republican city", "federal city",
           "city of federal significance", "municipality", "gorod", "misto",
           "город федерального значения", "город", "місто",
           "metropolitan city", "special city", "광역시", "특별시", "직할시", "특별자치시", "시"],
    GENERIC: ["region", "province", "state", "governorate", "prefecture", "county",
             "department", "регион", "регіон", "провинция", "주", "도", "특별자치도"],
    DISTRICT: ["district", "raion", "rayon", "район", "hromada", "громада", "군", "구",
               "municipal district", "муниципальный район", "р н", "р он",
               "муниципальный округ", "municipal okrug", "городской округ", "urban okrug",
               "міська громада", "сільська громада", "селищна громада", "територіальна громада"],
}
_PREFIXES = {
    REPUBLIC: ["republic of", "autonomous republic of", "республика", "республіка",
               "respublika", "автономная республика", "автономна республіка"],
    CITY: ["city of", "the city of", "город", "г", "гор", "місто", "м", "misto", "gorod"],
    GENERIC: ["region of", "province of", "state of", "oblast of"],
    SETTLEMENT: ["village of", "the village of", "town of", "the town of", "settlement of",
                 "the settlement of", "село", "с", "селище", "смт", "пгт", "поселок",
                 "посёлок", "деревня", "хутор", "станица", "village", "settlement"],
}
_LEADING_THE = "the "
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Single-syllable Korean suffixes are stripped only from longer words ("쿠르스크주"),
# never from two-syllable names such as 광주 or 제주, which end in the same syllable.
_HANGUL_SHORT = {"주": GENERIC, "도": GENERIC, "시": CITY, "군": DISTRICT, "구": DISTRICT}


@dataclass(frozen=True)
class Phrase:
    """A normalised name split into its core and the unit class its affixes ask for."""

    key: str
    core: str
    intent: str | None


def _table(entries: dict[str, list[str]]) -> list[tuple[str, str]]:
    pairs = {(normalise(word), cls) for cls, words in entries.items() for word in words}
    return sorted(pairs, key=lambda p: -len(p[0]))  # longest affix first


_SUFFIX_TABLE = _table(_SUFFIXES)
_PREFIX_TABLE = _table(_PREFIXES)
# Every affix with its space, for one C-level test before the loops (most names have none).
_ANY_SUFFIX = tuple(" " + word for word, _ in _SUFFIX_TABLE)
_ANY_PREFIX = tuple(word + " " for word, _ in _PREFIX_TABLE)


@lru_cache(maxsize=1 << 16)
def affix_tokens() -> frozenset[str]:
    """Every word of an administrative affix, normalised ("the", "city", "of", "oblast"):
    text around a name made only of these may be part of it."""
    return _AFFIX_TOKENS


_AFFIX_TOKENS = frozenset(word for affix, _ in _SUFFIX_TABLE + _PREFIX_TABLE
                          for word in affix.split()) | {normalise(_LEADING_THE).strip()}


def split_affixes(key: str) -> Phrase:
    """Strip administrative prefixes/suffixes from a normalised name.

    Example: ``split_affixes("kursk oblast") == Phrase("kursk oblast", "kursk", "oblast")``.
    The most specific class wins when several affixes are stacked
    ("autonomous republic of crimea" → republic).
    """
    core, intent = key, None
    if core.startswith(_LEADING_THE):
        core = core[len(_LEADING_THE):]
    changed = True
    while changed:
        changed = False
        for word, cls in _PREFIX_TABLE if core.startswith(_ANY_PREFIX) else ():
            if core.startswith(word + " ") and len(core) > len(word) + 2:
                core, intent, changed = core[len(word) + 1:], _stronger(intent, cls), True
                break
        for word, cls in _SUFFIX_TABLE if core.endswith(_ANY_SUFFIX) else ():
            if core.endswith(" " + word) and len(core) > len(word) + 2:
                core, intent, changed = core[:-len(word) - 1], _stronger(intent, cls), True
                break
        if not changed and not core.isascii() and _HANGUL.search(core):
            core, cls = _strip_hangul(core)
            if cls:
                intent, changed = _stronger(intent, cls), True
    return Phrase(key, core, intent)


def _strip_hangul(core: str) -> tuple[str, str | None]:
    """Strip a Korean unit word written without a space ("쿠르스크주", "투바공화국")."""
    for word, cls in _SUFFIX_TABLE:
        if len(word) > 1 and _HANGUL.match(word) and core.endswith(word) \
                and len(core) - len(word) >= 2:
            return core[:-len(word)].rstrip(), cls
    last = core[-1]
    if last in _HANGUL_SHORT and len(core) >= 3 and _HANGUL.match(core[-2]):
        return core[:-1].rstrip(), _HANGUL_SHORT[last]
    return core, None


_SPECIFICITY = {None: 0, GENERIC: 1, DISTRICT: 2, SETTLEMENT: 2, OBLAST: 3, KRAI: 3,
                OKRUG: 3, CITY: 3, REPUBLIC: 4}


def _stronger(current: str | None, new: str) -> str:
    return new if _SPECIFICITY[new] >= _SPECIFICITY[current] else current


def compatibility(intent: str | None, region_class: str) -> int:
    """How well a region of ``region_class`` answers a phrase asking for ``intent`` (0–2)."""
    if intent == region_class:
        return 2
    if intent in (GENERIC, OBLAST) and region_class != CITY:
        return 1
    return 0
