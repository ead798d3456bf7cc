"""Wordings of round one hundred and twenty (c), each sentence written fresh (not corpus
text): a mine named after its town ("the Pokrovsk coal mine") is where that town is, not a
river or a name cut short after "the"; a numbered formation counterattacking at a place is
seen there."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
KHARKIV = "UKR-328"


# a mine named after its town

def test_counterattacks_at_a_mine_named_after_its_town_place_the_town() -> None:
    text = ("Ukrainian assault groups mounted fresh counterattacks on Thursday at the "
            "Pokrovsk coal mine.")
    assert ("attack", DONETSK) in ruled(text)


def test_a_landmine_after_a_river_places_nothing_new() -> None:
    text = "A Ukrainian patrol wading across the Oskil hit a mine on Thursday."
    assert not [code for _, code in ruled(text) if code == KHARKIV]


# a numbered formation counterattacking

def test_a_numbered_brigade_counterattacking_is_seen_there() -> None:
    text = ("The 67th Mechanized Brigade counterattacked on Wednesday near Kupiansk, its "
            "spokesman said.")
    assert ("unit_sighting", KHARKIV) in ruled(text)


def test_troops_counterattacking_without_a_named_unit_are_no_sighting() -> None:
    text = "Ukrainian troops counterattacked on Wednesday near Kupiansk, officials said."
    assert ("unit_sighting", KHARKIV) not in ruled(text)


def test_a_brigade_reporting_drone_strikes_is_no_sighting() -> None:
    text = ("The 67th Mechanized Brigade said Russian drones counterattacked its supply "
            "routes near Kupiansk on Wednesday.")
    assert ("unit_sighting", KHARKIV) not in ruled(text)
