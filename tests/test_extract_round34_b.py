"""Wordings of wires, rehashes and official statements, each sentence written fresh (not
corpus text): halves of a year, a group's stated habits, a capital's statements, operations
told as won, and forces that fought alongside others in a region."""

from __future__ import annotations

import datetime as dt

from geoapp.extract.dates import find_dates
from tests.extract_helpers import places, ruled

# 1. "in the first half of 2025" is January to June: a deed of it is a recap by August


def test_first_half_of_a_year_ends_in_june() -> None:
    (span,) = find_dates("In the first half of 2025 the army advanced.", dt.date(2025, 8, 21))
    assert (span.first, span.last) == (dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    (span,) = find_dates("in the second half of 2024 they", dt.date(2025, 8, 21))
    assert (span.first, span.last) == (dt.date(2024, 7, 1), dt.date(2024, 12, 31))


def test_cities_retaken_in_the_first_half_of_the_year_are_background() -> None:
    found = places(
        "In the first half of 2025 the army drove the rebels out of several cities, among "
        "them Omdurman.", published=dt.date(2025, 8, 21))
    assert not [p for p in found if p[0] == "capture"]


# 2. what a group says it does, in the simple present ("they say they attack warships"):
#    a practice it claims, no strike told; nor are the strikes it answers

ADEN = "YEM-3510"


def test_a_group_saying_it_attacks_tells_a_practice() -> None:
    assert ("attack", ADEN) not in ruled(
        "The rebels say they attack warships near Aden in retaliation for the strikes on "
        "them.")


def test_a_group_saying_it_attacked_tells_a_strike() -> None:
    assert ("attack", ADEN) in ruled(
        "The rebels said they attacked warships near Aden on Monday.")


# 3. a capital's statements ("Pyongyang's acknowledgement that …") say whose words they
#    are, not where what they tell happened

PYONGYANG = "PRK-3305"


def test_a_capitals_acknowledgement_places_nothing_there() -> None:
    found = ruled(
        "Seoul reacted angrily to Pyongyang's first public acknowledgement that its "
        "soldiers were deployed in Russia.")
    assert ("troop_deployment", PYONGYANG) not in found


def test_troops_deployed_in_the_capital_are_there() -> None:
    assert ("troop_deployment", PYONGYANG) in ruled(
        "Thousands of soldiers were deployed in Pyongyang on Monday, state media said.")


# 4. an operation to free a place told as won or finished: the place taken back

KURSK = "RUS-2362"


def test_operation_to_drive_the_enemy_out_ended_in_victory() -> None:
    assert ("capture", KURSK) in ruled(
        "The commission said the operations to push the enemy out of the Kursk region had "
        "ended in victory.")


def test_operation_to_free_a_region_completed_is_a_capture() -> None:
    assert ("capture", KURSK) in ruled(
        "The general staff said on Saturday that the operation to liberate the Kursk region "
        "has been completed.")


def test_operation_not_yet_completed_takes_nothing() -> None:
    assert ("capture", KURSK) not in ruled(
        "The general staff said the operation to liberate the Kursk region has not yet been "
        "completed.")


# 5. forces told as having gone into combat, or as fighting now, somewhere: seen there

def test_soldiers_gone_into_combat_in_a_region_are_seen_there() -> None:
    assert ("unit_sighting", KURSK) in ruled(
        "Many of the foreign soldiers have already gone into combat in the Kursk region "
        "alongside Russian units, officials said on Monday.")


def test_soldiers_still_in_combat_in_a_region_are_seen_there() -> None:
    assert ("unit_sighting", KURSK) in ruled(
        "Some 8,000 foreign soldiers are still in combat in the Kursk region, the "
        "intelligence chief said on Monday.")


def test_soldiers_refusing_to_go_into_battle_are_no_sighting() -> None:
    assert ("unit_sighting", KURSK) not in ruled(
        "Some soldiers refused to go into battle in the Kursk region on Monday, the "
        "ministry said.")
