"""Wordings of round one hundred and thirty-one (b), each sentence written fresh (not corpus
text): a site of the army named after its town ("the X army base", "the X army camp") is a
place in that town, though "the X army" alone still names the power ruling from X; an attack
named after the place it hit, the name right before the noun ("responded to the X attack",
"after the X ambush"), is where it happened, while a river named before a later attack stays
a river."""

from __future__ import annotations

from tests.extract_helpers import folded

DARFUR_SOUTH = "SDN-5856"
KHERSON = "UKR-4827"
MOPTI = "MLI-2809"


# a site of the army named after its town

def test_the_town_army_base_stormed_is_an_attack_there() -> None:
    text = "Gunmen stormed the Douentza army base in central Mali on Friday."
    assert folded(text) == [("attack", MOPTI)]


def test_the_town_army_camp_stormed_is_an_attack_there() -> None:
    text = "Gunmen stormed the Douentza army camp in central Mali on Friday."
    assert folded(text) == [("attack", MOPTI)]


def test_the_town_army_alone_stays_the_power_ruling_there() -> None:
    text = "The Port Sudan army shelled Nyala on Sunday."
    assert folded(text) == [("attack", DARFUR_SOUTH)]


# an attack named after the place it hit

def test_responding_to_the_town_attack_is_an_attack_there() -> None:
    text = "Soldiers responded to the Douentza attack in central Mali before pulling back."
    assert folded(text) == [("attack", MOPTI)]


def test_after_the_town_ambush_is_an_attack_there() -> None:
    text = "Soldiers pursued the gunmen after the Douentza ambush in central Mali."
    assert folded(text) == [("attack", MOPTI)]


def test_a_river_before_a_later_attack_stays_a_river() -> None:
    text = "Troops crossed the Dnipro after the attack near Kherson on Friday."
    assert folded(text) == [("troop_deployment", KHERSON)]
