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
