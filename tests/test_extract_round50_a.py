"""Wording of a batch of Kursk, Ukraine, Sudan and Sahel reports, each sentence written
fresh (not corpus text): places listed each "in the south-eastern X region", a town told
as a long-standing focus of attacks, part of a place taken in the infinitive, a place held
by a numbered formation, a massacre carried out at a post, and forces that fell back to a
town."""

from __future__ import annotations

from tests.extract_helpers import ruled, trigger_types

DONETSK, KHARKIV, ZAPORIZHZHIA = "UKR-327", "UKR-328", "UKR-331"
KURSK = "RUS-2362"
NORTH_KORDOFAN = "SDN-883"


def test_hyphenated_bearing_before_each_listed_region() -> None:
    text = ("According to the ministry, the villages taken were Vasylivka in the south-eastern "
            "Zaporizhzhia region, Kupiansk in the north-eastern Kharkiv region and Myrnohrad "
            "in the Donetsk region.")
    found = ruled(text)
    for region in (ZAPORIZHZHIA, KHARKIV, DONETSK):
        assert ("capture", region) in found


def test_town_long_a_focus_of_attacks_is_no_attack() -> None:
    text = "The village lies west of Kramatorsk, which has for years been a target of Russian " \
        "strikes in the Donetsk region."
    assert ("attack", DONETSK) not in ruled(text)
    assert ("attack", DONETSK) in ruled("Russian drones struck Kramatorsk on Monday.")


def test_part_of_a_place_taken_in_the_infinitive() -> None:
    text = "Russian media claim the Ukrainians were able to break in and take part of " \
        "Glushkovo in the Kursk region on Sunday."
    assert ("capture", KURSK) in ruled(text)
    assert "capture" not in trigger_types("Ukrainian units refused to take part in the parade.")


def test_area_held_by_a_numbered_formation() -> None:
    text = "The Glushkovo area in the Kursk region is held by units of the 155th Marine Brigade."
    assert ("unit_sighting", KURSK) in ruled(text)


def test_massacre_carried_out_at_an_army_post() -> None:
    assert "attack" in trigger_types(
        "Gunmen carried out a massacre at an army post near the border on Sunday.")
    assert "attack" not in trigger_types(
        "The former commander was sentenced for a massacre he committed a decade ago.")


def test_forces_fell_back_to_a_town() -> None:
    text = "After the battle the army and its allies fell back westward to Bara in North Kordofan."
    assert ("troop_deployment", NORTH_KORDOFAN) in ruled(text)
    assert ("troop_deployment", NORTH_KORDOFAN) not in ruled(
        "Displaced families retreated to Bara in North Kordofan after the battle.")
