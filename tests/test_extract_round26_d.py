"""Ground taken, people taken and fights told in wordings the rules missed, each sentence
written fresh (not corpus text): a place freed told by a passive with an adverb and more
places given the same predicate by "as have"; forces that advanced near a place; ground no
longer held, "likely" assessing the present; people taken away in a raid; the dead of a
named group counted through its name; a military operation that killed fighters; fighting
told by where it took place."""

from __future__ import annotations

from geoapp.extract.figures import find_figures
from tests.extract_helpers import ruled, trigger_types

KHARKIV = "UKR-328"
SUMY = "UKR-325"
CHERNIHIV = "UKR-285"
DONETSK = "UKR-327"
ZAPORIZHZHIA = "UKR-331"
BARI = "SOM-1"
KIDAL = "MLI-2689"


# 1. a place freed: the passive's subject however long, "also" inside the auxiliary

def test_a_share_of_a_town_that_has_also_been_freed_is_taken() -> None:
    assert ("capture", KHARKIV) in ruled(
        "More than half of the territory of Kupiansk in the Kharkiv region has also been "
        "freed, the general said.")


def test_places_given_the_predicate_by_as_have_are_taken_too() -> None:
    found = ruled("Kupiansk has been liberated, the general said, as have five settlements "
                  "in the Sumy and Chernihiv regions.")
    assert ("capture", SUMY) in found and ("capture", CHERNIHIV) in found


def test_as_has_been_reported_gives_the_predicate_to_nothing() -> None:
    found = ruled("Kupiansk has been liberated, as has been reported in the Sumy region.")
    assert ("capture", SUMY) not in found


# 2. forces that advanced near a place: an attack there, no ground said taken

def test_forces_that_advanced_near_a_village_attack_there() -> None:
    # an advance with no ground said to be taken is an attack (corpus README, `capture`)
    assert ("attack", DONETSK) in ruled(
        "Geolocated footage shows that Russian forces have advanced near the village of "
        "Ocheretyne in Donetsk Oblast.")


def test_an_attempt_to_advance_near_a_village_takes_no_ground() -> None:
    assert "capture" not in trigger_types(
        "Russian attempts to advance near Ocheretyne in Donetsk Oblast were repelled.")


# 3. ground no longer held; "likely" before "no longer" assesses the present

def test_a_trench_line_likely_no_longer_held_is_a_capture_as_news() -> None:
    assert ("capture", ZAPORIZHZHIA) in ruled(
        "Footage indicates that a trench line west of Robotyne in Zaporizhzhia Oblast is "
        "likely no longer held by Russian forces.")


def test_a_ministry_that_no_longer_controls_the_budget_takes_nothing() -> None:
    assert "capture" not in trigger_types("The ministry no longer controls the budget of the town.")


# 4. people taken away in a raid

def test_people_taken_away_in_a_raid_are_a_capture() -> None:
    assert "capture" in trigger_types(
        "The attackers hit the village at dawn on Sunday and took away an unknown number of people.")


def test_bodies_taken_away_are_no_capture() -> None:
    assert "capture" not in trigger_types("Rescuers took away the bodies of five people.")


# 5. the dead counted through the name of their group

def test_fighters_of_a_named_group_killed_are_counted_as_killed() -> None:
    figures = find_figures(
        "More than 30 fighters of the Islamic State (ISIS) have been killed by troops.")
    assert [f.category for f in figures] == ["killed"]


# 6. a military operation that killed fighters is an attack

def test_a_military_operation_that_killed_fighters_is_an_attack() -> None:
    assert ("attack", BARI) in ruled(
        "More than 20 militants have been killed by security forces in a military operation "
        "in Somalia's Bari region, officials said.")


def test_a_military_operation_with_no_one_killed_is_no_attack() -> None:
    assert "attack" not in trigger_types("The army began a military operation in the region.")


# 7. fighting told by where it took place

def test_fighting_that_took_place_in_a_region_is_an_attack() -> None:
    assert ("attack", KIDAL) in ruled(
        "According to the army, the fighting took place in the Kidal region on Friday.")
