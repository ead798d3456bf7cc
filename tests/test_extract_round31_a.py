"""Wordings of briefings, wires and long-form pieces, each sentence written fresh (not
corpus text): an earlier incident a strike brings to mind, named formations at work near
places, forces regrouping, forces pulled out to recover, and forces wiping out a force."""

from __future__ import annotations

import pytest

from tests.extract_helpers import ruled

SAGAING, MAGWAY = "MMR-3302", "MMR-3276"


# 1. an earlier incident a strike brings to mind is a recap

@pytest.mark.parametrize("text", [
    "The air strike on Kalay village in Sagaing Region brings back memories of an incident "
    "in Magway Region, in which hundreds of civilians lost their lives.",
    "The air strike on Kalay village in Sagaing Region is reminiscent of an incident in "
    "Magway Region, in which hundreds of civilians lost their lives.",
])
def test_an_incident_recalled_is_no_news(text: str) -> None:
    found = ruled(text)
    assert ("attack", SAGAING) in found
    assert ("casualty_report", MAGWAY) not in found


def test_a_toll_told_plainly_stays_news() -> None:
    assert ("casualty_report", MAGWAY) in ruled(
        "Hundreds of civilians lost their lives in Magway Region on Monday.")


# 2. a numbered formation on the attack near a place is seen there

KHARKIV, KURSK, SOUTH_KORDOFAN, BORNO = "UKR-328", "RUS-2362", "SDN-882", "NGA-2839"


@pytest.mark.parametrize("text", [
    "The 6th Combined Arms Army and the 1st Tank Army are still carrying out offensive actions "
    "near Kupiansk in the Kharkiv region, the commander said.",
    "The 20th Army attacked near Kupiansk in the Kharkiv region on Monday.",
])
def test_a_formation_on_the_attack_is_seen_there(text: str) -> None:
    found = ruled(text)
    assert ("unit_sighting", KHARKIV) in found and ("attack", KHARKIV) in found


def test_troops_on_the_attack_name_no_formation() -> None:
    assert ("unit_sighting", KHARKIV) not in ruled(
        "Russian troops carried out offensive actions near Kupiansk in the Kharkiv region.")


def test_ground_named_after_a_town_is_by_that_town() -> None:
    assert ("attack", KHARKIV) in ruled(
        "Russian troops carried out offensive actions near the Kupiansk forest on Monday.")


# 3. an enemy regrouping somewhere is a deployment; regrouping for what comes next is not

def test_the_enemy_regrouping_is_a_deployment() -> None:
    assert ("troop_deployment", KHARKIV) in ruled(
        "Russian invaders have taken heavy losses and are now regrouping near Kupiansk in the "
        "Kharkiv region.")


@pytest.mark.parametrize("text", [
    "The enemy is regrouping and, according to our intelligence, will try to attack again "
    "in the coming days near Kupiansk in the Kharkiv region.",
    "The opposition is regrouping in Kharkiv after the election.",
])
def test_a_regrouping_for_what_comes_next_is_none(text: str) -> None:
    assert ("troop_deployment", KHARKIV) not in ruled(text)


# 4. forces pulled out of a place to recover are redeployed from there

def test_forces_pulled_out_to_recover_are_a_deployment() -> None:
    assert ("troop_deployment", KURSK) in ruled(
        "Both brigades are now pulling out of the Kursk region so that they can recover from "
        "the losses they have taken.")


def test_civilians_pulled_out_are_none() -> None:
    assert ruled("Civilians pulled out of the Kursk region to rest.") == []


# 5. a unit fighting beside another is seen there

def test_a_unit_fighting_beside_another_is_seen() -> None:
    assert ("unit_sighting", KURSK) in ruled(
        "North Korean troops are fighting beside Russian units in the Kursk region, Ukrainian "
        "intelligence said.")


# 6. a force wiped out is attacked where it was; a rout told as finished is not

@pytest.mark.parametrize("text", [
    'The army said it had wiped out a "large force" of RSF fighters in Dilling, the '
    "second-biggest city of South Kordofan state.",
    "The army routed an RSF column near Dilling in South Kordofan on Tuesday.",
])
def test_a_force_wiped_out_is_an_attack(text: str) -> None:
    assert ("attack", SOUTH_KORDOFAN) in ruled(text)


@pytest.mark.parametrize("text", [
    "Security forces crushed a protest in Dilling in South Kordofan on Tuesday.",
    "Army units have finished routing the rebel formations in Dilling in South Kordofan, the "
    "ministry said.",
])
def test_a_protest_crushed_or_a_finished_rout_is_no_attack(text: str) -> None:
    assert ("attack", SOUTH_KORDOFAN) not in ruled(text)


# 7. attackers getting into a post attack it, and the men lost there are its toll

def test_a_post_broken_into_is_an_attack() -> None:
    assert ("attack", BORNO) in ruled(
        "Gunmen forced their way into the army camp near Maiduguri on Friday.")


def test_men_lost_when_the_post_was_broken_into_are_its_toll() -> None:
    found = ruled('"The militants got into our base near Maiduguri yesterday at around 6:50 '
                  'pm and we lost three soldiers," an officer told reporters.')
    assert found == [("attack", BORNO)]
