"""Wordings of round one hundred and twenty-four (b), each sentence written fresh (not corpus
text): a second place after "and the" with words describing it and its settlement word before
its name ("took the town of X and the key nearby village of Y") is taken too; a toll told
by the kinds of death it counts ("the toll covers people killed in the fighting and in
shelling") names no strike; a count closed by "since the start of Israel's war on Gaza" is
the whole war's toll, with the wounded told after it."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import ruled

KHARKIV = "UKR-328"
MIDDLE_SHABELLE = "SOM-2410"
HIRAN = "SOM-2409"
DONETSK = "UKR-327"
GAZA = "GAZ+00?"


# a described second place whose settlement word stands before its name

def test_a_described_village_after_and_the_is_taken_too() -> None:
    text = ("MOGADISHU, Somalia – Al-Shabaab militants overran the district town of Aadan "
            "Yabaal in Middle Shabelle and the small farming village of Aboorey in Hiran late "
            "on Tuesday.")
    found = ruled(text)
    assert ("capture", MIDDLE_SHABELLE) in found
    assert ("capture", HIRAN) in found


def test_a_place_in_a_new_clause_after_and_the_is_still_not_taken() -> None:
    text = ("Russian units seized the town of Vovchansk on Tuesday and the frightened "
            "residents of Siversk fled west.")
    found = ruled(text)
    assert ("capture", KHARKIV) in found
    assert ("capture", DONETSK) not in found


# the kinds of death a toll counts

_BREAKDOWN = ("Earlier, residents of the towns of al-Harah and Nawa had blocked an aid convoy "
              "that was trying to reach Daraa.\n\nThe monitor released a breakdown of the 412 "
              "dead it has recorded since Monday. ")


def test_the_kinds_of_death_a_toll_covers_are_no_strike() -> None:
    text = _BREAKDOWN + "It said the toll covers people killed in the fighting and in summary executions."
    assert not any(kind == "attack" for kind, _ in ruled(text, dt.date(2025, 7, 18)))


def test_a_strike_of_its_own_day_inside_a_toll_stays_a_strike() -> None:
    text = _BREAKDOWN + "It said the toll covers people killed in Israeli shelling of Nawa on Friday."
    assert any(kind == "attack" for kind, _ in ruled(text, dt.date(2025, 7, 18)))


# a count from the start of a war named by whose it is

def test_a_toll_since_the_start_of_a_sides_war_is_background() -> None:
    text = ("According to army figures, 610 soldiers have been killed since the start of "
            "Israel's war on Gaza in October 2023, and 4,200 have been wounded.")
    assert ("casualty_report", GAZA) not in ruled(text, dt.date(2025, 5, 20))


def test_a_toll_of_the_day_beside_the_war_start_stays_news() -> None:
    text = ("Three soldiers were killed in Gaza on Monday, the army said, and 4,200 have "
            "been wounded since the start of Israel's war on Gaza in October 2023.")
    assert ("casualty_report", GAZA) in ruled(text, dt.date(2025, 5, 20))
