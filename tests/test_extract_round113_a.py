"""Wordings of round one hundred and thirteen (a), each sentence written fresh (not corpus
text): fighting with a named armed group, opening the sentence as its subject ("Fighting
with the RSF in Babanusa …"), is fighting there, an attack; the same words after a verb
("killed fighting with the army") or before no name tell no fight at a place."""

from __future__ import annotations

from tests.extract_helpers import ruled

WEST_KORDOFAN = "SDN-882"
OUDALAN = "BFA-2805"


# fighting with a named force, told as the sentence's subject

def test_fighting_with_a_named_group_opening_the_sentence_is_an_attack() -> None:
    text = ("Fighting with the Islamic State Sahel Province in Oudalan Province has forced "
            "the group to move fighters north, observers say.")
    assert ("attack", OUDALAN) in ruled(text)


def test_fighting_with_a_named_force_around_a_town_is_an_attack() -> None:
    text = "Fighting with the RSF around Babanusa drew in men from two more villages."
    assert ("attack", WEST_KORDOFAN) in ruled(text)


def test_killed_fighting_with_a_force_tells_no_fight_there() -> None:
    text = "His two brothers were killed years ago fighting with the army in Babanusa."
    assert ("attack", WEST_KORDOFAN) not in ruled(text)


def test_fighting_with_an_illness_is_no_attack() -> None:
    text = "Fighting with cancer, the former governor of Babanusa stepped down on Monday."
    assert ("attack", WEST_KORDOFAN) not in ruled(text)
