"""Wordings of round one hundred and twenty-nine (c), each sentence written fresh (not corpus
text): a share of a town taken told with its size ("captured a large part of the eastern
Ukrainian town of X") is ground taken, as "captured most of X" is; a numbered communiqué's
heading that names a region with the day it heads ("Sikasso region (28 February).") places
the paragraph under it, as a bare "Sikasso region." does."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
SIKASSO = "MLI-2794"


# a large part of a town taken

def test_a_large_part_of_a_described_town_captured_is_a_capture() -> None:
    text = ("The defence ministry said on Sunday that its units had captured a large part of the "
            "eastern Ukrainian town of Kostiantynivka.")
    assert ("capture", DONETSK) in ruled(text)


def test_a_large_part_taken_in_a_defence_is_no_capture() -> None:
    text = ("The brigade said its drone crews had taken a large part in the defence of the "
            "eastern Ukrainian town of Kostiantynivka.")
    assert ("capture", DONETSK) not in ruled(text)


# a communiqué's heading: a region and the day it heads

def test_a_region_heading_with_its_day_places_the_strike_under_it() -> None:
    text = ("Sikasso region (28 February). Army aircraft struck a base of terrorist fighters "
            "and destroyed their vehicles, the army said.")
    assert ("attack", SIKASSO) in ruled(text)


def test_a_region_heading_with_an_unknown_area_and_its_day_places_the_strike() -> None:
    text = ("Sikasso region, Faragouaran area (28 February). Army aircraft struck a base of "
            "terrorist fighters, the army said.")
    assert ("attack", SIKASSO) in ruled(text)


def test_a_byline_day_then_place_stays_no_heading() -> None:
    text = ("28 February 2025, Sikasso\n\nArmy aircraft struck a base of terrorist fighters "
            "and destroyed their vehicles, the army said.")
    assert ("attack", SIKASSO) not in ruled(text)


def test_a_region_with_other_words_stays_no_heading() -> None:
    text = ("Sikasso region, a tense day (28 February). Army aircraft struck a base of "
            "terrorist fighters, the army said.")
    assert ("attack", SIKASSO) not in ruled(text)
