"""Round 95 (c): weapons told as going after their targets, and a part of a town told as
held by a side."""

import pytest

from tests.extract_helpers import ruled


@pytest.mark.parametrize("text", [
    "The governor said Russian drones went after the power grid in Zhytomyr overnight.",
    "Officials said missiles had also gone after rail depots and homes in Poltava and Vinnytsia.",
])
def test_weapons_going_after_targets_are_an_attack(text):
    assert any(t == "attack" for t, _ in ruled(text))


def test_each_place_named_after_weapons_going_after_targets():
    found = ruled("Officials said missiles had also gone after rail depots and homes in "
                  "Poltava and Vinnytsia.")
    assert ("attack", "UKR-330") in found and ("attack", "UKR-323") in found


def test_people_going_after_someone_is_no_strike():
    text = "Once the drones had gone quiet, neighbours went after the looters in Zhytomyr."
    assert all(t != "attack" for t, _ in ruled(text))


@pytest.mark.parametrize("text", [
    "Street fighting went on in Kostiantynivka. The occupiers now hold part of the town, "
    "the brigade admitted.",
    "Residents of Pokrovsk said Russian troops control the eastern part of the city.",
    "The rebels occupy most of the town of Sake, a local official said on Tuesday.",
])
def test_part_of_a_town_held_is_a_capture(text):
    assert any(t == "capture" for t, _ in ruled(text))


@pytest.mark.parametrize("text", [
    # a part still held tells no change
    "Our troops still hold part of the town of Kostiantynivka, the brigade said.",
    # a share of a region held is a running measure of the war
    "Russian forces occupy part of the Zaporizhzhia region, the governor said.",
    # a part of what is no place
    "The gang controls most of the fuel trade in the town of Kenscoff, police said.",
])
def test_part_still_held_or_of_no_town_is_no_capture(text):
    assert all(t != "capture" for t, _ in ruled(text))


def test_part_held_told_after_another_deed_is_left_to_that_deed():
    text = "The brigade had earlier said the enemy managed to break into and hold part of the town."
    assert all(t != "capture" for t, _ in ruled(text))
