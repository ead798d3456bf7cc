"""Wordings real reports used that the rules misread, each written fresh (not corpus text):
a battle told with the force it was fought with, skirmishes, an attack told as the last of
a string of present-tense habits, pictures posted online, forces' footage of their own
deployment, a lede under a headline naming its place, a toll told as the whole war's, a campaign
going on in an "as" clause, and a sector told as a campaign's main axis."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import folded, ruled, trigger_types

KURSK, KHARTOUM, GAZA, MAGWAY = "RUS-2362", "SDN-874", "GAZ+00?", "MMR-3276"


def test_a_battle_with_a_force_is_an_attack() -> None:
    found = ruled("On Friday, rebel fighters fought a three-hour battle with an army battalion "
                  "near Ngape in Magway.")
    assert ("attack", MAGWAY) in found
    assert "attack" in trigger_types("The militia was locked in a battle against government "
                                     "troops outside the town on Sunday.")
    # not the battle against a force as the war at large, nor a battle with an illness
    assert "attack" not in trigger_types("The conscripts who joined their allies in the battle "
                                         "against the Ukrainian forces were sent home.")
    assert "attack" not in trigger_types("The former commander lost his long battle with cancer "
                                         "on Friday.")


def test_skirmishes_are_an_attack() -> None:
    assert ("attack", MAGWAY) in ruled("Skirmishes broke out between the rebels and the army "
                                       "near Ngape in Magway on Tuesday.")
    # skirmishes told as a daily habit stay a habit
    assert "attack" not in trigger_types("Skirmishes break out near the town almost daily.")


def test_an_attack_closing_a_string_of_present_habits_is_no_attack() -> None:
    text = ("Officers say the recruits are poorly trained: they fire at drones far out of range "
            "and go on the attack near Sudzha without any covering fire.")
    assert "attack" not in trigger_types(text)
    # an attack told in the past is one
    assert ("attack", KURSK) in ruled("The recruits regrouped and went on the attack near "
                                      "Sudzha in the Kursk region on Monday.")


def test_pictures_posted_online_send_nobody() -> None:
    text = ("The rescue service said the school was badly damaged and posted video of its "
            "crews lifting slabs in Khartoum.")
    assert "troop_deployment" not in trigger_types(text)
    # forces posted to a place are still sent there
    assert "troop_deployment" in trigger_types("The army posted two companies of soldiers to "
                                               "Khartoum on Monday.")


def test_forces_footage_of_their_own_deployment_shows_one() -> None:
    found = ruled("Army soldiers posted footage of their deployments in Khartoum on their "
                  "social media accounts on Monday.")
    assert ("troop_deployment", KHARTOUM) in found


def test_a_lede_under_a_headline_naming_its_place_keeps_its_toll() -> None:
    text = ("Gaza toll tops 40,000, health officials say\n\n"
            "KHAN YOUNIS, Gaza Strip (AP) — More than 40,000 people have now been killed in the "
            "war, Gaza's health officials said on Friday.\n")
    assert ("casualty_report", GAZA) in ruled(text, published=dt.date(2024, 8, 16))


def test_a_toll_of_the_whole_war_is_no_strike_toll() -> None:
    text = ("Gaza's health officials said on Friday that more than 40,000 people have been "
            "killed in the war in the Gaza Strip. Israel's offensive has flattened large parts "
            "of the Gaza Strip, aid agencies said on Friday.")
    assert ("casualty_report", GAZA) in folded(text, published=dt.date(2024, 8, 16))
    # a toll of a strike told with it is still that strike's
    near = ("An Israeli air strike killed 12 people in Khan Younis in the Gaza Strip on "
            "Friday, health officials said.")
    assert folded(near, published=dt.date(2024, 8, 16)) == [("attack", GAZA)]


def test_a_campaign_going_on_in_an_as_clause_is_the_deeds_setting() -> None:
    found = trigger_types("Russian troops captured the village of Novoselivka on Sunday as "
                          "Moscow's summer offensive goes on.")
    assert found == {"capture"}
    # an attack told beside it is still one
    assert "attack" in trigger_types("Russian troops shelled Novoselivka on Sunday as Moscow's "
                                     "summer offensive goes on.")


def test_a_sector_told_as_a_campaigns_main_axis_is_no_attack() -> None:
    assert "attack" not in trigger_types("He said the Pokrovsk direction remains the main axis "
                                         "of the Russian offensive.")
    # an attack along an axis is still one
    assert "attack" in trigger_types("Russian troops attacked along the main road near "
                                     "Pokrovsk on Sunday.")
