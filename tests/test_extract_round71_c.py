"""Round 71 (c): counted people who fled or left a named place, a place named as being
evacuated, and forces told as still being in a named place."""

from __future__ import annotations

from tests.extract_helpers import ruled


def test_people_counted_as_fleeing_a_named_town_are_a_displacement():
    text = ("More than 3,000 residents have fled the town of Umm Ruwaba in North Kordofan "
            "since Monday, the agency said.")
    assert ("other", "SDN-883") in ruled(text)


def test_people_fleeing_to_a_town_are_no_displacement_there():
    # near miss: where they fled to is where they are safe
    text = ("More than 3,000 residents have fled to the town of Umm Ruwaba in North Kordofan "
            "since Monday, the agency said.")
    assert ("other", "SDN-883") not in ruled(text)


def test_fighters_leaving_a_town_are_no_displacement():
    # near miss: a force that left is no flight of people
    text = "About 2,000 fighters have left Umm Ruwaba in North Kordofan, residents said."
    assert all(kind != "other" for kind, _ in ruled(text))


def test_a_district_named_as_being_evacuated_is_a_displacement():
    text = "The governor said the Krasnopillia district of the Sumy region was being evacuated."
    assert ("other", "UKR-325") in ruled(text)


def test_a_district_to_be_evacuated_is_not_yet_a_displacement():
    # near miss: an evacuation still to come
    text = "The governor said the Krasnopillia district of the Sumy region will be evacuated."
    assert all(kind != "other" for kind, _ in ruled(text))


def test_forces_still_in_a_named_region_are_a_deployment():
    text = "Kenyan troops are still in the Lower Juba region, the ministry said on Monday."
    assert ("troop_deployment", "SOM-2645") in ruled(text)


def test_forces_no_longer_in_a_region_are_no_deployment():
    # near miss: forces gone from the place
    text = "Kenyan troops are no longer in the Lower Juba region, the ministry said on Monday."
    assert all(kind != "troop_deployment" for kind, _ in ruled(text))


def test_forces_still_in_control_are_no_deployment_by_this_rule():
    # near miss: "still in" a state, not a place
    text = "Kenyan troops are still in control of the situation, the ministry said on Monday."
    assert all(kind != "troop_deployment" for kind, _ in ruled(text))
