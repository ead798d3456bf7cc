"""Wordings of front-line briefings and health-ministry bulletins, each sentence written
fresh (not corpus text): a count of assaults beaten back "every day" is the front's
fighting as it goes on, not a habit; the dead and hurt hospitals took in over the past day
are a ministry's count, not a strike."""

from __future__ import annotations

from tests.extract_helpers import places, ruled, trigger_types

DONETSK, GAZA = "UKR-327", "GAZ+00?"


# 1. a count of assaults repelled per day: the fighting there now

def test_assaults_beaten_back_every_day_are_fighting() -> None:
    found = ruled("Units of the brigade are beating back about 30 enemy assaults every day "
                  "on the approaches to Lyman.")
    assert ("attack", DONETSK) in found


def test_villages_attacked_every_day_stay_a_habit() -> None:
    found = ruled("Russian troops have attacked villages every day near Lyman.")
    assert ("attack", DONETSK) not in found


# 2. the intake of hospitals over the past day: a count, not an attack

def test_hospitals_intake_over_a_day_is_a_count() -> None:
    found = places("The health ministry in Gaza said that over the past 24 hours the "
                   "hospitals had taken in four dead and six wounded.")
    assert ("attack", GAZA) not in found
    assert ("casualty_report", GAZA) in found


def test_hospitals_intake_over_twenty_four_hours_spelled_out_is_a_count() -> None:
    found = places("The health ministry in Gaza said that over the past twenty-four hours "
                   "the hospitals had taken in four dead and six wounded.")
    assert ("attack", GAZA) not in found


# 3. a place that is the object of the next clause's verb: that verb's, not the cue's

def test_capture_takes_no_place_from_the_strike_of_the_next_clause() -> None:
    found = ruled("Russia said on Thursday that it had captured a key town after months of "
                  "heavy fighting, and at the same time hit Kyiv with a drone attack.")
    assert ("capture", "UKR-4826") not in found
    assert ("attack", "UKR-4826") in found


# 4. what cannot be done to units: no deployment

def test_units_that_cannot_be_moved_are_no_deployment() -> None:
    assert "troop_deployment" not in trigger_types(
        "The enemy keeps up raids in the border areas so that our units cannot be moved "
        "to other sectors.")


def test_units_that_can_be_seen_are_still_seen() -> None:
    assert "unit_sighting" in trigger_types(
        "North Korean soldiers can be seen in the video near a village of the Kursk region.")


# 5. a deployment named only as what is praised: one already told

def test_a_praised_troop_dispatch_is_no_new_deployment() -> None:
    found = ruled("Under the pact, North Korea sent thousands of troops to Russia last "
                  "autumn. The party newspaper on Friday held up the troop dispatch and the "
                  "soldiers' part in the fighting in the Kursk region as a model of friendship.")
    assert ("troop_deployment", "RUS-2362") not in found


def test_troops_dispatched_are_still_a_deployment() -> None:
    found = ruled("North Korea dispatched another 3,000 troops to the Kursk region on Friday.")
    assert ("troop_deployment", "RUS-2362") in found
