"""Wordings of round one hundred and twenty-four (a), each sentence written fresh (not corpus
text): a place told as held for a short time only ("held the town of X for a short while",
"briefly held the town") was taken, a raid's seizure, where a standing hold ("have held the
town for years") is none; people told as freed, whom others "had taken hostage" before, are
a rescue, not a taking told as news."""

from __future__ import annotations

from tests.extract_helpers import ruled

EST = "BFA-2878"
KOULIKORO = "MLI-4860"


# a place held for a short while only

def test_a_town_held_for_a_short_while_was_taken() -> None:
    text = ("In eastern Burkina Faso, insurgents held the town of Diapaga for a short while "
            "on Tuesday before pulling back.")
    assert ("capture", EST) in ruled(text)


def test_a_town_briefly_held_was_taken() -> None:
    text = "Gunmen briefly held the town of Diapaga in eastern Burkina Faso on Monday."
    assert ("capture", EST) in ruled(text)


def test_a_town_held_for_years_is_no_taking() -> None:
    text = ("JNIM fighters have held the town of Diapaga in eastern Burkina Faso for years, "
            "residents say.")
    assert ("capture", EST) not in ruled(text)


def test_a_meeting_held_in_a_town_is_no_taking() -> None:
    text = ("Elders held a meeting in the town of Diapaga in eastern Burkina Faso for several "
            "hours.")
    assert ("capture", EST) not in ruled(text)


# people freed whom others had taken hostage before

def test_people_freed_who_had_been_taken_hostage_are_no_taking() -> None:
    text = ("Soldiers also managed to free civilians the jihadists had taken hostage in the "
            "town of Kati in Mali.")
    assert ("capture", KOULIKORO) not in ruled(text)


def test_people_rescued_who_had_been_taken_hostage_are_no_taking() -> None:
    text = ("Troops rescued the villagers the gunmen had taken hostage in the town of Kati in "
            "Mali last week.")
    assert ("capture", KOULIKORO) not in ruled(text)


def test_people_taken_hostage_stay_a_taking() -> None:
    text = "Jihadists took 20 people hostage in the town of Kati in Mali on Sunday."
    assert ("capture", KOULIKORO) in ruled(text)


def test_soldiers_taken_prisoner_then_freed_stay_a_taking() -> None:
    text = ("Ten soldiers were taken prisoner in the town of Kati in Mali on Sunday and later "
            "freed.")
    assert ("capture", KOULIKORO) in ruled(text)
