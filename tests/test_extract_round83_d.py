"""Round 83 (d), each sentence written fresh (not corpus text): accounts at odds with each
other ("some said …; others said …") leave each of them hedged; a country named only as the
one whose curbs they are ("Russia's blockade", "Israel's restrictions") is no place of a
toll; a sweep or combing told with the weapons fired in it is an attack there."""

from __future__ import annotations

import pytest

from tests.extract_helpers import ruled, trigger_types

SOUTH_KORDOFAN = "SDN-882"


# 1. accounts at odds with each other are hedged

@pytest.mark.parametrize("text", [
    "Some residents said the army had captured the town of Kadugli in South Kordofan; "
    "others said fighting went on in its streets.",
    "Some local officials claimed the militia had seized Kadugli in South Kordofan, while "
    "others insisted the garrison still held it.",
])
def test_conflicting_accounts_are_hedged(text: str) -> None:
    assert ("capture", SOUTH_KORDOFAN) not in ruled(text)


@pytest.mark.parametrize("text", [
    "Local officials said the militia had captured the town of Kadugli in South Kordofan, "
    "and others said the army fled.",
    "Some soldiers were killed and others were wounded when the militia captured Kadugli "
    "in South Kordofan.",
])
def test_one_account_or_some_and_others_of_the_hurt_stay_news(text: str) -> None:
    assert ("capture", SOUTH_KORDOFAN) in ruled(text)


# 2. a country's curbs named by its possessive do not place a toll in that country

@pytest.mark.parametrize("text", [
    "Twelve civilians were killed over the past week, the health ministry said, blaming "
    "Russia's blockade of the ports.",
    "Hospitals received nine more dead over the past two days, the ministry said, citing "
    "Russia's continuing restrictions on aid convoys.",
])
def test_a_countrys_curbs_place_no_toll_there(text: str) -> None:
    assert ("casualty_report", "RU") not in ruled(text)


def test_a_toll_told_in_the_country_still_places_there() -> None:
    text = "Twelve civilians were killed in Russia over the past week, the health ministry said."
    assert ("casualty_report", "RU") in ruled(text)


# 3. a sweep told with the weapons fired in it is an attack

@pytest.mark.parametrize("text", [
    "Army units carried out a sweep with machine-gun fire on the edge of Kadugli in "
    "South Kordofan.",
    "Soldiers combed the farmland with heavy weapons near Kadugli in South Kordofan.",
])
def test_a_sweep_with_weapons_fired_is_an_attack(text: str) -> None:
    assert ("attack", SOUTH_KORDOFAN) in ruled(text)


@pytest.mark.parametrize("text", [
    "Army units carried out a sweep on the edge of Kadugli in South Kordofan.",
    "Police combed the outskirts of Kadugli in South Kordofan and seized heavy weapons.",
])
def test_a_sweep_with_no_fire_or_weapons_seized_is_no_attack(text: str) -> None:
    assert "attack" not in trigger_types(text)
