"""Round 95, batch d: wordings each written fresh (not corpus text): regions named by a
bearing alone ahead of a region whose name opens with another bearing ("North and South
Kivu", "North, South and West Darfur"), and buildings torn down by an armed force
("troops demolished a dozen homes in the camp") as an attack."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled, trigger_types

NORTH_KIVU, SOUTH_KIVU = "COD-1898", "COD-1894"
NORTH_DARFUR, SOUTH_DARFUR, WEST_DARFUR = "SDN-881", "SDN-5856", "SDN-5858"
WEST_BANK = "WEB+00?"


# 1. "North and South Kivu": the bare bearing shares the name after the last one

def test_a_bare_bearing_before_a_region_names_its_sibling_region() -> None:
    text = "Rebel fighters raided several villages in North and South Kivu on Thursday."
    assert ("attack", NORTH_KIVU) in folded(text)
    assert ("attack", SOUTH_KIVU) in folded(text)


def test_a_list_of_bearings_names_each_sibling_region() -> None:
    text = "Militiamen attacked camps for displaced people in North, South and West Darfur on Friday."
    got = set(ruled(text))
    assert {("attack", NORTH_DARFUR), ("attack", SOUTH_DARFUR), ("attack", WEST_DARFUR)} <= got


def test_a_bearing_before_a_region_without_such_a_sibling_adds_nothing() -> None:
    # "North" here is no region of its own: only the region written out in full is placed
    text = "Rebel fighters raided several villages in the north and South Kivu on Thursday."
    assert ("attack", NORTH_KIVU) not in folded(text)
    assert ("attack", SOUTH_KIVU) in folded(text)


# 2. Buildings torn down by an armed force: an attack, like razing

def test_buildings_torn_down_by_troops_are_an_attack() -> None:
    text = "Israeli troops tore down six residential blocks in a camp near Jenin on Wednesday."
    assert "attack" in trigger_types(text)
    assert ("attack", WEST_BANK) in ruled(text)


def test_homes_demolished_by_forces_are_an_attack() -> None:
    assert "attack" in trigger_types("Occupation forces demolished four homes in the camp.")


def test_homes_demolished_by_a_civil_authority_for_want_of_permits_are_no_attack() -> None:
    text = ("Soldiers stood guard as the authorities demolished four homes near Jenin on "
            "Wednesday, citing missing building permits.")
    assert "attack" not in trigger_types(text)


def test_a_bridge_demolished_by_troops_stays_infrastructure_blown_up() -> None:
    text = "Retreating troops demolished the bridge near the village on Wednesday."
    assert "attack" not in trigger_types(text)
    assert "other" in trigger_types(text)
