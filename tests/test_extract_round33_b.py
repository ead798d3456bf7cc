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
