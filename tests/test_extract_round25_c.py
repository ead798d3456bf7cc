"""Wordings of front-line reporting, each sentence written fresh (not corpus text): an
advance told as forces that "moved forward" somewhere, ground taken and no deployment;
ground "freed" by troops who "managed to" free it; forces cut off inside a place, seen
there, and what drones drop to them, no strike; a place that "remains under" one side's
control, no force remaining; "In particular, …" tied to the sentence before; a list of
struck villages going on "as well as" in another region; control over a place
"consolidated", a capture."""

from __future__ import annotations

from tests.extract_helpers import folded, places, ruled, trigger_types

DONETSK, KHARKIV, SUMY, ZAPORIZHZHIA = "UKR-327", "UKR-328", "UKR-325", "UKR-331"


# 1. an advance told as moving forward

def test_forces_that_moved_further_forward_attack_not_deployed() -> None:
    # an advance with no ground said to be taken is an attack (corpus README, `capture`)
    found = trigger_types("Enemy forces have moved further forward south-east of the city, the "
                   "analysts said.")
    assert "attack" in found and "capture" not in found
    assert "troop_deployment" not in found


def test_forces_that_moved_forward_near_a_place_attack_there() -> None:
    # an advance with no ground said to be taken is an attack (corpus README, `capture`)
    assert "attack" in trigger_types("Enemy units also moved forward near the village, the "
                               "monitoring group said.")


def test_forces_moved_forward_to_a_line_are_still_deployed() -> None:
    found = trigger_types("The brigade moved forward to new positions near the town.")
    assert "troop_deployment" in found
    assert "capture" not in found


def test_forces_moved_further_forward_by_someone_are_still_sent() -> None:
    assert "troop_deployment" in trigger_types("The command has moved troops further forward near "
                                        "the border.")


def test_talks_moving_forward_take_no_ground() -> None:
    assert "capture" not in trigger_types("The talks moved forward in the capital on Monday.")


# 2. ground freed, by troops who managed to free it

def test_troops_who_managed_to_free_suburbs_took_them() -> None:
    assert ("capture", KHARKIV) in places(
        "Ukrainian troops have managed to free two suburbs of Kupiansk, the army said.")


def test_an_aim_to_free_a_village_is_no_capture() -> None:
    assert "capture" not in trigger_types("The troops tried to free the village.")


def test_a_town_free_of_mines_was_not_taken() -> None:
    assert "capture" not in trigger_types("The town is now free of mines, officials said.")


# 3. forces cut off inside a place; supplies dropped to them

def test_soldiers_cut_off_inside_a_town_are_seen_there() -> None:
    text = ("A military spokesman says that about a dozen Russian soldiers inside Kupiansk, "
            "which remains under Ukrainian control, have been cut off from supplies; they "
            "depend on food dropped by drones.")
    assert folded(text) == [("unit_sighting", KHARKIV)]  # the rules' call, before the gate


def test_residents_cut_off_are_no_sighting() -> None:
    assert "unit_sighting" not in trigger_types("Thousands of residents have been cut off by the "
                                         "floods, soldiers said.")


def test_food_dropped_by_drones_is_no_strike() -> None:
    assert "attack" not in trigger_types("The garrison lives on food dropped by drones.")
    assert "attack" in trigger_types("Drones dropped grenades on the trench.")


def test_a_place_that_remains_under_control_deploys_no_one() -> None:
    assert "troop_deployment" not in trigger_types(
        "Dozens of soldiers inside the town, which remains under government control, are "
        "short of water.")


# 4. an instance of the sentence before

def test_in_particular_takes_the_place_of_the_sentence_before() -> None:
    text = ("The situation in the Pokrovsk direction is stabilising. In particular, "
            "fighters of a mechanised brigade took four enemy servicemen prisoner, the "
            "report said.")
    assert ("capture", DONETSK) in ruled(text)


# 5. a list of struck villages going on "as well as"

def test_a_list_going_on_as_well_as_strikes_each_region() -> None:
    text = ("Russian shelling hit the villages of Popivka and Luhivka in Sumy Oblast, as well "
            "as the village of Tymofiivka in Kharkiv Oblast, the General Staff said.")
    found = places(text)
    assert ("attack", SUMY) in found
    assert ("attack", KHARKIV) in found


# 6. control consolidated

def test_control_consolidated_over_a_place_is_a_capture() -> None:
    assert "capture" in trigger_types("The gangs consolidated their control over the town last "
                               "week.")


def test_control_consolidated_over_no_place_is_no_capture() -> None:
    assert "capture" not in trigger_types("The party consolidated its grip on parliament.")


# 7. a push into a named part of a place

def test_a_push_into_part_of_a_place_is_ground_taken_not_an_assault_besides() -> None:
    found = trigger_types("Footage shows that enemy forces had pushed into the southeastern part "
                   "of the village.")
    assert "capture" in found
    assert "attack" not in found
