"""Wordings of round one hundred and thirty-seven (c), each sentence written fresh (not corpus
text): fighting told as breaking out in the present or the perfect ("fighting often breaks
out around it", "fighting has erupted on the edge of the town") is an attack there, as
"fighting broke out" already was, while fighting foretold stays no event."""

from __future__ import annotations

from tests.extract_helpers import folded

KAYAH = "MMR-2473"


def test_fighting_that_breaks_out_in_the_present_is_an_attack() -> None:
    text = ("The army still holds the police station in Loikaw, residents said, and fighting "
            "often breaks out around it.")
    assert ("attack", KAYAH) in folded(text)


def test_fighting_that_has_erupted_is_an_attack() -> None:
    text = "Villagers in Loikaw said fighting has erupted on the edge of their town twice this week."
    assert ("attack", KAYAH) in folded(text)


def test_fighting_foretold_stays_no_event() -> None:
    text = "Fighting will break out in Loikaw if the army moves north, the rebels warned."
    assert ("attack", KAYAH) not in folded(text)

