"""Whose losses a national tally counts: "Russia had lost 960 soldiers across the whole
front", "the total combat losses of the enemy … were 722,440 personnel".

Daily briefings end with a side's losses over the whole front. Such a tally names no
place, only the side that lost: a country named or written as a nationality, or "the
enemy", which is the side opposing the authority that speaks (Ukraine's General Staff
counts Russia's losses, Russia's defence ministry Ukraine's) or, where no authority
speaks, the side the text calls the invader. The tally is then placed in that country,
as a national total.
"""

from __future__ import annotations

import re
from functools import cache

from geoapp.extract import cues
from geoapp.geocode import Match
from geoapp.geocode.names import country_points

#: Words that make a force's losses a tally of the whole war or front, not of one place; not
#: a count from the start of one operation ("losses since the offensive began on Tuesday",
#: "since the start of the incursion"): that operation's losses, where it is fought.
_SCOPE = re.compile(r"\b(?:total|in\s+all|across\s+all|all\s+(?:groups|directions|fronts|"
                    r"sectors|axes)|(?:whole|entire)\s+front(?:\s+line)?|on\s+all\s+fronts|"
                    r"across\s+the\s+front|along\s+the\s+front|to\s+date|so\s+far|"
                    r"since(?!\s+(?:the\s+(?:start|beginning|launch|outset)\s+of\s+)?(?:the|this|"
                    r"its|their)\s+(?:[\w-]+\s+){0,2}?(?:offensive|counter-?offensive|incursion|"
                    r"operation|assault|attack|raid|cross-border\s+attack)s?\b(?!\s+(?:on|against)\b)"
                    r"(?:\s+(?:began|started|was\s+launched|opened|got\s+under\s*way))?)|"
                    r"cumulative|(?:whole|entire)\s+war|(?:course|start|beginning)\s+of\s+"
                    r"the\s+(?:war|invasion))\b",
                    re.IGNORECASE)


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    iso_of = {name.lower(): iso for iso, (name, _, _) in country_points().items()}
    iso_of.update({k.lower(): v for k, v in cues.load("lexicon")["demonyms"].items()})
    names = cues.alternation(sorted(iso_of, key=len, reverse=True))
    loser = re.compile(
        rf"(?<![\w])(?P<side>enemy|{names})(?:'s|’s)?\s+(?:[a-z-]+\s+){{0,2}}?"
        rf"(?:had\s+|has\s+|have\s+)?(?:lost|losses)\b"
        rf"|\blosses\s+of\s+(?:the\s+)?(?P<of>enemy|{names})(?![\w])", re.IGNORECASE)
    authority = re.compile(
        rf"(?<![\w])(?P<a>{names})(?:'s|’s)?\s+(?:General\s+Staff|Defen[cs]e\s+Ministry|"
        rf"Ministry\s+of\s+Defen[cs]e|armed\s+forces)"
        rf"|(?:General\s+Staff|Ministry\s+of\s+Defen[cs]e)\s+of\s+(?:the\s+)?"
        rf"(?:Armed\s+Forces\s+of\s+(?:the\s+)?)?(?P<b>{names})(?![\w])", re.IGNORECASE)
    return loser, authority, iso_of


def losing_side(sentence: str, before: str) -> tuple[int, int, Match] | None:
    """(start, end, country) of the side whose losses ``sentence`` tallies over the whole
    war or front, or None; ``before`` is the text before it (with the outlet's name), where
    the authority calling the other side "the enemy" is named."""
    if _SCOPE.search(sentence) is None:
        return None
    loser, authority, iso_of = _patterns()
    found = loser.search(sentence)
    if found is None:
        return None
    group = "side" if found["side"] is not None else "of"
    word, start = found[group], found.start(group)
    iso = _enemy(before + "\n" + sentence[:start]) if word.lower() == "enemy" \
        else iso_of[word.lower()]
    match = country_match(word, iso) if iso else None
    return (start, start + len(word), match) if match else None


def losers(sentence: str) -> set[str]:
    """ISO2 codes of the sides whose losses ``sentence`` gives, over any span ("North
    Korea has lost about 4,000 men", "the losses of the Russian army")."""
    loser, _, iso_of = _patterns()
    return {iso_of[(m["side"] or m["of"]).lower()] for m in loser.finditer(sentence)
            if (m["side"] or m["of"]).lower() != "enemy"}


def at_war(a: str, b: str) -> bool:
    """Whether the sides ``a`` and ``b`` (ISO2) fight each other, as the figures' cues know."""
    return _opponents().get(a) == b


def country_match(text: str, iso: str) -> Match | None:
    """A whole country as a place, written ``text``."""
    point = country_points().get(iso)
    if point is None:
        return None
    name, lon, lat = point
    return Match(text, name, name, "country", None, None, iso, lon, lat, "country", 1.0)


