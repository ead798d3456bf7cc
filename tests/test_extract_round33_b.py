"""Wordings of wires, rehashes and briefings, each sentence written fresh (not corpus
text): a force's killed and wounded counted as one figure."""

from __future__ import annotations

from tests.extract_helpers import places

KURSK = "RUS-2362"


# 1. a force's killed and wounded counted together, told apart from a strike there, are
#    its losses over the fighting, not that strike's toll

def test_killed_and_wounded_figure_is_a_tally_of_losses() -> None:
    found = places(
        "Foreign troops launched assaults on Ukrainian positions in the Kursk region, a "
        "Pentagon spokesman said on Tuesday.\n\n"
        "He confirmed an earlier figure of 1,500 soldiers killed and wounded in the Kursk "
        "region.")
    assert ("attack", KURSK) in found
    assert ("casualty_report", KURSK) in found


def test_soldiers_killed_after_a_strike_are_its_toll() -> None:
    found = places(
        "Foreign troops attacked Ukrainian positions in the Kursk region on Tuesday.\n\n"
        "Twelve soldiers were killed in the Kursk region, the spokesman said.")
    assert ("attack", KURSK) in found
    assert ("casualty_report", KURSK) not in found


# 2. soldiers detained by their own side, and people "picked up" by the authorities

BRYANSK = "RUS-2342"


def test_soldiers_picked_up_by_the_authorities_are_detained() -> None:
    assert ("capture", BRYANSK) in places(
        "The military police picked up the runaway soldiers on Friday in Klintsy, in the "
        "Bryansk region, local media said.")


def test_deserters_detained_are_a_capture() -> None:
    assert ("capture", BRYANSK) in places(
        "Police detained the soldiers on Friday in Klintsy, in the Bryansk region, local "
        "media said.")


def test_bodies_picked_up_are_no_one_detained() -> None:
    assert ("capture", BRYANSK) not in places(
        "The police picked up the bodies on Friday in Klintsy, in the Bryansk region, local "
        "media said.")


# 3. a dateline with the country and the outlet both in brackets, filed far from a lead
#    that tells its event in a region the gazetteer cannot place

NORTH_DARFUR, RED_SEA = "SDN-881", "SDN-149"

_FILED_FAR = (
    "Nine killed as militia shells camp\n\n"
    "Port Sudan (Sudan) (AFP) – Nine people were killed when the militia shelled a market "
    "inside a displacement camp in the Darfur region, relief workers said on Sunday.\n\n"
    "The camp lies in El Fasher, capital of North Darfur state, which the army still holds.")


def test_dateline_with_country_and_outlet_in_brackets() -> None:
    from geoapp.extract.dateline import find_dateline
    found = find_dateline(_FILED_FAR)
    assert found is not None and found.place == "Port Sudan"


def test_lead_in_an_unplaced_region_is_not_where_it_was_filed() -> None:
    found = places(_FILED_FAR)
    assert ("attack", RED_SEA) not in found
    assert ("attack", NORTH_DARFUR) in found
