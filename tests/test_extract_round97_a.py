"""Wordings of round ninety-seven (a), each sentence written fresh (not corpus text): a
capital as the subject of a verb of moving forces onto ground ("When Kyiv pushed into the
Belgorod region") is the side that moves, not a place; an opening "When …," clause whose
main clause tells the deed's aim is a campaign recalled, background; a sentence opening on
"There," points back to the place the sentence before names; "in places they have broken
through" is the clause's own verb, no relative clause on places held; forces "moving
forward at" a pace are advancing, not deployed."""

from __future__ import annotations

from tests.extract_helpers import ruled

KYIV = "UKR-4826"
BELGOROD = "RUS-2370"
DONETSK = "UKR-327"


# a capital pushing into a region: who moves, not where

def test_a_capital_pushing_into_a_region_is_no_event_place() -> None:
    text = "Kyiv pushed into the Belgorod region with two brigades on Monday, officials said."
    assert ("attack", KYIV) not in ruled(text)


def test_a_strike_on_the_capital_still_places_it() -> None:
    text = "Russian drones struck Kyiv overnight, killing two people, officials said."
    assert ("attack", KYIV) in ruled(text)


# "When …, the aim was …": a campaign recalled for its motives

def test_a_when_clause_told_for_its_aim_is_background() -> None:
    text = ("When Ukrainian troops pushed into the Belgorod region, the aim was to draw "
            "Russian reserves away from the east.")
    assert ("attack", BELGOROD) not in ruled(text)


def test_a_when_clause_told_with_a_deed_stays_news() -> None:
    text = ("When Ukrainian troops pushed into the Belgorod region, they shelled a border "
            "checkpoint.")
    assert ("attack", BELGOROD) in ruled(text)


# "There," after a sentence that only names a sector

SECTOR = ("Russian drones struck Kharkiv overnight. The hardest sector for Ukraine right "
          "now is the Pokrovsk direction. ")


def test_there_points_back_to_the_place_named_before() -> None:
    text = SECTOR + "There, Russian troops have broken through the defences."
    assert ("attack", DONETSK) in ruled(text)


def test_without_there_the_sector_only_named_is_not_taken() -> None:
    text = SECTOR + "Meanwhile, Russian troops have broken through the defences."
    assert ("attack", DONETSK) not in ruled(text)


# "in places they have broken through": no places held

def test_in_places_they_have_is_the_clause_s_own_verb() -> None:
    text = ("Russian troops are pressing near Pokrovsk in Ukraine's Donetsk region, and in "
            "places they have broken through the defences.")
    assert ("attack", DONETSK) in ruled(text)


# forces moving forward at a pace: an advance

def test_forces_moving_forward_at_a_pace_advance() -> None:
    text = ("Russian troops are moving forward at 200 metres a day near Pokrovsk in "
            "Ukraine's Donetsk region.")
    got = ruled(text)
    assert ("attack", DONETSK) in got
    assert ("troop_deployment", DONETSK) not in got


def test_forces_moving_forward_to_a_line_are_still_deployed() -> None:
    text = ("Russian troops are moving forward to new positions near Pokrovsk in "
            "Ukraine's Donetsk region.")
    assert ("troop_deployment", DONETSK) in ruled(text)
