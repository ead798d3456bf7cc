"""Wordings of round 92 (c), each sentence written fresh (not corpus text): an intention
told in the past perfect ("had intended to") as a plan, a garrison's base named by its unit
("seized the junta's LIB 512") as ground taken, and a place written after an abbreviation
in capitals ("the PDF Kani battalion") as no person's surname."""

from __future__ import annotations

import datetime as dt

from geoapp.extract.places import find_places
from tests.extract_helpers import ruled

SUMY, CHIN = "UKR-325", "MMR-3274"
PUBLISHED = dt.date(2024, 7, 1)


# 1. an intention told in the past ("had intended to mount an offensive on X") is a plan
# overtaken, never carried out

def test_past_intention_is_a_plan() -> None:
    text = "The general said the enemy had intended to launch an offensive on Sumy last month."
    assert ("attack", SUMY) not in ruled(text, PUBLISHED)


def test_offensive_told_done_still_an_attack() -> None:
    text = "The general said the enemy launched an offensive on Sumy on Sunday."
    assert ("attack", SUMY) in ruled(text, PUBLISHED)


# 2. a garrison's base named by the unit that held it ("took the army's LIB 217") is a
# capture; the unit told as losing men is not

def test_unit_base_taken_is_a_capture() -> None:
    text = "Resistance fighters seized the junta's LIB 512 in Hakha township on Friday."
    assert ("capture", CHIN) in ruled(text, PUBLISHED)


def test_operations_command_taken_is_a_capture() -> None:
    text = "The alliance said on Monday it had overrun Operations Command 9 near Hakha."
    assert ("capture", CHIN) in ruled(text, PUBLISHED)


def test_unit_losing_men_is_no_capture() -> None:
    text = "The junta's LIB 512 took heavy losses near Hakha on Friday."
    assert ("capture", CHIN) not in ruled(text, PUBLISHED)


# 3. a place written after an abbreviation in capitals (a group's local branch, "the PDF
# Hakha battalion") is no person's surname: its bare repeats stay the place

def _names(text: str) -> list[str]:
    return [h.match.name for h in find_places(text, [], set())]


def test_place_after_an_abbreviation_is_no_surname() -> None:
    text = ("A spokesman for the CDF Falam brigade said the road was cut. "
            "Junta troops shelled Falam on Tuesday.")
    assert "Falam" in _names(text)


def test_place_after_a_given_name_is_still_a_surname() -> None:
    text = ("Spokesman Thomas Falam said the road was cut. "
            "Junta troops shelled Falam on Tuesday.")
    assert "Falam" not in _names(text)
