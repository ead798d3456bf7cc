"""Wordings of front-line briefings and health-ministry bulletins, each sentence written
fresh (not corpus text): a count of assaults beaten back "every day" is the front's
fighting as it goes on, not a habit; the dead and hurt hospitals took in over the past day
are a ministry's count, not a strike."""

from __future__ import annotations

from tests.extract_helpers import places, ruled

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
