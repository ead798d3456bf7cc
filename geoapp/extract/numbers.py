"""Counts as written in reports ("nearly 1,000", "between 11,000 and 12,000", "dozens").

A :class:`Quantity` is a number phrase with its qualifier already applied, in the
low/high convention of :mod:`geoapp.model`: "more than 100" is ``(101, None)``,
"several hundred" is ``(300, 999)``. Whether the number counts the dead, troops
or documents is decided later (:mod:`geoapp.extract.figures`); here a number
that measures something else ("70-year-old", "20 km") is simply not a count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from geoapp.extract import cues
from geoapp.model import FIGURE_CEILING


@dataclass(frozen=True)
class Quantity:
    """A count phrase at ``start:end`` of the searched text, as a low/high range."""

    start: int
    end: int
    low: int | None
    high: int | None
    text: str


@dataclass(frozen=True)
class _Grammar:
    pattern: re.Pattern
    not_count: re.Pattern
    age: re.Pattern
    words: dict[str, int]
    scales: dict[str, int]
    vague: dict[str, tuple[int, int]]
    qualifier_of: dict[str, str]


#: Characters before a number searched for the word saying it is an age.
_AGES_BACK = 60


@cache
def _grammar() -> _Grammar:
    data = cues.load("numbers")
    words, scales = data["cardinals"], data["scales"]
    vague = {k: tuple(v) for k, v in data["vague"].items()}
    qualifier_of = {" ".join(p.split()): kind for kind, phrases in data["qualifiers"].items()
                    for p in phrases}
    word = cues.alternation(list(words) + list(scales))
    scale = cues.alternation(list(scales))
    spelled = rf"(?:an?\s+{scale}|{word})(?:(?:\s+and\s+|\s+|-){word})*"
    digits = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?:\s+{scale})?|\d+(?:\.\d+)?(?:\s+{scale})?"
    fuzzy = rf"{cues.alternation(list(vague))}(?:\s+{scale})?"
    number = rf"(?:{digits}|{fuzzy}|{spelled})"
    ranges = data["ranges"]
    opener = cues.alternation(ranges["openers"])
    joiner = cues.alternation(ranges["joiners"])
    qualifier = cues.alternation(list(qualifier_of))
    pattern = re.compile(
        rf"(?<![\w.,-])(?:(?P<qual>{qualifier})\s+)?"
        rf"(?:(?P<open>{opener})\s+)?(?P<a>{number})"
        rf"(?:\s*(?P<join>{joiner})\s*(?P<b>{number}))?(?![\w])",
        re.IGNORECASE,
    )
    not_count = re.compile(
        r"\s*" + cues.alternation(data["not_counts"]["after"]) + r"(?![a-z])", re.IGNORECASE)
    # the ages listed before it count too: "aged 47, 50 and 69"
    age = re.compile(r"\b" + cues.alternation(data["not_counts"]["before"])
                     + r"\s+(?:\d{1,3}\s*(?:,|and|or|to|-|–)\s*)*\Z", re.IGNORECASE)
    return _Grammar(pattern, not_count, age, words, scales, vague, qualifier_of)


def find_quantities(text: str) -> list[Quantity]:
    """Every count phrase in ``text`` (numbers measuring time, age or distance are skipped)."""
    g = _grammar()
    out = []
    for m in g.pattern.finditer(text):
        if g.not_count.match(text, m.end()) or g.age.search(text, max(0, m.start() - _AGES_BACK),
                                                             m.start()):
            continue
        low_a, high_a = _value(m["a"], g)
        if m["b"] and (m["open"] or m["join"].lower() != "and"):
            low_b, high_b = _value(m["b"], g)
            if high_b is not None and low_a is not None and high_b >= low_a:
                out.append(Quantity(m.start(), m.end(), low_a, high_b, m.group(0)))
                continue
        end = m.end("a")
        low, high = _qualify(g.qualifier_of.get(" ".join((m["qual"] or "").lower().split())),
                             low_a, high_a)
        out.append(Quantity(m.start(), end, low, high, text[m.start():end]))
    # A figure no event may hold is a typo or an identifier, never a count.
    return [q for q in out if max(q.low or 0, q.high or 0) <= FIGURE_CEILING]


def vague(q: Quantity) -> bool:
    """Whether a count is given only as an order of size ("thousands", "several hundred",
    "tens of thousands"), too rough to be anyone's latest count."""
    g = _grammar()
    m = g.pattern.fullmatch(" ".join(q.text.split()))
    if m is None or m["b"]:
        return False
    low, high = _value(m["a"], g)
    return low != high


def _value(phrase: str, g: _Grammar) -> tuple[int | None, int | None]:
    """Low/high of one number phrase: digits, spelled-out or vague."""
    key = " ".join(phrase.lower().replace(",", "").split())
    head, _, tail = key.rpartition(" ")
    if tail in g.scales and head in g.vague:
        low, high = g.vague[head]
        factor = g.scales[tail]
        return low * factor, (high + 1) * factor - 1
    if key in g.vague:
        return g.vague[key]
    if key[0].isdigit():
        number, _, scale = key.partition(" ")
        value = round(float(number) * g.scales.get(scale, 1))
        return value, value
    value = _spelled(key, g)
    return value, value


def _spelled(key: str, g: _Grammar) -> int:
    """'three hundred and twenty-five' → 325 (a/an count as one before a scale)."""
    total = current = 0
    for token in key.replace("-", " ").split():
        if token in ("and",):
            continue
        if token in ("a", "an"):
            current = 1
        elif token in g.scales:
            scale = g.scales[token]
            current = max(current, 1) * scale
            if scale >= 1000:
                total, current = total + current, 0
        else:
            current += g.words[token]
    return total + current


def _qualify(kind: str | None, low: int, high: int) -> tuple[int | None, int | None]:
    """Apply a qualifier to a plain reading, per the model's figures convention."""
    if kind == "more_than":
        return (low + 1 if low == high else low), None
    if kind == "at_least":
        return low, None
    if kind == "fewer_than":
        return None, (high - 1 if low == high else high)
    if kind == "up_to":
        return None, high
    return low, high


@cache
def spelled_number() -> str:
    """A regex of a number written in words ("thirty", "two hundred", "twenty-five"), for
    patterns that read a measure rather than a count (a distance in words)."""
    data = cues.load("numbers")
    word = cues.alternation(list(data["cardinals"]) + list(data["scales"]))
    scale = cues.alternation(list(data["scales"]))
    return rf"(?:an?\s+{scale}|{word})(?:(?:\s+and\s+|\s+|-){word})*"


def parse_count(phrase: str) -> int | None:
    """The exact value of a plain number phrase ("three", "24", "a"), else None."""
    g = _grammar()
    key = " ".join(phrase.lower().split())
    if key in ("a", "an"):
        return 1
    m = g.pattern.fullmatch(key)
    if m is None or m["qual"] or m["b"]:
        return None
    low, high = _value(m["a"], g)
    return low if low == high and low is not None and low <= FIGURE_CEILING else None
