"""Wordings of round 92 (b), each sentence written fresh (not corpus text): forces that
"moved forward to the southern part of" a place, gains claimed near a number of settlements
that a colon then lists, and a numbered formation credited with taking a place."""

from __future__ import annotations

from tests.extract_helpers import ruled

KURSK = "RUS-2362"


# 1. forces that moved forward to a named part of a place took that part (a capture), they
# were not deployed there

def test_moved_forward_to_part_of_a_place_is_a_capture() -> None:
    found = ruled("Video from Tuesday shows that Russian troops moved forward to the "
                  "eastern part of Sudzha.")
    assert ("capture", KURSK) in found
    assert ("troop_deployment", KURSK) not in found


def test_moved_forward_to_a_direction_is_no_capture() -> None:
    # near miss: "to the east of" a place is a direction, not a part of it taken
    found = ruled("Video from Tuesday shows that Russian troops moved forward to the east "
                  "of Sudzha.")
    assert ("capture", KURSK) not in found


# 2. gains claimed near several settlements that a colon then lists are an advance (attack)

def test_gains_near_listed_settlements_are_an_attack() -> None:
    found = ruled("Russian bloggers on Sunday claimed new gains near several settlements: "
                  "Sudzha and Lgov.")
    assert ("attack", KURSK) in found


def test_gains_near_unlisted_villages_place_nothing() -> None:
    # near miss: gains near "several villages" with no list name no place to advance in
    assert ruled("Russian bloggers on Sunday claimed new gains near several villages "
                 "this week.") == []


# 3. a numbered formation credited with taking a place was seen there

def test_formation_credited_with_taking_a_place_is_sighted() -> None:
    found = ruled("Russian military bloggers on Monday gave credit for capturing Sudzha to two "
                  "formations: the 155th Naval Infantry Brigade and the 40th Brigade.")
    assert ("unit_sighting", KURSK) in found


def test_formation_credited_with_a_strike_is_not_sighted() -> None:
    # near miss: a strike credited to a unit tells who fired, not where the unit stands
    found = ruled("Russian military bloggers on Monday credited the 155th Naval Infantry Brigade "
                  "with a drone strike on Sudzha.")
    assert ("unit_sighting", KURSK) not in found
