"""Wordings of round 92 (a), each sentence written fresh (not corpus text): arms or
vehicles seized "in the fighting in" a place, an attack there."""

from __future__ import annotations

from tests.extract_helpers import folded, trigger_types

GAO, SUMY = "MLI-2690", "UKR-325"


# 1. materiel seized in the fighting at a place: the fight that took it, an attack there

def test_vehicles_seized_in_the_fighting_in_a_town_are_an_attack() -> None:
    text = ("The insurgents said their men captured four pickup trucks and a mortar "
            "in the fighting in Gao.")
    assert "attack" in trigger_types(text)
    assert ("attack", GAO) in folded(text)


def test_weapons_taken_during_the_battle_near_a_town_are_an_attack() -> None:
    text = "Ukrainian soldiers took two Russian tanks during the battle near Sumy."
    assert ("attack", SUMY) in folded(text)


def test_people_killed_in_the_fighting_stay_a_toll() -> None:
    # near miss: a toll in the fighting there is read from its figure, no attack cue
    text = "Three shepherds were killed in the fighting in Gao."
    assert "attack" not in trigger_types(text)


def test_prisoners_taken_in_the_fighting_are_no_materiel() -> None:
    # near miss: people taken are a capture, not this cue's attack
    text = "The militants captured soldiers in the fighting in Gao."
    assert "attack" not in trigger_types(text)
