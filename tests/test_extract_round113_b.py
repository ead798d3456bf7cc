"""Wordings of round one hundred and thirteen (b), each sentence written fresh (not corpus
text): an operation "carried out together with" a named allied force sees that force where
the operation is told; attacks or attempts to push forward "broken up" are repelled there
(not a protest or a smuggling attempt broken up)."""

from __future__ import annotations

from tests.extract_helpers import ruled

MENAKA = "MLI-2690"
SUMY = "UKR-325"
KHERSON = "UKR-4827"


# an operation done with a named ally sees the ally

def test_an_operation_carried_out_with_a_named_force_sees_it() -> None:
    text = ("The General Staff announced on Tuesday that a ground operation carried out "
            "together with the Joint Force of the Sahel States in the Ménaka region had "
            "destroyed a rebel base.")
    assert ("unit_sighting", MENAKA) in ruled(text)


def test_an_operation_carried_out_with_local_people_sees_no_force() -> None:
    text = ("The General Staff announced on Tuesday that a ground operation carried out "
            "together with the local population in the Ménaka region had destroyed a rebel "
            "base.")
    assert ("unit_sighting", MENAKA) not in ruled(text)


# attempts broken up

def test_attempts_to_push_forward_broken_up_are_an_attack() -> None:
    text = ("Near Yunakivka, four attempts by enemy assault groups to push forward were "
            "broken up on Monday.")
    assert ("attack", SUMY) in ruled(text)


def test_an_attack_broken_up_is_an_attack() -> None:
    text = "A night attack near Kherson was broken up by artillery fire, the brigade said."
    assert ("attack", KHERSON) in ruled(text)


def test_a_protest_broken_up_is_no_attack() -> None:
    text = "Police broke up a protest against the curfew near Kherson on Monday."
    assert ("attack", KHERSON) not in ruled(text)
