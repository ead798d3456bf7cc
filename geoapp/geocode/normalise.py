"""Character-level normalisation shared by the index builder and the query side.

The alias index stores keys made by :func:`fold` and :func:`korean_fold`, so both sides
must run exactly the same code. Bump :data:`NORMALISE_VERSION` whenever the output of
:func:`normalise`, :func:`fold` or :func:`korean_fold` changes (or the romanisation
libraries they call change their tables), and rebuild the data
(``python -m geoapp.geocode.build_data``); the loader refuses a stale index, and place
lists in a store are re-keyed when they are read.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from geoapp.geocode.romanise import has_cyrillic, has_hangul, romanise

NORMALISE_VERSION = 2

_APOSTROPHES = "'’ʼ`‘´ʹʺ′″\"“”«»„ʻʽ·"
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


# A rewrite rule: (letters one of which must occur for it to change anything, regex or
# None for a plain replacement, replacement). Keys are built for every spelling of every
# place (a 150,000-row list has 200,000 spellings): skipping the rules that cannot apply,
# and str.replace for literals, keep folding cheap without changing a single key.
_Rule = tuple[tuple[str, ...], "re.Pattern[str] | None", str]


def _rules(pairs: tuple[tuple[str, str], ...]) -> tuple[_Rule, ...]:
    out = []
    for pattern, repl in pairs:
        if pattern.isalpha():                       # a literal: "tch", "g"
            out.append(((pattern,), None, repl))
        elif pattern in ("h+", "[yij]+"):           # a no-op on single letters
            out.append((("hh",) if pattern == "h+" else ("y", "j", "ii"),
                        re.compile(pattern), repl))
        else:                   # a regex; "s(?:hch|…)" can only match where there is an s
            head = pattern.split("(")[0]
            guarded = pattern[0].isalpha() and "|" not in head and pattern[1] not in "+*?{"
            out.append(((pattern[0],) if guarded else (), re.compile(pattern), repl))
    return tuple(out)


def _apply(rules: tuple[_Rule, ...], s: str) -> str:
    for needs, pattern, repl in rules:
        for letters in needs:
            if letters in s:
                break
        else:
            if needs:
                continue
        s = s.replace(needs[0], repl) if pattern is None else pattern.sub(repl, s)
    return s


@lru_cache(maxsize=1 << 16)
def normalise(text: str) -> str:
    """Fold case, diacritics, apostrophes and separators so spellings compare equal.

    Example: ``normalise("Donets'k Oblast’") == normalise("donetsk  oblast")``.
    Hangul is decomposed by NFKD and recomposed by the final NFC, so Korean survives.
    """
    if text.isascii():   # most text scanned and most queries: no marks to decompose
        return " ".join(text.lower().translate(_TABLE).split())
    s = text.casefold().translate(_TABLE)
    s = _COMBINING.sub("", unicodedata.normalize("NFKD", s))
    s = unicodedata.normalize("NFC", s.translate(_TABLE))
    return " ".join(s.split())




# Spellings of one Cyrillic name in every romanisation fold to one key. The rules merge
# the letters the systems disagree on: щ (shch shh sch šč ŝ), ш (sh š), х (kh h x),
# ц (ts tc c cz), ч (ch tch č), ж (zh ž), г (g h; Ukrainian зг is "zgh"), й/ы/и/і (y i j),
# the iotated vowels (ya ia ja â; yu iu ju û; ye ie je ê; yo ë after a consonant),
# ў/w/v, soft signs and apostrophes (gone with normalise), and doubled letters.
_SLAVIC_RULES = _rules((
    (r"([a-z])\1+", r"\1"), (r"s(?:hch|hh|ch|c|h)", "s"), (r"tch", "c"), (r"tc", "c"),
    (r"gh", "g"), (r"g", "h"), (r"x", "h"), (r"h+", "h"), (r"zh", "z"), (r"kh", "h"),
    (r"h+", "h"), (r"t[sz]", "c"), (r"c[hz]", "c"), (r"w", "v"),
    (r"[yij]+", "i"), (r"(?<![aeou])io", "e"), (r"i(?=[aeou])", ""), (r"([a-z])\1+", r"\1"),
))
# Revised Romanization and McCune–Reischauer (with or without its breves and
# apostrophes) differ in vowels (eo/ŏ, eu/ŭ; RR writes 웨어 "weeo"), voicing (g/k, d/t,
# b/p, j/ch), r/l, sh/s and a final ㅅ before ㅅ (RR "ts", MR "ss").
_KOREAN_RULES = _rules((
    (r"([a-z])\1+", r"\1"), (r"ts", "s"), (r"eo", "o"), (r"eu", "u"), (r"sh", "s"),
    (r"ch|j", "c"), (r"g", "k"), (r"d", "t"), (r"b", "p"), (r"r", "l"), (r"([a-z])\1+", r"\1"),
))
#: Prefix that keeps Korean keys apart from the others in one index.
KOREAN_PREFIX = "~"


@lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """The comparison key of a name: romanised when Cyrillic or Hangul, normalised, spaces
    removed, and the letters that romanisation systems disagree on merged.

    Every romanisation of one Russian or Ukrainian name folds to the same key:
    ``fold("Николаево-Дарьино") == fold("Nikolayevo-Darino") == fold("Nikolaevo-Dar'ino")
    == fold("Nikolaevo-Darʹino")``; ``fold("Юнаківка") == fold("Yunakivka")``.
    Names in other scripts (Arabic, Chinese …) are only normalised.
    """
    if has_cyrillic(text) or has_hangul(text):
        text = romanise(text)
    s = normalise(text).replace(" ", "")
    if not s.isascii():
        return s
    return _apply(_SLAVIC_RULES, s)


@lru_cache(maxsize=1 << 16)
def korean_fold(text: str) -> str:
    """The comparison key of a Korean name (Hangul, RR or MR), prefixed with
    :data:`KOREAN_PREFIX`: ``korean_fold("평양") == korean_fold("P'yŏngyang")
    == korean_fold("Pyeongyang") == korean_fold("Pyongyang")``."""
    if has_hangul(text):
        text = romanise(text, "press")
    s = normalise(text).replace(" ", "")
    if not s.isascii():
        return KOREAN_PREFIX + s
    return KOREAN_PREFIX + _apply(_KOREAN_RULES, s)


def query_keys(text: str) -> tuple[str, ...]:
    """Every key a queried name may be indexed under: its fold, the fold with "x" read as
    "ks" (Alexandrovka) rather than GOST's х, and its Korean key."""
    keys = [fold(text)]
    if "x" in text.casefold():
        keys.append(fold(re.sub("x", "ks", text, flags=re.IGNORECASE)))
    keys.append(korean_fold(text))
    return tuple(dict.fromkeys(k for k in keys if len(k) >= 2))
