"""Round 63 (c): a force told as having left a named place, a claim rejected "as false",
a denial elsewhere against a claim its own sentence says was confirmed, a side's forces
fought, forces "in direct combat", and forces that "moved on" a place."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled


def test_force_that_has_left_a_named_place_gave_it_up():
    text = "Ukrainian troops have left Pishchane in the Kharkiv region, the army said on Friday."
    assert ("capture", "UKR-328") in folded(text)


def test_a_place_left_without_power_is_no_capture():
    # near miss: a strike that "has left" a town in the dark gives up no ground
    text = "The shelling has left Kupiansk without power, officials in the Kharkiv region said."
    assert ("capture", "UKR-328") not in folded(text)


def test_force_leaving_its_positions_names_no_place_given_up():
    # near miss: positions left are no named place
    text = "Russian troops have left their positions near Kupiansk in the Kharkiv region."
    assert ("capture", "UKR-328") not in folded(text)


def test_headline_force_pulls_out_of_a_named_place():
    text = "Ukrainian forces pull out of Pishchane in the Kharkiv region"
    assert ("capture", "UKR-328") in folded(text)


def test_claim_rejected_as_false_is_denied():
    text = ("The ministry on Friday rejected as false the claims that its units have left "
            "Pishchane in the Kharkiv region.")
    assert ("capture", "UKR-328") not in ruled(text)


def test_claim_rejected_as_such_stays_denied_elsewhere_unless_confirmed():
    told = ("Russian forces have captured the village of Pishchane in the Kharkiv region{c}.\n\n"
            "The Ukrainian army on Friday rejected as false the reports that Russian troops "
            "had occupied the village.")
    assert ("capture", "UKR-328") in folded(told.format(
        c=", open-source researchers confirmed on Friday"))
    # near miss: with no check told, the denial takes the claim back
    assert ("capture", "UKR-328") not in folded(told.format(c=""))


def test_a_sides_forces_fought_is_an_attack():
    text = "North Korean soldiers have fought Ukrainian forces in the Kursk region, he said."
    assert ("attack", "RUS-2362") in folded(text)


def test_forces_who_fought_describe_people_not_a_fight():
    # near miss: interviewees described by a fight they once took part in
    text = ("The paper interviewed soldiers, among them special forces who fought the North "
            "Koreans in the Kursk region.")
    assert ("attack", "RUS-2362") not in ruled(text)


def test_forces_in_direct_combat_are_seen_there():
    text = ("North Korean soldiers have been in direct combat with Ukrainian units in the "
            "Kursk region, he said.")
    assert ("unit_sighting", "RUS-2362") in folded(text)


def test_forces_that_moved_on_a_named_town_attacked_it():
    text = ("Local sources said the RSF moved on Tamboul in Gezira State on Sunday evening, "
            "killing at least five people.")
    assert ("attack", "SDN-875") in folded(text)


def test_moved_on_a_day_or_to_an_item_is_no_advance():
    # near miss: "moved on" with a day or "to" after it tells no target
    assert folded("The talks moved on Monday to the question of prisoners in Gezira State.") == []
    assert folded("The committee then moved on to the budget of Gezira State.") == []
