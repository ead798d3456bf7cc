"""Round forty-two (b): prisoners named by their capture as they speak are taken no one now;
a force fighting beside the rest of its own army is no sighting; an attacking force pushed
back, the verb split around it, is an attack; troops sent with their backing and
reinforcements a force beat are no deployment; a charge of systematic attacks is no strike;
a passive deed an account is about is no news; a headline's toll the body gives as a tally is
no attack; a strike told by a bearing within the country is not placed at the dateline; a
salvo fired and projectiles crossing a border are attacks."""

from __future__ import annotations

import datetime as dt

from geoapp.extract.rules import find_triggers
from tests.extract_helpers import places

PUBLISHED = dt.date(2025, 10, 24)
BEIRUT = "LBN-3024"
NABATIEH = "LBN-3059"


def _cues(text: str) -> list[tuple[str, str]]:
    return [(t.event_type, t.cue) for t in find_triggers(text, [])]


def _types(text: str) -> list[str]:
    return [t for t, _ in _cues(text)]


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return places(text, PUBLISHED, "Wire")


# 1. prisoners named by their capture as they speak: no capture now

def test_captured_soldiers_giving_testimony_are_no_capture() -> None:
    assert "capture" not in _types("Kyiv's troops hold the line as captured Russians give "
                                   "testimony to investigators")


def test_captured_soldiers_who_said_something_are_no_capture() -> None:
    assert "capture" not in _types("The captured soldiers said during questioning that they "
                                   "had been trained for a month.")


def test_soldiers_captured_today_are_still_a_capture() -> None:
    assert "capture" in _types("Ukrainian forces captured two North Korean soldiers near "
                               "the village on Friday.")


# 2. a force fighting beside the rest of its own army: no sighting

def test_fighting_alongside_other_units_is_no_sighting() -> None:
    assert "unit_sighting" not in _types("Marines, fighting alongside other brigades of the "
                                         "army, held off three assaults near the town.")


def test_fighting_alongside_another_army_is_a_sighting() -> None:
    assert "unit_sighting" in _types("Chechen fighters are fighting alongside Russian units "
                                     "near the town.")


# 3. an attacking force pushed back, the verb split around it

def test_troops_pushed_back_near_villages_are_an_attack_repelled() -> None:
    assert ("attack", "attack repelled") in _cues(
        "The brigade also pushed Russian troops back near two villages.")


def test_troops_pushed_back_where_ground_is_taken_are_that_taking() -> None:
    assert ("attack", "attack repelled") not in _cues(
        "The brigade pushed Russian troops back and retook the village on Sunday.")


def test_troops_driven_back_home_are_no_attack() -> None:
    assert "attack" not in _types("Buses drove the soldiers back home after the parade.")


# 4. troops sent with their backing, reinforcements a force beat

def test_infantry_sent_in_with_armour_is_no_deployment() -> None:
    assert "troop_deployment" not in _types(
        '"Every night the enemy sends in infantry backed by tanks," the commander said.')


def test_reinforcements_sent_with_armour_to_a_town_are_a_deployment() -> None:
    assert "troop_deployment" in _types("The army sent reinforcements backed by tanks to "
                                        "the town on Monday.")


def test_reinforcements_a_force_beat_are_no_deployment() -> None:
    assert "troop_deployment" not in _types(
        "The rebels took the outpost and defeated three columns of army reinforcements "
        "nearby.")


# 5. a charge of systematic attacks: no strike

def test_systematic_attacks_charged_are_no_strike() -> None:
    assert "attack" not in _types("The ministry said that the systematic attacks on the "
                                  "health system amount to a crime against patients.")


# 6. a passive deed an account is about

def test_how_soldiers_were_moved_is_no_deployment() -> None:
    assert "troop_deployment" not in _types(
        "Their testimony confirms the intelligence about how these soldiers were moved to "
        "the border region.")


# 7. a headline's toll the body gives as a tally

def test_headline_toll_told_as_a_tally_in_the_body_is_no_attack() -> None:
    text = ("Gaza death toll reaches 61,020\n\n"
            "The health ministry in Gaza said on Thursday that the toll of the war has "
            "climbed to 61,020 killed and 150,671 injured since October 7, 2023.")
    assert "attack" not in [t for t, _ in _kinds(text)]


# 8. a strike told by a bearing within the country is not placed at the dateline

def test_strike_in_the_south_of_the_country_is_not_in_the_dateline_city() -> None:
    text = ("Two killed in Israeli strike\n\n"
            "BEIRUT: Two people were killed in an Israeli strike in the south of the country "
            "on Friday, the health ministry said.\n\n"
            "According to the ministry, the strike hit a car in the village of Kfar Tebnit "
            "near Nabatieh.")
    found = _kinds(text)
    assert ("attack", BEIRUT) not in found
    assert ("attack", NABATIEH) in found


# 9. a salvo fired and projectiles crossing a border

def test_a_salvo_fired_is_an_attack() -> None:
    assert "attack" in _types("The group said it had fired a salvo of Katyusha rockets at "
                              "the base.")


def test_projectiles_crossing_into_territory_are_an_attack() -> None:
    assert "attack" in _types("About 30 projectiles were identified crossing from the north "
                              "into the country's territory.")