#: A toll given for a whole country without naming it ("148 civilians killed across the
#: country in October", "nationwide"); not the country's own part ("in the country's
#: west": a possessive names a part of it, not the whole).
_NATIONWIDE = re.compile(r"\b(?:across|throughout|all\s+over|around|in)\s+(?:the\s+)?(?:whole\s+|"
                         r"entire\s+)?(?:country|nation)\b(?!['’]s\b)|\b(?:nationwide|countrywide|"
                         r"nation-wide|country-wide)\b", re.IGNORECASE)


#: A relative clause right before the words, whose verb is no loss ("one of hundreds of
#: volunteer groups that coordinate aid around the country"): the reach of who it
#: describes, not the toll's ("civilians who were killed across the country" keeps it).
_DESCRIBING = re.compile(r"\b(?:that|which|who)\s+(?P<words>(?:[\w'’-]+\s+){1,5})$",
                         re.IGNORECASE)
_LOSS_WORD = re.compile(r"\b(?:kill|dead|die|death|wound|injur|hurt|casualt|lost|los[se])",
                        re.IGNORECASE)


def nationwide(sentence: str) -> tuple[int, int] | None:
    """(start, end) of the words giving a toll for a whole country, or None."""
    for found in _NATIONWIDE.finditer(sentence):
        described = _DESCRIBING.search(sentence, max(0, found.start() - 60), found.start())
        if described is None or _LOSS_WORD.search(described["words"]) is not None:
            return found.span()
    return None


@cache
def _opponents() -> dict[str, str]:
    return dict(cues.load("figures")["opponents"])


#: An authority named as the one whose words are answered ("The statements of the Russian
#: Ministry of Defence … do not correspond to reality"), not the one that speaks.
_ANSWERED = re.compile(r"\b(?:statements?|claims?|reports?|allegations?|assertions?|words|"
                       r"lies|propaganda|version)\s+(?:of|by|from)\s+(?:the\s+)?$", re.IGNORECASE)


@cache
def _aggressor() -> re.Pattern:
    """The side a text calls the invader ("the Russian invasion", "aggression of the
    Russian Federation", "russian occupiers")."""
    _, _, iso_of = _patterns()
    names = cues.alternation(sorted(iso_of, key=len, reverse=True))
    deeds = r"(?:full-scale\s+)?(?:invasion|aggression|invaders|occupiers|occupation\s+(?:army|forces))"
    return re.compile(rf"(?<![\w])(?P<a>{names})(?:'s|’s)?\s+{deeds}\b"
                      rf"|\b(?:invasion|aggression)\s+(?:of|by)\s+(?:the\s+)?(?P<b>{names})(?![\w])",
                      re.IGNORECASE)


def _enemy(before: str) -> str | None:
    """Whom a text calls "the enemy": the opponent of the last authority that speaks in
    it (a General Staff, a defence ministry, not one whose claims it answers), else the
    side it calls the invader."""
    _, authority, iso_of = _patterns()
    speakers = [m for m in authority.finditer(before)
                if not _ANSWERED.search(before, max(0, m.start() - 30), m.start())]
    if speakers:
        last = speakers[-1]
        return _opponents().get(iso_of[(last["a"] or last["b"]).lower()])
    invader = next(_aggressor().finditer(before), None)
    return iso_of[(invader["a"] or invader["b"]).lower()] if invader else None


@cache
def _nation_running() -> re.Pattern:
    """A running toll counted by the nation whose people it counts: "on the Lebanese side"
    ("at least 500 people have been killed on the Lebanese side"), or the nationality of
    the dead counted up to now ("39 Israeli civilians have now been killed")."""
    _, _, iso_of = _patterns()
    names = cues.alternation(sorted(iso_of, key=len, reverse=True))
    return re.compile(
        rf"\bon\s+the\s+(?P<side>{names})\s+side\b"
        rf"|\b\d[\d,]*\s+(?P<nation>{names})\s+(?:[a-z-]+\s+)?(?:civilians|soldiers|troops|"
        rf"servicemen|fighters|people|citizens|nationals)\s+ha(?:s|ve)\s+(?:now|so\s+far)\s+"
        rf"been\s+killed\b", re.IGNORECASE)


#: A count up to now: "have been killed", "has now been killed".
_PERFECT_KILLED = re.compile(r"\bha(?:s|ve)\s+(?:now\s+|so\s+far\s+)?been\s+killed\b",
                             re.IGNORECASE)


#: A share of the toll told on a side ("120 have been killed, most of them on the Lebanese
#: side"): the toll spans both sides, no one nation's.
_SHARE_OF_THEM = re.compile(r"\bof\s+them\s+$", re.IGNORECASE)


def nation_running_toll(sentence: str) -> tuple[int, int, Match] | None:
    """(start, end, country) of the nation a running toll is counted for, or None."""
    found = _nation_running().search(sentence)
    if found is None or _PERFECT_KILLED.search(sentence) is None or \
            _SHARE_OF_THEM.search(sentence, 0, found.start()) is not None:
        return None
    group = "side" if found["side"] is not None else "nation"
    word, start = found[group], found.start(group)
    match = country_match(word, _patterns()[2][word.lower()])
    return (start, start + len(word), match) if match else None
