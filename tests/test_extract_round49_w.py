"""Round forty-nine (w): "last week" and "this week" say when a deed happened, not a period
its toll is counted over: the dead that fighters or a strike killed "last week" are that
attack's toll, while a force's losses or a count "over the past week" stay a tally. A side
that says it killed so many enemy fighters, as it says it killed so many soldiers, tells of
the attack that killed them."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import places

PUBLISHED = dt.date(2025, 3, 4)
SENNAR = "SDN-880"
KURSK = "RUS-2362"


def test_people_killed_last_week_by_fighters_are_the_toll_of_their_attack() -> None:
    found = places("RSF fighters killed 108 people last week in Sennar.", PUBLISHED)
    assert ("attack", SENNAR) in found
    assert ("casualty_report", SENNAR) not in found


def test_a_strike_this_week_keeps_its_dead() -> None:
    found = places("A drone strike on a market in Sennar this week killed 12 people.", PUBLISHED)
    assert set(found) == {("attack", SENNAR)}


def test_a_forces_losses_last_week_and_a_count_over_the_past_week_stay_tallies() -> None:
    assert ("casualty_report", KURSK) in places(
        "Russia lost 1,200 soldiers last week in the Kursk region, the General Staff said.",
        PUBLISHED)
    assert ("casualty_report", SENNAR) in places(
        "At least 40 people were killed in Sennar over the past week, a local official said.",
        PUBLISHED)


def test_a_side_that_says_it_killed_enemy_fighters_tells_its_attack() -> None:
    found = places("The army said it had killed 60 RSF fighters in Sennar on Thursday.",
                   PUBLISHED)
    assert ("attack", SENNAR) in found
    assert ("casualty_report", SENNAR) not in found
