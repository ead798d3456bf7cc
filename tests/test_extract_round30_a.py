"""Wordings of wire reports and ministry briefings, each sentence written fresh (not corpus
text): a capital that condemns a strike is its government, not a place struck; a force's
losses summed over strikes in several regions place nothing; a town "in the areas of"
after whose forces they were is where the strike fell; people driven out of a city by a
mission are carried away, no ground taken; forces hit "while stationed" somewhere were not
moved there; a cue of capitalised words ending a group's name is no deed."""

from __future__ import annotations

from tests.extract_helpers import ruled, trigger_types

KHARKIV, DONETSK, KYIV_CITY = "UKR-328", "UKR-327", "UKR-4826"


# 1. a capital reacting to a strike: its government, no place of the strike

def test_capital_condemning_a_strike_is_no_place() -> None:
    found = ruled("A Russian missile hit a school in Zaporizhzhia, in southern Ukraine, on "
                  "Monday, killing two people and wounding five, officials said, and Kyiv "
                  "condemned the attack.")
    assert ("attack", "UKR-331") in found
    assert not any(region == KYIV_CITY for _, region in found)


# 2. losses summed over strikes in several regions, and a town "in the areas of"

def test_losses_after_strikes_in_two_regions_place_nothing() -> None:
    found = ruled("The ministry said its troops struck the personnel of two brigades of the "
                  "Armed Forces of Ukraine in the areas of Kupiansk in the Kharkiv region and "
                  "of Siversk in the Donetsk region.\n\n\"Over 300 enemy servicemen were lost, "
                  "together with four vehicles,\" the report stated.")
    assert ("attack", KHARKIV) in found
    assert ("attack", DONETSK) in found
    assert ("casualty_report", KHARKIV) not in found
    assert ("casualty_report", DONETSK) not in found


def test_town_in_the_areas_of_after_a_country_is_the_strike_place() -> None:
    found = ruled("The ministry said its troops struck the personnel of a brigade of the "
                  "Armed Forces of Ukraine in the areas of Kupiansk.")
    assert ("attack", KHARKIV) in found


# 3. people driven out of a city by a mission: carried away, no ground taken

def test_civilians_waiting_to_be_driven_out_take_no_ground() -> None:
    assert "capture" not in trigger_types(
        "Civilians waited on the town's streets to be driven out of the city by a "
        "volunteer mission.")


def test_militants_driven_out_of_a_town_still_lose_it() -> None:
    assert "capture" in trigger_types("The militants were driven out of the town on Monday.")


# 4. forces hit where they were posted: no move

def test_troops_hit_while_stationed_are_not_deployed() -> None:
    assert "troop_deployment" not in trigger_types(
        "The army troops were hit while stationed at the police station.")


def test_troops_stationed_at_a_post_are_still_deployed() -> None:
    assert "troop_deployment" in trigger_types(
        "Army troops were stationed at the police station on Monday.")


# 5. a cue of several capitalised words ending a group's name

def test_cue_ending_a_group_name_is_no_strike() -> None:
    assert "attack" not in trigger_types(
        "Fighters of the Bo Sa Klay Drone Strike and of the local militia held a meeting "
        "in the village hall on Sunday.")
