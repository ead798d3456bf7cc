"""Wordings of round ninety-nine (b), each sentence written fresh (not corpus text): a toll
told again "so far" after the lead gave it with no strike of its own is that attack's toll,
no tally; forces "moving north" or "moving on to" a town with ground taken are the advance,
no deployment; a fight named as the foil of the news ("…, was different.") is background,
and "the fighting took place …" tells the news again after it; people killed "since" a
force seized a town are its attack there, no tally; a commander sent to lead operations
somewhere is a deployment there."""

from __future__ import annotations

import datetime as dt

from geoapp.extract import extract
from tests.extract_helpers import folded, ruled, trigger_types

NORTH_DARFUR = "SDN-881"
SOUTH_KORDOFAN = "SDN-882"
SHAN = "MMR-3277"
KACHIN = "MMR-3296"


# a lead's toll told again "so far": that attack's, no tally

def test_lead_toll_told_again_so_far_is_no_tally() -> None:
    text = ("Mortar fire on a market in El Fasher, North Darfur, has killed at least 14 people "
            "and wounded 40, medics said.\n\n"
            "\"The toll we have so far is at least 14 dead and 40 injured,\" a medic in "
            "El Fasher said.")
    found = folded(text)
    assert ("attack", NORTH_DARFUR) in found
    assert ("casualty_report", NORTH_DARFUR) not in found


def test_other_count_so_far_stays_a_tally() -> None:
    text = ("Mortar fire on a market in El Fasher, North Darfur, has killed at least 14 people "
            "and wounded 40, medics said.\n\n"
            "\"The toll we have so far this month is at least 230 dead,\" a medic in "
            "El Fasher said.")
    assert ("casualty_report", NORTH_DARFUR) in folded(text)


# forces moving onward with ground taken: the advance, no deployment

def test_forces_moving_north_and_taking_a_town_are_no_deployment() -> None:
    text = "Army columns kept moving west, captured Lashio in Shan State and pushed on."
    assert "troop_deployment" not in trigger_types(text)
    assert ("capture", SHAN) in ruled(text)


def test_forces_moving_on_to_a_town_after_a_fall_are_no_deployment() -> None:
    text = "After Lashio had fallen, the soldiers moved on to Kyaukme in Shan State."
    assert "troop_deployment" not in trigger_types(text)


def test_forces_moved_to_a_town_are_still_a_deployment() -> None:
    text = "The army moved two battalions to Lashio in Shan State on Monday."
    assert ("troop_deployment", SHAN) in ruled(text)


# a fight named as the foil of the news: background

_FOIL_PARAGRAPH = ("Junta troops seized the town of Lashio in Shan State on Thursday, the army "
                   "said.\n\nThe battle for Myitkyina in Kachin State, where rebels and soldiers "
                   "have fought for nearly eight months, was different. In Lashio there was no "
                   "long siege. The fighting took place mostly in the hills around Lashio.")


def test_battle_named_as_a_foil_is_background() -> None:
    found = ruled(_FOIL_PARAGRAPH, published=dt.date(2025, 3, 8))
    assert ("attack", KACHIN) not in found


def test_fighting_told_after_the_foil_is_news() -> None:
    found = ruled(_FOIL_PARAGRAPH, published=dt.date(2025, 3, 8))
    assert ("attack", SHAN) in found


def test_fighting_told_after_a_dated_recap_is_news() -> None:
    text = ("Junta troops seized the town of Lashio in Shan State on Thursday, the army said."
            "\n\nIn June 2023 rebels shelled Myitkyina in Kachin State for a week. The "
            "fighting took place mostly in the hills around Lashio.")
    assert ("attack", SHAN) in ruled(text, published=dt.date(2025, 3, 8))


def test_battle_told_as_fierce_is_news() -> None:
    text = "The battle for Myitkyina in Kachin State, where rebels stormed two posts, was fierce."
    assert ("attack", KACHIN) in ruled(text)


# people killed since a force seized a town: its attack there

def test_killed_since_a_town_was_seized_is_an_attack() -> None:
    text = ("Since the RSF seized Kutum in North Darfur on Friday, it has killed at least 200 "
            "people there, a medical group says.")
    found = folded(text)
    assert ("attack", NORTH_DARFUR) in found
    assert ("casualty_report", NORTH_DARFUR) not in found


def test_own_losses_since_a_town_was_seized_stay_a_tally() -> None:
    text = ("Since the RSF seized Kutum in North Darfur on Friday, the army has lost at least "
            "200 soldiers there, a medical group says.")
    assert ("casualty_report", NORTH_DARFUR) in folded(text)


# a commander sent to lead operations: a deployment there

def test_commander_sent_to_lead_operations_is_a_deployment() -> None:
    text = ("The RSF has dispatched a senior field commander, Brig. Osman Hamid, to lead "
            "operations around Kadugli in South Kordofan, a monitor said.")
    assert ("troop_deployment", SOUTH_KORDOFAN) in ruled(text)


def test_commander_sent_a_message_is_no_deployment() -> None:
    text = ("The RSF commander sent a message to residents of Kadugli in South Kordofan, "
            "urging them to leave.")
    assert "troop_deployment" not in {c.event.event_type for c in extract(
        text, published=dt.date(2025, 3, 1))}
