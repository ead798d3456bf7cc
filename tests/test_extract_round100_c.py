"""Wordings of round one hundred (c), each sentence written fresh (not corpus text): a
strike on two objects, each with its own place, where the second object names whose it
is ("a depot in A and a piece of RSF equipment in B"), is an attack in both units; the two
sides told as "clashing in" a place fight there."""

from __future__ import annotations

from tests.extract_helpers import ruled

KHARKIV = "UKR-328"
SUMY = "UKR-325"


# a second object naming its owner, with a place of its own

def test_second_object_naming_its_owner_is_struck_in_its_own_unit() -> None:
    text = ("The air force said on Tuesday that its jets had hit a depot in Kharkiv and a "
            "piece of Russian artillery equipment in Sumy.")
    found = ruled(text)
    assert ("attack", KHARKIV) in found
    assert ("attack", SUMY) in found


def test_a_speaker_in_another_place_is_no_second_object() -> None:
    text = ("The air force said on Tuesday that its jets had hit a depot in Kharkiv, and the "
            "Sumy Governor said in a statement that the night was calm.")
    found = ruled(text)
    assert ("attack", KHARKIV) in found
    assert ("attack", SUMY) not in found


# the two sides told as clashing at a place

def test_sides_clashing_in_a_town_is_an_attack_there() -> None:
    text = ("Ukrainian and Russian units were clashing in Vovchansk on Tuesday, the "
            "regional governor said.")
    assert ("attack", KHARKIV) in ruled(text)


def test_clashing_views_are_no_attack() -> None:
    text = ("Officials in Vovchansk gave clashing accounts of the new school timetable on "
            "Tuesday, the regional governor said.")
    assert ("attack", KHARKIV) not in ruled(text)
