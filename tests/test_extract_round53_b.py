"""Wordings real reports used that the rules misread, each written fresh (not corpus text):
a side's claimed kill told again in the headline, seers who struck what they saw, a band
eliminated or wiped out, operations told by the taking they aim at, a strike told as
"striking at" a province, a place said to lie "in the province" named before, and a tunnel
named again."""

from __future__ import annotations

from tests.extract_helpers import places, ruled, trigger_types

NORTH_KORDOFAN, SENNAR, TILLABERI, GAZA = "SDN-883", "SDN-880", "NER-4859", "GAZ+00?"


def test_a_claimed_kill_told_again_in_the_headline_is_an_attack() -> None:
    text = ("Army says troops killed six gunmen near Bara\n\n"
            "The Sudanese army said on Monday its forces had killed six gunmen near Bara in "
            "North Kordofan.")
    found = places(text)
    assert ("attack", NORTH_KORDOFAN) in found
    assert ("casualty_report", NORTH_KORDOFAN) not in found


def test_seers_who_struck_what_they_saw_are_no_sighting() -> None:
    assert "unit_sighting" not in trigger_types(
        "The army said troops searching the area had identified and eliminated three armed "
        "men.")
    # the force seen and then struck is still seen
    assert "unit_sighting" in trigger_types(
        "A Russian column was spotted and destroyed near the village.")


def test_a_band_eliminated_or_wiped_out_is_an_attack() -> None:
    assert "attack" in trigger_types(
        "Army units eliminated a group of terrorists on motorcycles near the town.")
    assert "attack" in trigger_types(
        "An air and ground operation near the town wiped out a group of cattle thieves.")


def test_operations_aimed_at_a_taking_take_nothing() -> None:
    text = ("In recent weeks the army has mounted several operations aimed at taking back "
            "control of Bara, a town in North Kordofan.")
    assert ("capture", NORTH_KORDOFAN) not in ruled(text)


def test_striking_at_a_province_is_an_attack_there() -> None:
    text = ("The RSF widened its drone campaign on Saturday, this time striking at Sennar "
            "province, the army said.")
    assert ("attack", SENNAR) in ruled(text)


def test_a_place_in_the_province_named_before_lies_there() -> None:
    text = ("Drones struck Sennar province overnight, the army said.\n\n"
            "Air defences shot down several drones over the Kosti barracks in the province.")
    found = ruled(text)
    assert ("attack", SENNAR) in found
    assert ("attack", "SDN-879") not in found


def test_a_tunnel_named_again_ties_the_sentence_to_its_place() -> None:
    text = ("Troops killed four fighters who came out of a tunnel in Khan Younis, the army "
            "said.\n\n"
            "Army radio said 10 of them had been captured after leaving the tunnel.")
    assert ("capture", GAZA) in ruled(text)
