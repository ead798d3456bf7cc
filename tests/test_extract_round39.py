"""Round thirty-nine: forces named by where they were sent, as the object of another verb,
are only who they are; a toll of forces sent whose verb stands in quotes is a toll; a diary
taken from the dead is papers seized; bunkers are ground taken; what forces were unable or
failed to do is not done; a region's adjective before a single fighter is who he is;
another country's forces fighting at a place are seen there; attackers set off by commas
and identified as fighters are who attacked, no sighting."""

from __future__ import annotations

import datetime as dt

from geoapp.extract.rules import find_triggers
from tests.extract_helpers import places

PUBLISHED = dt.date(2025, 1, 20)
KURSK = "RUS-2362"


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return places(text, PUBLISHED, None)


def _types(sentence: str) -> list[str]:
    return [t.event_type for t in find_triggers(sentence)]


# 1. forces sent, named as the object of another verb

def test_forces_named_by_their_sending_as_an_object_are_no_deployment() -> None:
    assert "troop_deployment" not in _types(
        "Officers in Sudzha described the drills favoured by the Chechen fighters sent to hold "
        "the line in the Kursk region.")


def test_forces_sent_as_the_sentence_tells_are_still_a_deployment() -> None:
    assert "troop_deployment" in _types(
        "Moscow sent the Chechen fighters to hold the line in the Kursk region last week.")


def test_a_share_of_forces_sent_whose_losses_stand_in_quotes_is_no_deployment() -> None:
    assert "troop_deployment" not in _types(
        "The governor said that 900 of the 5,000 Chechen fighters sent to the Kursk region had "
        "\"died or been wounded\" in the fighting.")


# 2. a diary taken from the dead

def test_a_diary_taken_from_a_dead_soldier_is_papers_seized() -> None:
    kinds = _kinds("A diary that was taken from the body of a Chechen fighter near Sudzha in "
                   "the Kursk region was published by the border guards on Sunday.")
    assert ("document_seizure", KURSK) in kinds


def test_a_region_named_by_its_adjective_before_a_single_fighter_is_no_place() -> None:
    kinds = _kinds("Documents were taken from the body of a Chechen fighter near Sudzha in the "
                   "Kursk region, the border guards said.")
    assert all(place != "RUS-2416" for _, place in kinds)


# 3. bunkers taken

def test_bunkers_taken_are_ground_taken_and_no_one_sent() -> None:
    types = _types("\"We first took all the bunkers along the ridge, and then we moved into "
                   "the command building,\" the rebel commander said.")
    assert "capture" in types
    assert "troop_deployment" not in types


# 4. what could not be done

def test_reinforcements_a_command_was_unable_to_send_are_no_deployment() -> None:
    assert "troop_deployment" not in _types(
        "The garrison belonged to the 33rd Division in Lashio, which had been unable to send "
        "it reinforcements.")


def test_reinforcements_a_command_failed_to_send_are_no_deployment() -> None:
    assert "troop_deployment" not in _types("The command in Lashio failed to send the "
                                            "garrison reinforcements.")


def test_reinforcements_sent_are_still_a_deployment() -> None:
    assert "troop_deployment" in _types("The 33rd Division in Lashio sent reinforcements to "
                                        "the garrison on Friday.")


# 5. another country's forces fighting at a place

def test_another_countrys_soldiers_fighting_in_a_region_are_seen_there() -> None:
    assert ("unit_sighting", KURSK) in _kinds(
        "Chadian soldiers are fighting in the Kursk region, a Ukrainian commander said.")


def test_a_countrys_own_soldiers_fighting_at_home_are_no_sighting() -> None:
    assert ("unit_sighting", KURSK) not in _kinds(
        "Russian soldiers are fighting in the Kursk region, a Ukrainian commander said.")


def test_soldiers_killed_in_fighting_in_a_region_are_a_toll_not_a_sighting() -> None:
    kinds = _kinds("About 400 Chadian soldiers have been killed or wounded in fighting in the "
                   "Kursk region, a Ukrainian commander said.")
    assert ("unit_sighting", KURSK) not in kinds
    assert ("casualty_report", KURSK) in kinds


# 6. attackers named, set off by commas

def test_attackers_set_off_by_commas_and_identified_as_fighters_are_no_sighting() -> None:
    assert "unit_sighting" not in _types(
        "The raiders, identified as fighters of a jihadist group, struck the market near the "
        "airport on Sunday.")


def test_soldiers_set_off_by_commas_and_spotted_are_still_seen() -> None:
    assert "unit_sighting" in _types("Chadian troops, spotted near the village on Monday, "
                                     "were moving west.")
