"""Wordings of round one hundred and thirty-two (b), each sentence written fresh (not corpus
text): the dead of a force's killing told as seen or filmed ("bodies of farmers shot dead
by the soldiers were filmed by a drone", "villagers killed by the troops, seen on drone
footage") are the killing and its toll, no sighting of the force; the force itself told as
seen, also in a participle set off by commas ("the soldiers, seen on drone footage, were
moving"), stays one."""

from __future__ import annotations

from tests.extract_helpers import folded

KHARKIV = "UKR-328"


# the dead of a force's killing told as seen

def test_bodies_of_people_shot_by_soldiers_filmed_are_no_sighting() -> None:
    text = "Bodies of farmers shot dead by Russian soldiers near Kupiansk were filmed by a drone."
    assert ("unit_sighting", KHARKIV) not in folded(text)


def test_people_killed_by_troops_seen_on_footage_are_no_sighting() -> None:
    text = "Villagers killed by Russian troops in Kupiansk, seen on drone footage, lay in the road."
    assert ("unit_sighting", KHARKIV) not in folded(text)


# the force itself told as seen

def test_soldiers_seen_on_footage_stay_a_sighting() -> None:
    text = "Russian soldiers near Kupiansk were seen on drone footage on Sunday."
    assert ("unit_sighting", KHARKIV) in folded(text)


def test_soldiers_set_off_as_seen_on_footage_stay_a_sighting() -> None:
    text = "Russian soldiers near Kupiansk, seen on drone footage, were moving towards the river."
    assert ("unit_sighting", KHARKIV) in folded(text)
