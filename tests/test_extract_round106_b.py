"""Wordings of round one hundred and six (b), each sentence written fresh (not corpus text):
fighting told by a word for its going on without pause ("constant fighting on the
outskirts", "incessant fighting near the town") is an attack there; a force named with its
country ("the Armed Forces of Ukraine killed or wounded at least 40 soldiers") claims the
deed that hit them, an attack, as "forces killed" already did."""

from __future__ import annotations

from tests.extract_helpers import places, ruled

KHARKIV = "UKR-328"
KURSK = "RUS-2362"


# fighting without pause

def test_constant_fighting_on_the_outskirts_is_an_attack() -> None:
    text = ("There was constant fighting on the outskirts of Kupiansk on Tuesday, the general "
            "staff said.")
    assert ("attack", KHARKIV) in ruled(text)


def test_incessant_fighting_near_a_town_is_an_attack() -> None:
    text = "After two days of incessant fighting near Kupiansk, the brigade pulled back to the river."
    assert ("attack", KHARKIV) in ruled(text)


def test_the_constant_fear_of_fighting_is_no_attack() -> None:
    text = ("The constant fear of the fighting keeps many residents of Kupiansk indoors, the "
            "mayor said.")
    assert ("attack", KHARKIV) not in ruled(text)


# a force named with its country claims the toll it inflicted

def test_the_armed_forces_of_a_country_killing_or_wounding_soldiers_attack() -> None:
    text = ("Near the village of Plekhovo in Russia's Kursk region, the Armed Forces of Ukraine "
            "killed or wounded at least 40 soldiers of the Russian army on Sunday.")
    found = places(text)
    assert ("attack", KURSK) in found
    assert ("casualty_report", KURSK) not in found


def test_soldiers_killed_or_wounded_with_no_killer_stay_a_toll() -> None:
    text = ("Near the village of Plekhovo in Russia's Kursk region, at least 40 soldiers were "
            "killed or wounded over the past week.")
    assert ("casualty_report", KURSK) in places(text)


def test_a_force_of_a_country_telling_a_toll_stays_a_toll() -> None:
    text = ("The Armed Forces of Ukraine said at least 40 soldiers were killed or wounded near "
            "Plekhovo in Russia's Kursk region on Sunday.")
    assert ("casualty_report", KURSK) in places(text)


def test_soldiers_killed_or_wounded_across_a_region_stay_a_toll() -> None:
    text = ("On Tuesday the Armed Forces of Ukraine said they had killed or wounded at least 40 "
            "soldiers of the Russian army in the Kursk region.")
    assert ("casualty_report", KURSK) in places(text)
