"""Wordings real reports used that the rules misread, each written fresh (not corpus text):
a count of forces given as an estimate, a base "still occupied by" fighters, officials
named by their town, fighting a place has escaped, the definite noun of forces already
sent, "move into" as a noun, a force's methods characterised across regions, and a denial
that the other side "had not established a foothold" in a region."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled, trigger_types

DONETSK, SUMY, KHARKIV, BAGO, MAGWAY = "UKR-327", "UKR-325", "UKR-328", "MMR-3268", "MMR-3276"


def test_an_estimated_count_of_forces_is_no_hedge() -> None:
    found = ruled("Moscow is estimated to have concentrated some 80,000 troops near Kostiantynivka "
                  "in the Donetsk region, Ukrainian commanders said on Monday.")
    assert ("troop_deployment", DONETSK) in found
    # the deed itself estimated stays hedged
    assert ("troop_deployment", DONETSK) not in ruled(
        "Moscow is estimated to have concentrated troops near Kostiantynivka in the Donetsk "
        "region, Ukrainian commanders said on Monday.")
    # forces estimated to have been sent to a country are a standing estimate, no news
    assert ruled("Minsk is estimated to have sent about 3,000 troops to Russia, analysts "
                 "said.") == []


def test_a_site_still_occupied_by_fighters_is_taken() -> None:
    assert "capture" in trigger_types(
        "The rebels have cut the main road, and the army camp is still occupied by their "
        "fighters.")
    assert "capture" in trigger_types("The village remains occupied by enemy troops.")
    # a building occupied by families is no capture
    assert "capture" not in trigger_types(
        "The old school is still occupied by families who fled the fighting.")


def test_officials_named_by_their_town_tell_its_news() -> None:
    found = ruled("Officials in Sumy said Russia had launched dozens of drones overnight, "
                  "killing a delivery driver and wounding three other people.")
    assert ("attack", SUMY) in found
    # a big city's officials may speak for the government: placed nowhere by them
    assert ("attack", KHARKIV) not in ruled(
        "Officials in Kharkiv said Russia had launched dozens of drones overnight, killing a "
        "delivery driver and wounding three other people.")


def test_fighting_a_place_has_escaped_is_no_attack() -> None:
    assert "attack" not in trigger_types(
        "The city is a major rail hub that has so far largely escaped the fierce fighting "
        "seen further east.")
    # fighting told of a place still is
    assert "attack" in trigger_types(
        "The city has seen fierce fighting since Monday, officials said.")


def test_forces_named_by_their_sending_are_no_deployment() -> None:
    assert "troop_deployment" not in trigger_types(
        "Analysts say the shells and troops sent by Pyongyang have given Moscow a clear "
        "edge on the front.")
    # a sending told by its verb stays
    assert "troop_deployment" in trigger_types(
        "Pyongyang sent thousands of troops to the front last month.")


def test_a_move_named_by_its_noun_sends_no_one() -> None:
    assert "troop_deployment" not in trigger_types(
        "The reported move into the Sumy region marks a worrying escalation, analysts say.")
    assert "troop_deployment" in trigger_types(
        "Russian troops move into the Sumy region, officials say.")


def test_a_forces_methods_across_regions_are_background() -> None:
    text = ("The army's brutal methods, including airstrikes on markets, monasteries and "
            "schools, killed scores of civilians across Bago, Magway and Sagaing last month.")
    found = folded(text)
    assert ("attack", BAGO) not in found and ("attack", MAGWAY) not in found
    # airstrikes told as news stay
    found = folded("Army airstrikes on a market killed 14 civilians in Bago and Magway on "
                   "Monday, residents said.")
    assert ("attack", BAGO) in found


def test_ground_claimed_in_a_region_a_source_insists_was_not_entered_is_denied() -> None:
    text = ("Russia's defence ministry said on Sunday that its troops had captured another "
            "village in Ukraine's Kharkiv region.\n\n"
            "The ministry said its units seized Zelenyi Hai, a small village near the border.\n\n"
            "Peace talks have stalled since the spring.\n\n"
            "Ukrainian commanders insisted that Russian forces had not established a foothold "
            "in the Kharkiv region.")
    assert ("capture", KHARKIV) not in folded(text)
    # without the denial the claim stands
    claim = text.split("\n\nUkrainian")[0]
    assert ("capture", KHARKIV) in folded(claim)
