"""Wordings of round one hundred and five (c), each sentence written fresh (not corpus text):
a village put "in" a city that shares its region's name ("Dobropillia in Zaporizhzhia") lies
in that region, not at a namesake elsewhere; a claim "rejected" or "brushed aside" by
name ("brushed aside what it called …", "brushed aside claims that …") is denied; a capital that
"gave out no details" or "offered no comment" is its government, no place; forces that "build
up" in a place are deployed there, as those that "built up" are; troops "continuing active
operations" in a place fight there."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
KHARKIV = "UKR-328"
ZAPORIZHZHIA = "UKR-331"
KYIV_CITY = "UKR-4826"
KURSK = "RUS-2362"


# a village put in a city that bears its region's name

def test_a_village_in_a_region_named_city_lies_in_that_region() -> None:
    text = "Russia's defence ministry said on Monday its forces had taken Dobropillia in Zaporizhzhia."
    got = ruled(text)
    assert ("capture", ZAPORIZHZHIA) in got
    assert ("capture", DONETSK) not in got


def test_a_town_in_its_own_region_named_city_stays() -> None:
    text = "Russia's defence ministry said on Monday its forces had taken Kurakhove in Donetsk."
    assert ("capture", DONETSK) in ruled(text)


def test_a_village_placed_near_a_town_stays_at_its_own_place() -> None:
    text = ("Russia's defence ministry said on Monday its forces had taken Dobropillia near "
            "Pokrovsk.")
    assert ("capture", DONETSK) in ruled(text)


# a claim rejected by name

def test_a_claim_brushed_aside_by_name_is_denied() -> None:
    text = ("The defence ministry in Kyiv on Monday brushed aside what it called boastful "
            "statements from Moscow claiming the capture of Vovchansk and Kupiansk.")
    assert ("capture", KHARKIV) not in ruled(text)


def test_claims_brushed_aside_are_denied() -> None:
    text = "The army brushed aside claims that Russian troops had captured Vovchansk on Sunday."
    assert ("capture", KHARKIV) not in ruled(text)


def test_defenders_brushed_aside_are_no_denial() -> None:
    text = "Russian troops brushed aside the defenders and captured Vovchansk on Sunday."
    assert ("capture", KHARKIV) in ruled(text)


# a capital keeping quiet is its government

def test_a_capital_giving_out_no_details_is_no_place() -> None:
    text = ("Kyiv gave out no details when the assault began, while the Russian side claimed "
            "dozens of attackers were killed on the first day of the attack.")
    assert ("attack", KYIV_CITY) not in ruled(text)


def test_a_capital_struck_stays_a_place() -> None:
    text = "Kyiv was struck by a drone attack on Sunday, the city's mayor said."
    assert ("attack", KYIV_CITY) in ruled(text)


# forces that build up in a place

def test_forces_that_build_up_near_a_town_are_deployed() -> None:
    text = "Every week Russian troops build up fresh assault groups around Kostiantynivka."
    assert ("troop_deployment", DONETSK) in ruled(text)


def test_defences_built_up_are_no_deployment() -> None:
    text = "Every week the town council builds up its stock of generators in Kostiantynivka."
    assert ("troop_deployment", DONETSK) not in ruled(text)


# troops carrying on "active operations" in a place

def test_troops_continuing_active_operations_attack_there() -> None:
    text = "Our units are still continuing active operations in the Kursk region, the staff said."
    assert ("attack", KURSK) in ruled(text)


def test_police_continuing_active_operations_are_no_attack() -> None:
    text = "Police are continuing active operations to find the missing hikers in the Kursk region."
    assert ("attack", KURSK) not in ruled(text)
