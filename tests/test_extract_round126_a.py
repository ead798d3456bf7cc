"""Wordings of round one hundred and twenty-six (a), each sentence written fresh (not corpus
text): people carried out of a place ("were taking families out of the town") are an
evacuation, no taking of the town, while a town "being taken" stays a capture; forces sent
forward with their own side's fire in support ("with air power and artillery fire in
support") are an assault, while forces sent with support that is no fire stay a
deployment."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
NORTH_KORDOFAN = "SDN-883"


# people carried out of a town

def test_families_taken_out_of_a_town_are_no_capture() -> None:
    text = ("Rescue crews remained in Toretsk, where they were taking families out of the "
            "town under fire.")
    assert ("capture", DONETSK) not in ruled(text)


def test_a_town_being_taken_stays_a_capture() -> None:
    text = "Soldiers were taking the town of Selydove on Tuesday, witnesses said."
    assert ("capture", DONETSK) in ruled(text)


# forces sent forward under fire support

def test_battalions_sent_with_artillery_support_are_an_assault() -> None:
    text = ("The army sent two battalions into El Obeid on Sunday, with drones and "
            "artillery support, residents said.")
    found = ruled(text)
    assert ("attack", NORTH_KORDOFAN) in found
    assert ("troop_deployment", NORTH_KORDOFAN) not in found


def test_battalions_sent_with_logistical_support_stay_a_deployment() -> None:
    text = ("The army sent two battalions into El Obeid on Sunday, with logistical support "
            "from Egypt.")
    found = ruled(text)
    assert ("troop_deployment", NORTH_KORDOFAN) in found
    assert ("attack", NORTH_KORDOFAN) not in found
