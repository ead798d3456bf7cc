"""Round 79 (d), each sentence written fresh (not corpus text): forces trying to advance
somewhere, and the place an advance sets out from; a combat mission carried out in a
place; forces closing or trying to close a ring; and people held named by an arrest
participle after a possessive or as the dead of a killing ("their detained
relatives", "kills 14 detained villagers")."""

from __future__ import annotations

import pytest

from tests.extract_helpers import ruled, trigger_types

DONETSK, NORTH_KORDOFAN, KURSK, RAKHINE = "UKR-327", "SDN-883", "RUS-2362", "MMR-3273"


# 1. an attempted advance is an attack where it is tried, the place it sets out from too

@pytest.mark.parametrize("text", [
    "Russian units tried to advance near Pokrovsk on Tuesday but were stopped.",
    "The enemy is attempting to advance towards Pokrovsk with small infantry groups.",
    "Russian troops kept trying to advance from the south of Pokrovsk overnight.",
])
def test_an_attempted_advance_is_an_attack(text: str) -> None:
    assert ("attack", DONETSK) in ruled(text)


@pytest.mark.parametrize("text", [
    "The mayor of Pokrovsk is trying to advance a plan to rebuild the schools.",
    "Russian troops will try to advance towards Pokrovsk next month, analysts expect.",
])
def test_an_agenda_or_a_forecast_advance_is_no_attack(text: str) -> None:
    assert "attack" not in {t for t, _ in ruled(text)}


def test_a_strike_launched_from_a_place_keeps_its_launch_site() -> None:
    text = "Drones launched from the south of Pokrovsk struck Dnipro overnight."
    assert ("attack", DONETSK) not in ruled(text)


# 2. a combat mission carried out in a place

@pytest.mark.parametrize("text", [
    "The allied militia said it had conducted a \"decisive combat mission\" in the Bara "
    "area of North Kordofan.",
    "Army units carried out combat operations near Bara in North Kordofan on Friday.",
])
def test_a_combat_mission_carried_out_in_a_place_is_an_attack(text: str) -> None:
    assert ("attack", NORTH_KORDOFAN) in ruled(text)


@pytest.mark.parametrize("text", [
    "Pilots completed a training combat mission near Bara in North Kordofan.",
    "Combat operations near Bara in North Kordofan are due to begin in the spring.",
])
def test_a_training_or_future_mission_is_no_attack(text: str) -> None:
    assert "attack" not in trigger_types(text)


# 3. a ring being closed

@pytest.mark.parametrize("text", [
    "Russian forces are close to encircling the Ukrainian garrison in Sudzha.",
    "Russian troops are trying to envelop the town of Sudzha from two sides.",
])
def test_forces_closing_a_ring_are_an_attack(text: str) -> None:
    assert ("attack", KURSK) in ruled(text)


@pytest.mark.parametrize("text", [
    "The general insisted there was no threat of encirclement around Sudzha.",
    "Riot police tried to surround the protesters outside the town hall in Sudzha.",
])
def test_no_ring_or_a_crowd_surrounded_is_no_attack(text: str) -> None:
    assert "attack" not in trigger_types(text)


# 4. people already held, named by an arrest participle after a possessive

@pytest.mark.parametrize("text", [
    "The shelling killed nine guards and their detained relatives at a camp in "
    "Sittwe, Rakhine state, on Sunday.",
    "Junta air raid kills 14 detained villagers at a camp in Sittwe, Rakhine state",
])
def test_people_already_held_are_no_capture(text: str) -> None:
    assert "capture" not in trigger_types(text)


@pytest.mark.parametrize("text", [
    "Soldiers detained eleven villagers in Sittwe, Rakhine state, on Sunday.",
    "The troops used many detained civilians as porters near Sittwe in Rakhine state.",
])
def test_a_detention_told_is_still_a_capture(text: str) -> None:
    assert ("capture", RAKHINE) in ruled(text)
