"""Wordings of round 88 (c), each sentence written fresh (not corpus text): downings listed
region by region with a bearing after each group ("… regions in the centre of the country,
in the … regions in the north"), a raising passive of saying between a formation and its
presence ("are reported to be still operating"), troops sent into assaults, and troops
folded into combat groups."""

from __future__ import annotations

from tests.extract_helpers import ruled, trigger_types

POLTAVA, CHERKASY, CHERNIHIV, SUMY, MYKOLAIV = \
    "UKR-330", "UKR-319", "UKR-285", "UKR-325", "UKR-284"
DONETSK, KURSK, KHARTOUM = "UKR-327", "RUS-2362", "SDN-874"


# 1. groups of a list each placed by a bearing in the country

def test_downings_listed_by_groups_with_bearings_reach_every_region() -> None:
    found = ruled("Air defence units shot down enemy drones over the Poltava and Cherkasy "
                  "regions in the centre of the country, over the Chernihiv and Sumy regions "
                  "in the north and over the Mykolaiv region in the south.")
    for code in (POLTAVA, CHERKASY, CHERNIHIV, SUMY, MYKOLAIV):
        assert ("attack", code) in found


def test_a_second_sentence_with_its_own_deed_stays_apart() -> None:
    found = ruled("Air defence units shot down enemy drones over the Poltava region in the "
                  "centre of the country. Officials in the Sumy region reported a power cut.")
    assert ("attack", POLTAVA) in found and ("attack", SUMY) not in found


# 2. a raising passive of saying keeps the subject before it

def test_formation_reported_to_be_operating_is_seen_there() -> None:
    assert ("unit_sighting", DONETSK) in ruled(
        "Elements of the 41st assault brigade and of the 12th rifle regiment, both part of "
        "the Western Group, are reported to be still operating near Pokrovsk in the Donetsk "
        "region.")


def test_a_source_that_reported_is_still_no_subject() -> None:
    assert "unit_sighting" not in trigger_types(
        "The ministry reported to parliament that it was still operating two field "
        "hospitals.")


# 3. troops sent into assaults are seen at work there

def test_forces_sent_into_assaults_are_seen() -> None:
    assert ("unit_sighting", KURSK) in ruled(
        "Foreign forces have been sent into assault operations in the Kursk region, the "
        "analysts said.")


def test_forces_sent_to_a_region_stay_a_deployment() -> None:
    found = ruled("Moscow sent forces to the Kursk region on Monday.")
    assert ("troop_deployment", KURSK) in found and ("unit_sighting", KURSK) not in found


# 4. troops folded into combat groups are a deployment

def test_troops_folded_into_combat_groups_are_deployed() -> None:
    assert ("troop_deployment", DONETSK) in ruled(
        "The foreign soldiers are being integrated into mixed assault groups near Pokrovsk "
        "in the Donetsk region, the commander said.")


def test_fighters_merged_into_a_party_are_no_deployment() -> None:
    assert "troop_deployment" not in trigger_types(
        "The former fighters merged into a new political party in the Donetsk region.")


