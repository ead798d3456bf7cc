"""Wordings of retold news, each sentence written fresh (not corpus text): forces closing on
a place; a bomb set off against a target; the authors of an
attack identified; places given the same predicate by "as were …"; a
second aim coordinated after a first; town names the gazetteer lacked; a curated town
in a report that names other regions of its country."""

from __future__ import annotations

from geoapp.extract.places import find_places
from tests.extract_helpers import ruled, trigger_types

KHARKIV, NORTH_KIVU, BAY = "UKR-328", "COD-1898", "SOM-2313"
KHERSON, ZAPORIZHZHIA, MYKOLAIV = "UKR-4827", "UKR-331", "UKR-284"


# 1. forces closing on a place

def test_troops_closing_in_on_a_town_attack_it() -> None:
    text = "Our assault units are closing in on the northern edge of Kupiansk, a blogger wrote."
    assert ("attack", KHARKIV) in ruled(text)


def test_forces_getting_closer_to_a_town_attack_it() -> None:
    text = "The rebels' fighters are edging closer to Goma in North Kivu, residents said."
    assert ("attack", NORTH_KIVU) in ruled(text)


def test_negotiators_closing_in_on_a_deal_are_no_attack() -> None:
    assert "attack" not in trigger_types("Negotiators are closing in on a deal over the port city.")
    assert "attack" not in trigger_types("The army is getting closer to a truce with the rebels.")


# 2. a bomb set off against a target

def test_bomb_set_off_against_a_vehicle_is_an_attack() -> None:
    text = ("The group said its men had set off an explosive device against a police truck near "
            "Baidoa in the Bay region.")
    assert ("attack", BAY) in ruled(text)


def test_bomb_detonated_is_an_attack() -> None:
    assert "attack" in trigger_types("A militant detonated a car bomb at the checkpoint.")


def test_what_a_decision_set_off_is_no_attack() -> None:
    assert "attack" not in trigger_types("The decision set off protests and a political crisis.")


# 3. the authors of an attack identified

def test_attackers_identified_as_a_group_are_no_sighting() -> None:
    assert "unit_sighting" not in trigger_types(
        "Police identified the assailants as fighters of a local militia.")


def test_soldiers_identified_at_a_place_stay_a_sighting() -> None:
    assert "unit_sighting" in trigger_types(
        "Villagers identified the soldiers as paratroopers from the coast.")


# 4. "…, as were …": the same predicate in more places

def test_places_after_as_were_share_the_predicate() -> None:
    found = ruled("Kherson was shelled overnight, as were two villages outside Zaporizhzhia.")
    assert ("attack", KHERSON) in found
    assert ("attack", ZAPORIZHZHIA) in found


def test_places_after_as_were_keep_their_own_role() -> None:
    text = ("Sumy and Okhtyrka, close to the border with Russia, were shelled on Monday, as was "
            "Kharkiv in the east.")
    assert ("attack", KHARKIV) in ruled(text)


def test_as_was_the_case_elsewhere_is_a_comparison() -> None:
    found = ruled("Kherson in southern Ukraine was shelled on Monday, as was the case in "
                  "Mykolaiv.")
    assert ("attack", KHERSON) in found
    assert ("attack", MYKOLAIV) not in found


# 5. a second aim coordinated after a first

def test_second_infinitive_of_an_aim_is_no_event() -> None:
    assert "attack" not in trigger_types(
        "The rebels are trying to cut the highway and attack the garrison from the north.")


def test_deed_after_a_movement_to_a_place_stays_an_event() -> None:
    assert "attack" in trigger_types("Militia fighters moved to the river and attacked the garrison.")


def test_second_infinitive_of_a_forecast_stays_for_modality() -> None:
    assert "attack" in trigger_types("The army is expected to cut the highway and attack the garrison.")


# 6. town names the gazetteer lacked: a spelling of Nabatieh, Namtu, Masisi

def _regions(text: str, countries: set[str]) -> list[str | None]:
    return [h.match.adm1_code for h in find_places(text, [], countries)]


def test_nabatiyeh_spelling_is_nabatieh() -> None:
    assert "LBN-3059" in _regions("A drone hit a motorbike on the road out of Nabatiyeh.", {"LB"})


def test_namtu_lies_in_shan_state() -> None:
    assert "MMR-3277" in _regions("Jets bombed a ward of Namtu before dawn.", {"MM"})


def test_masisi_lies_in_north_kivu() -> None:
    assert NORTH_KIVU in _regions("Shooting was heard on the hills above Masisi.", {"CD"})


# 7. a curated town is no homonym of a village, whatever regions the report names

def test_curated_town_stands_beside_another_region_named() -> None:
    text = ("Gunmen struck an army post near Kayes in western Mali on Monday.\n\n"
            "On Tuesday, jihadists attacked the army camp at Boulkessi, residents said.")
    assert ("attack", "MLI-2809") in ruled(text)
