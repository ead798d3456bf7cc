"""Who acted: nationality words ("North Korean troops") and armed groups ("JNIM", "the
RSF"), and the countries they point to.

Nationalities tell which countries a report is about (so the places of those
countries are searched), give an actor phrase for an event, and its ``origin``
related place when the actor comes from elsewhere than the event's country.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from geoapp.extract import cues


@dataclass(frozen=True)
class Actor:
    """An armed group named at ``start:end``: "North Korean soldiers", "Russian forces"."""

    start: int
    end: int
    text: str
    country: str | None


@cache
def _not_actor() -> re.Pattern:
    words = cues.alternation(cues.load("lexicon")["not_actor"]["after"])
    return re.compile(rf"(?<![\w]){words}\s+$", re.IGNORECASE)


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    lexicon = cues.load("lexicon")
    countries = lexicon["demonyms"]
    demonym = cues.alternation(list(countries))
    forces = cues.alternation(lexicon["forces"]["words"])
    operations = cues.alternation(lexicon["operations"]["words"])
    actor = re.compile(rf"(?<![\w])(?P<dem>{demonym})(?:\s+[a-z][\w-]*){{0,2}}?\s+(?:(?i:{forces})"
                       rf"|(?P<op>(?i:{operations})))(?![\w])"
                       rf"|(?<![\w])(?P<bare>{demonym})(?=s?\b)(?![\w])")
    return re.compile(rf"(?<![\w]){demonym}(?![\w])"), actor, countries


#: Characters outside ASCII: the only ones folding changes.
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


@cache
def _base_letter(c: str) -> str:
    return unicodedata.normalize("NFD", c)[0]


def _folded(text: str) -> str:
    """``text`` with its letters stripped of accents, one character for one, so a
    nationality written with them ("Burkinabè") reads as the plain word and
    offsets stay those of the text."""
    return _NON_ASCII.sub(lambda m: "".join(map(_base_letter, m.group(0))), text)


def nationalities(text: str) -> set[str]:
    """ISO2 codes of the nationality words in ``text``."""
    pattern, _, countries = _patterns()
    return {countries[m.group(0)] for m in pattern.finditer(_folded(text))}


@cache
def _groups() -> tuple[re.Pattern, dict[str, list[str]]]:
    groups = cues.load("lexicon")["armed_groups"]
    return re.compile(rf"(?<![\w'’-]){cues.alternation(list(groups))}(?![\w'’])"), groups


def group_countries(text: str) -> set[str]:
    """ISO2 codes of the countries the armed groups named in ``text`` fight in."""
    pattern, groups = _groups()
    return {cc for m in pattern.finditer(text.replace("’", "'"))
            for cc in groups[" ".join(m.group(0).split())]}


def find_actors(text: str) -> list[Actor]:
    """Armed groups named by nationality, and nationality plurals used as nouns."""
    _, pattern, countries = _patterns()
    out = []
    text = _folded(text)
    for m in pattern.finditer(text):
        if _not_actor().search(text, max(0, m.start() - 20), m.start()):
            continue
        if m["op"]:  # "a Ukrainian offensive": the side, not the operation
            out.append(Actor(m.start(), m.end(), f"{m['dem']} forces", countries[m["dem"]]))
        elif m["dem"]:
            out.append(Actor(m.start(), m.end(), m.group(0), countries[m["dem"]]))
        elif m["bare"].endswith("s") and m["bare"] in countries:
            out.append(Actor(m.start(), m.end(), m.group(0), countries[m["bare"]]))
    return out


def nearest_actor(actors: list[Actor], pos: int, outside: tuple[int, int] | None) -> Actor | None:
    """The actor closest to ``pos``, ignoring one inside the source's name."""
    def distance(a: Actor) -> int:
        return 0 if a.start <= pos < a.end else min(abs(a.start - pos), abs(a.end - pos))

    usable = [a for a in actors if outside is None or not (outside[0] <= a.start < outside[1])]
    return min(usable, key=distance, default=None)
