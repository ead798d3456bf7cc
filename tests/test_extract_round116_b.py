"""Wordings of round one hundred and sixteen (b), each sentence written fresh (not corpus
text): forces fed into a fight in the base form after a modal ("has had to throw reserve
forces into the assault") are a deployment; an advance told as a noun sized by how far it
went ("have made a significant advance", "made major advances") is an attack where the
sentence places it, before or after; ground "taken under their control", as Russian
bulletins word it in translation, is a capture."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
KHARKIV = "UKR-328"
ZAPORIZHZHIA = "UKR-331"


# forces thrown into a fight, in the base form

def test_reserves_one_has_had_to_throw_into_an_assault_are_a_deployment() -> None:
    text = ("The Ukrainian command has had to throw fresh reserve troops into the offensive near "
            "Kupiansk, the General Staff said on Monday.")
    assert ("troop_deployment", KHARKIV) in ruled(text)


def test_shells_one_has_had_to_throw_into_a_fight_are_no_deployment() -> None:
    text = ("The Ukrainian command has had to throw artillery shells into the fight near "
            "Kupiansk, the General Staff said on Monday.")
    assert ("troop_deployment", KHARKIV) not in ruled(text)


# an advance sized by how far it went

def test_a_significant_advance_with_the_place_fronted_is_an_attack() -> None:
    text = ("Near Huliaipole, the Russian army has made major advances over the past week, "
            "the Ukrainian General Staff said.")
    assert ("attack", ZAPORIZHZHIA) in ruled(text)


def test_a_significant_advance_near_a_place_is_an_attack() -> None:
    text = "Ukrainian forces made a significant advance north of Kupiansk on Sunday, Kyiv said."
    assert ("attack", KHARKIV) in ruled(text)


def test_a_significant_advance_in_research_is_no_attack() -> None:
    text = ("Scientists at a university in Kharkiv have made a significant advance in battery "
            "research, the ministry said.")
    assert ("attack", KHARKIV) not in ruled(text)


# ground taken under control

def test_ground_taken_under_their_control_is_a_capture() -> None:
    text = ("West of Kostiantynivka, our units have taken two forest belts under their control, "
            "the Russian Defence Ministry said.")
    assert ("capture", DONETSK) in ruled(text)


def test_a_fire_taken_under_control_is_no_capture() -> None:
    text = ("In Kostiantynivka, firefighters have taken the blaze at a warehouse under their "
            "control, the emergency service said.")
    assert ("capture", DONETSK) not in ruled(text)
