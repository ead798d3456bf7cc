"""Cue files: the domain vocabulary of extraction lives in ``cues/*.toml``, not in code.

Each file is read once per process. :func:`alternation` turns a list of phrases
into one regex alternative (longest first, flexible spaces) so every rule module
builds its patterns the same way.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed ``cues/<name>.toml`` (cached; callers must not mutate it)."""
    folder = resources.files("geoapp.extract").joinpath("cues")
    text = folder.joinpath(f"{name}.toml").read_text("utf-8")
    return tomllib.loads(text)


#: What may stand between the words of a phrase besides spaces, for :func:`alternation`'s
#: ``adverbs``: an adverb ("is now weighing", "are still considering").
#: A comma that parts clauses, not one inside a number ("massed 20,000 troops near Kupiansk").
CLAUSE_COMMA = r"(?:(?<!\d),|,(?!\d))"
#: A place's apposition ("the city", "a strategic town") that a relative clause without a
#: pronoun may follow ("Aleppo, the city the rebels seized last week").
PLACE_APPOSITION = r"(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:city|town|village|settlement|base|" \
                   r"stronghold|hub|capital|airport|district|area|region|province|state)\s+" \
                   r"(?:that\s+)?"
ADVERB = r"\s+(?:(?:now|still|also|already|currently|reportedly|actively|seriously|again|" \
         r"even|openly|quietly|urgently|apparently|officially|formally|yet|sharply|steadily|" \
         r"significantly|dramatically|markedly|greatly)\s+)?"


def _quotable(word: str) -> str:
    """A word of a phrase, bare or alone in quotation marks (there was "constant" fighting
    on its edges); never a quote of several words (forces "in "full control" of" a city
    they hold), which opens a claim of its own."""
    return rf"(?:{word}|[\"“]{word}[\"”])"


def alternation(phrases: list[str] | tuple[str, ...], adverbs: bool = False,
                quotes: bool = False) -> str:
    """Regex alternative matching any phrase; longest first, any run of spaces between words
    (and with ``adverbs`` an :data:`ADVERB` too; with ``quotes`` a word before the last may
    stand alone in quotation marks, :func:`_quotable`).

    Phrases are literal text except that a trailing ``*`` stands for any word ending
    ("attack*" matches attack, attacks, attacked) so cue files stay short.
    """
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        stem = phrase.endswith("*")
        words = [re.escape(w) for w in phrase.rstrip("*").split()]
        if quotes:
            words = [_quotable(w) for w in words[:-1]] + words[-1:]
        body = (ADVERB if adverbs else r"\s+").join(words)
        parts.append(body + (r"\w*" if stem else ""))
    return "(?:" + "|".join(parts) + ")"


def first_words(phrases: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The lower-case first word of each phrase (its stem where it ends in ``*``): every
    match of :func:`words_regex` over the phrases contains one of them, lower-cased."""
    return tuple(sorted({phrase.split()[0].rstrip("*").lower() for phrase in phrases}))


def words_regex(phrases: list[str] | tuple[str, ...], flags: int = re.IGNORECASE,
                adverbs: bool = False, compounds: bool = True,
                quotes: bool = False) -> re.Pattern:
    """Compiled pattern finding whole-word occurrences of any phrase; with ``compounds``
    false, not as the first part of a hyphened compound ("front" of "front-line")."""
    end = r"(?![\w])" if compounds else r"(?![\w-])"
    return re.compile(r"(?<![\w-])" + alternation(phrases, adverbs, quotes) + end, flags)
