"""Wordings the rules misread, each sentence written fresh (not corpus text): a force
judged "seen as" needed; people driven out of their homes by the fighting; a denial about
another village of the same region; a headline in the present ("X takes Y")."""

from __future__ import annotations

from tests.extract_helpers import ruled, trigger_types  # noqa: F401

SUMY = "UKR-325"
DONETSK = "UKR-327"


# 1. what a force is judged to be or to need ("is seen as necessary") is no sighting

def test_seen_as_is_an_opinion_not_a_sighting() -> None:
    assert "unit_sighting" not in trigger_types(
        "The backing of the villagers for the troops is also seen as essential.")


def test_troops_seen_near_a_town_are_still_a_sighting() -> None:
    assert "unit_sighting" in trigger_types("Troops were seen near the town on Monday.")


# 2. people driven out of their villages by the fighting take no ground

def test_people_driven_out_by_clashes_take_no_ground() -> None:
    assert "capture" not in trigger_types(
        "Families are leaving their villages in the north, driven out as the clashes "
        "between the army and the rebels grow worse.")


def test_rebels_driven_out_of_a_town_is_still_ground_taken() -> None:
    assert "capture" in trigger_types("The rebels were driven out of the town on Friday.")


# 3. a denial about another village of the same region leaves this village's capture

def test_a_denial_about_another_village_leaves_the_capture() -> None:
    found = ruled(
        "Russian forces have seized Hrabovske in Sumy Oblast, officials said on Sunday.\n\n"
        "Fighting went on near Sumy City. Kyiv dismissed the reports that Russian forces had "
        "entered Ryasne in Sumy Oblast.")
    assert ("capture", SUMY) in found


# 4. a headline in the present ("Russia takes X") tells ground taken

def test_a_present_tense_headline_takes_the_town() -> None:
    found = ruled("After months of fighting, Russia takes Siversk\n\n"
                  "Russian troops shelled Kramatorsk on Monday.")
    assert ("capture", DONETSK) in found
