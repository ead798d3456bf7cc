"""Fights, ground and forces in wordings of communiqués and long-form pieces, each sentence
written fresh (not corpus text): armed groups "defeated" or "got the better of"; people
"fallen upon"; a position "retaken in its entirety"; a force's morale that "remains";
a foe "sent running"; allies "fighting alongside it"; troops that "drove into an
ambush"; a hope put in reinforcements ("counting on"); a side that "hit back" with no
target; attempts told as "earlier" (a recap)."""

from __future__ import annotations

from tests.extract_helpers import ruled, trigger_types

# 1. armed groups beaten, as a communiqué words it, are a fight

def test_a_detachment_that_got_the_better_of_armed_groups_attacked() -> None:
    assert "attack" in trigger_types(
        "On Tuesday the Djibo detachment got the better of several groups of terrorists.")


def test_defeated_armed_groups_is_an_attack() -> None:
    assert "attack" in trigger_types(
        "The detachment defeated several armed groups east of the town on Monday.")


def test_a_party_defeated_in_a_vote_is_no_attack() -> None:
    assert "attack" not in trigger_types(
        "The ruling party was defeated in the regional vote on Sunday.")


# 2. people fallen upon were attacked, not a force gathered

def test_fighters_who_fell_upon_people_gathered_attacked_them() -> None:
    text = ("Rebel fighters fell upon people gathered for a wedding in a village of the "
            "province on Sunday night.")
    found = trigger_types(text)
    assert "attack" in found
    assert "troop_deployment" not in found


# 3. a position retaken whole is ground taken

def test_a_position_retaken_in_its_entirety_is_a_capture() -> None:
    assert "capture" in trigger_types(
        "After two days of fighting, the position was retaken in its entirety by the army.")


# 4. forces named without being placed

def test_morale_of_the_troops_remains_is_no_deployment() -> None:
    assert "troop_deployment" not in trigger_types(
        "The morale of the armed forces remains high, and they are pressing on with their "
        "task.")


def test_troops_that_remain_in_the_town_are_still_a_deployment() -> None:
    assert "troop_deployment" in trigger_types(
        "Several hundred troops remain in the town after the fighting.")


def test_a_foe_sent_running_is_no_deployment() -> None:
    assert "troop_deployment" not in trigger_types(
        "The air strikes sent them running into the bush.")


def test_troops_sent_to_a_town_are_still_deployed() -> None:
    assert "troop_deployment" in trigger_types(
        "The army sent them to the town on Friday to hold the bridge.")


def test_forces_fighting_alongside_it_are_no_sighting() -> None:
    assert "unit_sighting" not in trigger_types(
        "The group alleged that the army and the forces fighting alongside it had burned "
        "homes in the area.")


def test_troops_that_drove_into_an_ambush_were_not_deployed() -> None:
    found = trigger_types(
        "The troops, travelling in four trucks, drove into an ambush laid by the militants "
        "outside the town.")
    assert "troop_deployment" not in found
    assert "attack" in found


# 5. hopes, answers in general, and recaps

def test_counting_on_reinforcements_is_no_deployment() -> None:
    assert "troop_deployment" not in trigger_types(
        "The government, for its part, is counting on fresh reinforcements to take the "
        "valley back.")


def test_a_side_that_hit_back_with_no_target_made_no_attack() -> None:
    assert "attack" not in trigger_types(
        "The capital braces for a long winter and the rebels hit back, while floods kill "
        "ten in the north.")


def test_earlier_attempts_beaten_back_are_a_recap() -> None:
    text = "{}ttempts by the army to break through to Babanusa were beaten back near Muglad."
    assert ("attack", "SDN-882") in ruled(text.format("A"))
    assert ("attack", "SDN-882") not in ruled(text.format("Earlier a"))


def test_an_operation_that_reached_a_decisive_stage_sent_no_one() -> None:
    assert "troop_deployment" not in trigger_types(
        "On Friday the operation launched by the 5th Battalion at Djibo reached a decisive "
        "stage.")


def test_a_side_that_hit_back_and_drove_off_attackers_attacked() -> None:
    assert "attack" in trigger_types(
        "A local official said the army hit back, driving off the attackers and killing "
        "several of them.")
