"""Wordings of round one hundred and twenty-seven (d), each sentence written fresh (not corpus
text): a town the gazetteer lacks named as "the capital of" a region lies in that region; a
toll told only as that of a deed the text recalls as older ("had earlier bombed …; … died in
that raid last week") is that older deed's, no news; a country that "restarted" or "renewed"
its campaign is its actor, not the toll's place; a ministry named bare ("The ministry says
the toll … now stands at …") speaks for the place it was named with before; deeds already
told, judged by an analyst the sentence credits ("According to analyst X, the attacks show
…"), are no new event."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import folded

NORTH_KORDOFAN = "SDN-883"
SOUTH_DARFUR = "SDN-5856"
GAZA = "GAZ+00?"
ISRAEL = "IL"
KAYES = "MLI-2793"
SIKASSO = "MLI-2794"
MAY = dt.date(2025, 5, 10)
JUNE = dt.date(2025, 6, 3)
SEPTEMBER = dt.date(2025, 9, 18)


# a town the gazetteer lacks, named as a region's capital

def test_a_town_named_as_the_capital_of_a_region_lies_there() -> None:
    text = "A drone hit the central market in Obeid, the capital of North Kordofan, killing seven traders."
    assert ("attack", NORTH_KORDOFAN) in folded(text, MAY)


def test_a_town_named_only_by_its_bearing_from_the_capital_stays_unplaced() -> None:
    text = "A drone hit the central market in Obeid, north of the capital, killing seven traders."
    assert ("attack", NORTH_KORDOFAN) not in folded(text, MAY)


# the toll of a deed recalled as older

def test_a_toll_of_a_deed_recalled_as_older_is_no_news() -> None:
    text = ("The army had earlier bombed Nyala airport in South Darfur, where the militia keeps "
            "its drones. Residents say scores of fighters died in that raid last week.")
    assert ("attack", SOUTH_DARFUR) not in folded(text, MAY)


def test_a_new_raid_after_a_recalled_deed_stays_news() -> None:
    text = ("The army had earlier bombed Nyala airport in South Darfur, where the militia keeps "
            "its drones. Residents say scores of fighters died in a new raid there on Friday.")
    assert ("attack", SOUTH_DARFUR) in folded(text, MAY)


# a country that restarted its campaign is its actor

def test_a_country_that_restarted_its_campaign_is_not_the_tolls_place() -> None:
    text = ("Gaza's health ministry says at least 310 people have been killed since Israel "
            "restarted its bombing, bringing the total to 51,000.")
    found = folded(text, MAY)
    assert ("casualty_report", ISRAEL) not in found
    assert any(region == GAZA for _, region in found)


def test_a_place_named_in_the_restarted_campaign_stays_its_place() -> None:
    text = ("Gaza's health ministry says at least 310 people have been killed since Israel "
            "restarted its bombing of Rafah.")
    assert any(region == GAZA for _, region in folded(text, MAY))


# a ministry named bare speaks for the place it was named with

def test_a_bare_ministry_speaks_for_the_place_named_with_it_before() -> None:
    text = ("Israeli tank fire killed 12 people near Khan Younis, Gaza's Health Ministry said.\n\n"
            "The ministry says the toll since October 7, 2023 has reached 54,000 killed.")
    assert ("casualty_report", GAZA) in folded(text, JUNE)


def test_a_sentence_with_no_toll_after_the_ministry_adds_nothing() -> None:
    text = ("Israeli tank fire killed 12 people near Khan Younis, Gaza's Health Ministry said.\n\n"
            "The army said its troops had fired warning shots.")
    assert ("casualty_report", GAZA) not in folded(text, JUNE)


# deeds already told, judged by an analyst credited with it

def test_attacks_judged_by_a_credited_analyst_are_no_new_event() -> None:
    text = ("Gunmen attacked fuel trucks near Kayes on Monday, burning 40 of them. According to "
            "analyst John Smith, the attacks show the jihadists shifting their fight towards "
            "Sikasso.")
    assert ("attack", SIKASSO) not in folded(text, SEPTEMBER)


def test_attacks_credited_to_an_analyst_with_a_toll_of_their_own_stay() -> None:
    text = ("Gunmen attacked fuel trucks near Kayes on Monday, burning 40 of them. According to "
            "analyst John Smith, the attacks near Sikasso killed 12 people.")
    assert ("attack", SIKASSO) in folded(text, SEPTEMBER)
