"""Round 95 (e): fighting told "between A and the regime in X" (X is where the fighting
is, no seat of that government), and a running toll with no place of its own counted for
a nation ("on the Lebanese side", "39 Israeli civilians have now been killed"): that
nation's country, a tally of its own. Sentences written fresh, not corpus text."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled

DARAA, DAMASCUS = "SYR-146", "SYR-4843"


# 1. "clashes between A and the regime in X": X places the clashes

def test_clashes_between_rebels_and_regime_in_a_town_are_placed_there():
    text = "A local monitor reported heavy clashes between the rebels and the regime in Nawa."
    assert ("attack", DARAA) in ruled(text)


def test_government_in_a_capital_without_between_stays_a_seat():
    # near miss: no "between" phrase, the regime in the capital is the side it is
    text = "Rebels shelled a checkpoint as pressure grew on the regime in Damascus."
    assert ("attack", DAMASCUS) not in ruled(text)


# 2. a running toll counted for a nation, with no place of its own

def test_toll_on_a_nations_side_is_that_country():
    text = ("A drone struck a house in Bint Jbeil on Monday, killing two people.\n\n"
            "According to a tally kept by the agency, at least 310 people have been killed "
            "on the Lebanese side, most of them fighters.")
    assert ("casualty_report", "LB") in folded(text)


def test_nationals_killed_up_to_now_are_that_countrys_tally():
    text = ("A rocket hit a field near Safed on Tuesday and killed one man.\n\n"
            "With Tuesday's death, 27 Israeli civilians have now been killed by rocket fire.")
    got = folded(text)
    assert ("casualty_report", "IL") in got
    assert ("attack", "IL") not in got


def test_one_strikes_toll_on_a_side_stays_with_its_strike():
    # near miss: no count up to now ("were killed"), not a running toll
    text = ("A drone struck a house in Bint Jbeil on Monday.\n\n"
            "On the Lebanese side, two people were killed.")
    assert ("casualty_report", "LB") not in folded(text)


def test_share_of_a_toll_on_one_side_is_no_nations_tally():
    # near miss: the toll spans both sides, most of it on one
    text = ("A drone struck a house in Bint Jbeil on Monday.\n\n"
            "Some 90 civilians have been killed, most of them on the Lebanese side.")
    assert ("casualty_report", "LB") not in folded(text)
