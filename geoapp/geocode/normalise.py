"""Character-level normalisation shared by the index builder and the query side.

The alias index stores keys made by :func:`normalise`, so both sides must run exactly
the same code. Bump :data:`NORMALISE_VERSION` whenever the output of :func:`normalise`,
:func:`transliterate` or :func:`skeleton` changes, and rebuild the data
(``python -m geoapp.geocode.build_data``); the loader refuses a stale index.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

NORMALISE_VERSION = 1

_APOSTROPHES = "'’ʼ`‘´ʹ′″\"“”«»„ʻʽ"
_SEPARATORS = "-‐‑‒–—―−_.,;:/\\()[]{}|!?*+&#~"
# Letters that carry no Unicode decomposition but have an obvious plain form.
_FOLD = {"ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h", "þ": "th"}
_TABLE = str.maketrans({**dict.fromkeys(_APOSTROPHES, None),
                        **dict.fromkeys(_SEPARATORS, " "), **_FOLD})
# Combining marks (Latin/Cyrillic diacritics, Hebrew and Arabic points). Stripping them
# after NFKD folds é→e, й→и, ё→е, ї→і identically for index and query.
_COMBINING = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)


@lru_cache(maxsize=1 << 16)
def normalise(text: str) -> str:
    """Fold case, diacritics, apostrophes and separators so spellings compare equal.

    Example: ``normalise("Donets'k Oblast’") == normalise("donetsk  oblast")``.
    Hangul is decomposed by NFKD and recomposed by the final NFC, so Korean survives.
    """
    s = text.casefold().translate(_TABLE)
    s = _COMBINING.sub("", unicodedata.normalize("NFKD", s))
    s = unicodedata.normalize("NFC", s.translate(_TABLE))
    return " ".join(s.split())


_RU = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
       "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
       "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
       "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
       "я": "ya"}
_UK = {**_RU, "г": "h", "ґ": "g", "е": "e", "є": "ye", "и": "y", "і": "i", "ї": "yi"}
_UK_LETTERS = set("ґєії")


def transliterate(text: str, lang: str | None = None) -> str:
    """Romanise Russian or Ukrainian Cyrillic (BGN-like, no diacritics); other text unchanged.

    ``lang`` is "ru" or "uk"; by default Ukrainian is assumed when the text has і/ї/є/ґ.
    Used to derive Latin aliases such as "Kurskaya" from "Курская область".
    """
    low = text.casefold()
    if lang is None:
        lang = "uk" if _UK_LETTERS.intersection(low) else "ru"
    table = _UK if lang == "uk" else _RU
    return "".join(table.get(ch, ch) for ch in low)


_SKELETON_RULES = [(re.compile(p), r) for p, r in (
    (r"shch", "s"), (r"kh", "h"), (r"zh", "z"), (r"ch", "c"), (r"sh", "s"),
    (r"t[sz]", "c"), (r"(?<=[a-z])[yij](?=[aeiouy])", ""), (r"[yij]", "i"), (r"w", "v"),
    (r"g", "h"), (r"([a-z])\1+", r"\1"), (r" ", ""),
)]


@lru_cache(maxsize=1 << 16)
def skeleton(text: str) -> str:
    """A coarse spelling key: romanised, then y/i/j, kh/h, g/h, doubled letters merged.

    Two names with the same skeleton are spelling variants of each other
    (Sievierodonetsk/Severodonetsk, Лиман/Lyman). Only used to rank or as a last resort.
    """
    s = normalise(transliterate(normalise(text)))
    for pattern, repl in _SKELETON_RULES:
        s = pattern.sub(repl, s)
    return s
