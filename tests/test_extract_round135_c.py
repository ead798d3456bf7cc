"""Wordings of round one hundred and thirty-five (c), each sentence written fresh (not corpus
text): a side told as having pulled its own forces out of a named place ("Kyiv pulls its
troops out of X", "the group has pulled its fighters out of X") hands the place over, a
capture there, and a capital as the side ("Kyiv pulls …") is no place; a plan to pull them
out, or a pull-out from an area with no name, takes nothing. Forces of a country's army
and the armed group it fights, together the subject of "fought in X" ("the army and the
rival paramilitary Rapid Support Forces fought in the streets of X"), fought each other
there, an attack, where another country's troops fighting beside the army are seen there."""

from __future__ import annotations

import pytest

from tests.extract_helpers import folded

DONETSK = "UKR-327"
KURSK = "RUS-2362"
NYALA = "SDN-5856"


# 1. a side that pulled its own forces out of a named place: a capture there

@pytest.mark.parametrize("text", [
    "Kyiv pulls its troops out of Vuhledar as Russian forces close in on the town.",
    "Ukraine has pulled its soldiers out of Vuhledar, the general staff said on Wednesday.",
    "The Ukrainian command said on Tuesday it had pulled its units out of the town of "
    "Vuhledar to save the lives of its men.",
])
def test_a_side_that_pulled_its_forces_out_of_a_named_place_gave_it_up(text: str) -> None:
    assert ("capture", DONETSK) in folded(text)


@pytest.mark.parametrize("text", [
    "Ukraine was to pull its troops out of Vuhledar within days, officials said on Tuesday.",
    "Ukraine has pulled its troops out of the area around the mine near Vuhledar, officials "
    "said on Tuesday.",
    "Ukraine pulled its units out of Vuhledar to rest and refit, the general staff said.",
])
def test_a_planned_or_unnamed_pull_out_takes_nothing(text: str) -> None:
    assert ("capture", DONETSK) not in folded(text)


# 2. the army and the armed group it fights, together, "fought in" a place: an attack there

@pytest.mark.parametrize("subject", [
    "Sudan's army and the rival paramilitary Rapid Support Forces",
    "The army and the paramilitary Rapid Support Forces",
])
def test_an_army_and_the_group_it_fights_fought_there(subject: str) -> None:
    text = f"{subject} fought in the streets of Nyala on Saturday, residents said."
    assert ("attack", NYALA) in folded(text)


def test_an_army_and_another_countrys_troops_are_still_seen_fighting() -> None:
    text = ("The Russian army and North Korean troops fought in the Kursk region last week, "
            "Ukrainian intelligence said.")
    assert ("unit_sighting", KURSK) in folded(text)
