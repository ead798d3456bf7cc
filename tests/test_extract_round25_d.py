"""Wordings that told no event of their own, each sentence written fresh (not corpus text):
what forces are able to do, a modal of ability before the verb; what shooters saw of their
own fire ("identified hits"); forces said to be far from a place; forces that went into a
place on an incursion, moved in and took no ground; a toll a source gave in an earlier
week, told again as context; people arrested named by where they come from."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import places, ruled, trigger_types

JUNE = dt.date(2025, 6, 16)
KURSK = "RUS-2362"
WEST_BANK = "WEB+00?"
QUNEITRA = "SYR-145"


# 1. a modal of ability before the cue verb: what someone can do, no deed

def test_a_route_by_which_forces_can_move_deploys_no_one() -> None:
    assert "troop_deployment" not in trigger_types(
        "The town lies on the roads by which the rebels can move fighters and supplies "
        "south to the coast.")


def test_what_weapons_can_do_is_no_attack() -> None:
    assert "attack" not in trigger_types(
        "The new drones can now strike airfields deep inside the region.")


def test_forces_that_were_able_to_move_in_stay_a_deployment() -> None:
    assert "troop_deployment" in trigger_types(
        "Government troops were able to move reinforcements into the town on Monday.")


def test_a_sighting_that_can_be_seen_stays_a_sighting() -> None:
    assert "unit_sighting" in trigger_types(
        "Enemy tanks can be seen in the footage near the bridge.")


# 2. what shooters saw of their own fire

def test_troops_that_identified_hits_are_no_sighting() -> None:
    assert "unit_sighting" not in trigger_types(
        "Gunmen fired at the patrol, and the soldiers fired back and identified hits.")


def test_troops_identified_near_a_village_stay_a_sighting() -> None:
    assert "unit_sighting" in trigger_types(
        "Foreign troops were identified near the village on Tuesday.")


# 3. forces said to be far from a place

def test_forces_stationed_far_from_a_place_are_no_deployment_there() -> None:
    assert "troop_deployment" not in trigger_types(
        "Most of the fighters were stationed far from the town when the drone struck.")
    assert "troop_deployment" not in trigger_types(
        "The troops were deployed well away from the border.")


def test_forces_stationed_in_a_place_stay_a_deployment() -> None:
    assert "troop_deployment" in trigger_types(
        "Hundreds of fighters were stationed in the town last week.")


# 4. forces that went in on an incursion

def test_forces_that_entered_a_village_on_an_incursion_moved_in_and_took_nothing() -> None:
    text = ("On Monday an Israeli force of four tanks and five military vehicles entered a "
            "village near Quneitra and closed off two roads during the incursion.")
    found = ruled(text, JUNE)
    assert ("capture", QUNEITRA) not in found
    assert ("troop_deployment", QUNEITRA) in found


def test_forces_that_entered_and_searched_homes_took_no_ground() -> None:
    assert "capture" not in trigger_types(
        "Troops entered the town, searched several homes and pulled back to their positions.")


def test_attackers_that_entered_and_pulled_back_took_no_ground_and_stayed_nowhere() -> None:
    found = trigger_types("The attackers entered the town on Sunday night and fought a short battle "
                   "with local militias before pulling back.")
    assert "capture" not in found
    assert "troop_deployment" not in found


def test_forces_that_entered_a_town_still_take_it() -> None:
    assert "capture" in trigger_types("Government troops entered the town after heavy fighting.")


# 5. a toll a source gave in an earlier week

def test_a_toll_said_last_week_is_told_again_as_context() -> None:
    text = ("A drone hit a car near the border in the Kursk region on Sunday, killing the "
            "driver, the governor said. The governor said last week that 290 civilians had "
            "been killed while foreign troops held part of the Kursk region.")
    assert places(text, JUNE) == [("attack", KURSK)]


def test_a_toll_said_this_week_is_news() -> None:
    text = ("The governor said on Sunday that 290 civilians had been killed in the Kursk "
            "region since the start of the year.")
    assert ("casualty_report", KURSK) in places(text, JUNE)


# 6. people arrested named by where they come from

def test_people_arrested_named_by_nationality_are_taken() -> None:
    text = ("Settlers attacked a village near Ramallah in the West Bank on Sunday. The army "
            "said it had arrested four Israelis in connection with the attack.")
    assert ("capture", WEST_BANK) in ruled(text, JUNE)
