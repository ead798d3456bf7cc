"""Wordings of round one hundred and fifteen (b), each sentence written fresh (not corpus
text): combat operations told as going on at a place are fighting there, an attack; a
foreign force told fighting next to another army, or fighting for another country, is seen
where it fights."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
KURSK = "RUS-2362"


# combat operations told as going on

def test_combat_operations_continuing_near_a_town_are_an_attack() -> None:
    text = ("Near the village of Kostiantynivka, active combat operations are continuing, "
            "the brigade said on Monday.")
    assert ("attack", DONETSK) in ruled(text)


def test_combat_operations_continuing_in_general_place_nothing() -> None:
    text = "Combat operations are continuing along the whole front line, the brigade said."
    assert ("attack", DONETSK) not in ruled(text)


def test_operations_continuing_without_combat_are_no_attack() -> None:
    text = ("Near the village of Kostiantynivka, rescue operations are continuing, the "
            "emergency service said on Monday.")
    assert ("attack", DONETSK) not in ruled(text)


# a foreign force fighting next to an army, or for another country

def test_soldiers_fighting_next_to_an_army_are_seen() -> None:
    text = ("Foreign soldiers were fighting next to Russian marines in the Kursk region last "
            "week, Ukrainian intelligence said.")
    assert ("unit_sighting", KURSK) in ruled(text)


def test_soldiers_fighting_for_another_country_are_seen() -> None:
    text = ("Hundreds of foreign soldiers fought for Russia in the Kursk region this winter, "
            "a Ukrainian intelligence officer said.")
    assert ("unit_sighting", KURSK) in ruled(text)


def test_a_building_next_to_a_school_sees_no_force() -> None:
    text = ("A shop standing next to the school in the Kursk region was damaged, the "
            "governor said.")
    assert ("unit_sighting", KURSK) not in ruled(text)


def test_fighting_for_a_cause_sees_no_force() -> None:
    text = ("Veterans in the Kursk region said they had fought for Russia's future, the "
            "governor said at a ceremony.")
    assert ("unit_sighting", KURSK) not in ruled(text)


def test_the_dead_of_a_force_fighting_for_another_country_are_not_seen() -> None:
    text = ("Some 200 foreign soldiers fighting for Russia have been killed in the Kursk "
            "region, a Ukrainian intelligence officer said.")
    assert ("unit_sighting", KURSK) not in ruled(text)
