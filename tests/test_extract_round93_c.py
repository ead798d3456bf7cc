"""Wordings of round 93 (c), each sentence written fresh (not corpus text): settlements
counted as taken back ("the army had retaken eight villages over three days") with no place
of their own lie where the paragraph tells the fighting, the ground told as held by the
other side; a count merely taken names no such ground."""

from __future__ import annotations

from tests.extract_helpers import ruled

BELGOROD = "RUS-2370"

_LEAD = "Fighting went on along the border this week.\n\n"
_FIGHT = ("On Monday the army opened a counteroffensive in Belgorod Oblast, where enemy units "
          "have held several border districts since the spring. ")


# 1. settlements counted as taken back are retaken where the paragraph's fighting is


def test_counted_settlements_taken_back_lie_in_the_paragraphs_region() -> None:
    text = _LEAD + _FIGHT + ("A spokesman for the General Staff said that government troops "
                             "had taken back eight settlements over three days.")
    assert ("capture", BELGOROD) in ruled(text)


def test_counted_villages_recaptured_lie_in_the_paragraphs_region() -> None:
    text = _LEAD + _FIGHT + ("The defence ministry in Moscow announced that Russian forces "
                             "recaptured about a dozen villages by Thursday evening.")
    assert ("capture", BELGOROD) in ruled(text)


def test_counted_settlements_merely_taken_are_not_placed_by_the_paragraph() -> None:
    text = _LEAD + _FIGHT + ("A spokesman for the General Staff said that government troops "
                             "had taken eight settlements over three days.")
    assert ("capture", BELGOROD) not in ruled(text)
