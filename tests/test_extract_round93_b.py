"""Wordings of round 93 (b), each sentence written fresh (not corpus text): forces told as
dug in at a place, seen there."""

from __future__ import annotations

from tests.extract_helpers import ruled, trigger_types

KURSK, SUMY = "RUS-2362", "UKR-325"


# 1. forces told as dug in (a perfect, a past or a state) at a place: seen there

def test_soldiers_who_have_dug_in_at_a_village_are_seen_there() -> None:
    text = ("Enemy soldiers who slipped across the river overnight have dug in on the "
            "edge of Sudzha.")
    assert "unit_sighting" in trigger_types(text)
    assert ("unit_sighting", KURSK) in ruled(text)


def test_troops_still_dug_in_at_a_town_are_seen_there() -> None:
    text = "Russian troops remain dug in around the railway station in Sumy."
    assert ("unit_sighting", SUMY) in ruled(text)


def test_forces_only_trying_to_dig_in_are_not_seen_there() -> None:
    # near miss: an attempt to dig in is not holding ground
    text = "Russian troops are trying to dig in on the edge of Sumy."
    assert "unit_sighting" not in trigger_types(text)


def test_a_party_dug_in_on_a_stance_is_no_force() -> None:
    # near miss: digging in one's heels is no force at a place
    text = "The governor's party has dug in its heels over the budget in Sumy."
    assert "unit_sighting" not in trigger_types(text)


def test_forces_that_took_a_village_and_dug_in_are_the_capture() -> None:
    # near miss: the taking is the news, the digging in its sequel
    text = "Russian forces have seized Sudzha and have dug in on its outskirts."
    assert "unit_sighting" not in trigger_types(text)
    assert ("capture", KURSK) in ruled(text)


# 2. a place named, then taken in a "which" clause told as recent by its perfect
# ("has recently", "have just"): the taking is news of late, not how the place is held

def test_a_town_which_the_army_has_recently_retaken_is_a_capture() -> None:
    text = "Lashio, which the army has recently retaken, was calm on Friday."
    assert "capture" in trigger_types(text)
    assert ("capture", "MMR-3277") in ruled(text)


def test_a_town_which_the_army_has_long_held_is_no_capture() -> None:
    # near miss: a hold told in the perfect with no recency is how the place is held
    text = "Lashio, which the army has long held, was calm on Friday."
    assert "capture" not in trigger_types(text)
