"""Round 69 (d): a place named as the ground of a war whose start dates a count ("since the
offensive on Gaza began") does not place the count when the sentence names another; a line
ending on a colon that names no place takes the place of the list items below it."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import ruled


def test_a_war_named_in_a_since_phrase_does_not_place_the_toll():
    text = ("Anger is growing across the occupied West Bank, where at least 870 Palestinians "
            "have been killed by troops and settlers since the offensive on Gaza began in "
            "October 2023, the health ministry said on Tuesday.")
    kinds = ruled(text)
    assert ("casualty_report", "WEB+00?") in kinds
    assert ("casualty_report", "GAZ+00?") not in kinds


def test_a_war_named_in_a_since_phrase_places_a_toll_with_no_other_place():
    # near miss: the war's ground is the only place named
    text = ("More than 48,000 Palestinians have been killed since the war on Gaza began, the "
            "health ministry said on Tuesday.")
    assert ("casualty_report", "GAZ+00?") in ruled(text)


_LIST = ("Rebel fighters attacked an army post in Sagaing Region on Monday.\n\n"
         "The army says it regained control of the following areas:\n\n"
         "- Kyaukse Township, on October 2;\n"
         "- a mining area nearby, on November 9.\n")


def test_a_line_over_a_list_takes_the_items_place():
    kinds = ruled(_LIST, published=dt.date(2025, 11, 20))
    assert ("capture", "MMR-3267") in kinds
    assert ("capture", "MMR-3302") not in kinds


def test_a_line_over_a_list_naming_its_own_place_keeps_it():
    # near miss: the line names its place itself
    text = _LIST.replace("the following areas:", "the following areas of Sagaing Region:")
    kinds = ruled(text, published=dt.date(2025, 11, 20))
    assert ("capture", "MMR-3302") in kinds
    assert ("capture", "MMR-3267") not in kinds
