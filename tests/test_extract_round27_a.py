"""Wordings of briefings, wire copy and long-form reports, each sentence written fresh (not
corpus text): a sector's enemy put out of action in its battles is a tally of losses;
equipment losses "were also recorded" are no unit seen; a share of a territory held is no
capture; a deed someone is kept from stays unheld however long the name of who is kept
from it; forces that "remain loyal" to a leader are no deployment."""

from __future__ import annotations

from tests.extract_helpers import places, trigger_types

DONETSK, KIDAL = "UKR-327", "MLI-2689"


# 1. a briefing's enemy put out of action in the sector's battles: that sector's losses

def test_enemy_put_out_of_action_in_the_sectors_battles_is_a_casualty_report() -> None:
    found = places("Ukrainian forces repelled 40 attacks near Pokrovsk in the Donetsk region "
                   "on Monday. In the course of these battles, the defenders put 210 occupiers "
                   "out of action, 95 of them irretrievably.")
    assert ("attack", DONETSK) in found
    assert ("casualty_report", DONETSK) in found


# 2. equipment losses recorded: a passive whose subject is losses sees no unit

def test_losses_that_were_also_recorded_are_no_unit_sighting() -> None:
    assert "unit_sighting" not in trigger_types(
        "Losses of the enemy's equipment were also recorded: one tank, two armoured "
        "vehicles and nine motor vehicles.")


def test_vehicles_that_were_recorded_are_still_seen() -> None:
    assert "unit_sighting" in trigger_types(
        "Enemy armoured vehicles were also recorded moving towards the village.")


# 3. a share of a territory held: how much a side holds, no place taken

def test_a_share_of_a_territory_held_is_no_capture() -> None:
    assert "capture" not in trigger_types(
        "The rebel spokesman said on Monday that rebel forces now control 60% of the region.")
    assert "capture" not in trigger_types(
        "Government troops now control about a third of the province, the army said.")


def test_a_named_town_now_held_is_still_a_capture() -> None:
    assert ("capture", KIDAL) in places(
        "The rebel spokesman said on Monday that rebel forces now control the town of Anefis "
        "in Kidal region.")


# 4. a deed someone is kept from, past a long name with its abbreviation

def test_a_deed_kept_from_past_a_long_name_is_no_event() -> None:
    assert "capture" not in trigger_types(
        "She was firing a mortar near the old market to keep the paramilitary Rapid Support "
        "Forces (RSF) from overrunning Babanusa's last positions.")


# 5. forces that remain loyal to a leader: an allegiance, no deployment

def test_forces_that_remain_loyal_are_no_deployment() -> None:
    assert "troop_deployment" not in trigger_types(
        "One side is the national armed forces, which by and large remain loyal to the "
        "president.")


def test_troops_that_remain_in_a_town_are_still_there() -> None:
    assert "troop_deployment" in trigger_types("Two battalions of troops remain in the town.")
