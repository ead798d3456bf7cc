"""Wordings of round one hundred and thirty (b), each sentence written fresh (not corpus
text): a side's claim to have killed fighters is the deed that killed them, an attack, also
where the army is named as such ("the army killed seven gunmen") and where the force's place
or help is told between it and the verb ("troops stationed in X, backed by helicopters,
killed nine insurgents"); the same count told again in a summary, with no spell, leaves the
claim the deed's, while a count told again over days stays a tally."""

from __future__ import annotations

from tests.extract_helpers import folded

DONETSK = "UKR-327"
MOPTI = "MLI-2809"


# the army named as the killer

def test_the_army_killing_gunmen_is_an_attack() -> None:
    text = "The army killed seven gunmen near Mopti on Tuesday."
    assert folded(text) == [("attack", MOPTI)]


def test_the_army_losing_soldiers_stays_its_losses() -> None:
    text = "The army lost seven soldiers near Mopti on Tuesday."
    assert folded(text) == [("casualty_report", MOPTI)]


# the force's place and help told between it and the verb

def test_troops_stationed_somewhere_and_backed_killing_insurgents_is_an_attack() -> None:
    text = ("Troops stationed in central Mopti, backed by helicopters, killed nine insurgents "
            "on Monday.")
    found = folded(text)
    assert ("attack", MOPTI) in found
    assert ("casualty_report", MOPTI) not in found


def test_soldiers_stationed_somewhere_killed_are_no_attack() -> None:
    text = ("Nine soldiers stationed in central Mopti, backed by helicopters, were killed on "
            "Monday.")
    assert ("attack", MOPTI) not in folded(text)


# the same count told again

def test_a_claim_told_again_in_a_summary_stays_the_deed() -> None:
    text = ("The military said on Tuesday that it had killed six fighters in Mopti as they "
            "left a hideout.\n\nIn brief: soldiers backed by drones killed six fighters in "
            "Mopti overnight, the statement said.")
    assert folded(text) == [("attack", MOPTI)]


def test_a_claim_told_again_over_days_stays_a_tally() -> None:
    text = ("A drone unit said on Tuesday that it had killed 30 soldiers in the Donetsk "
            "region.\n\nOver four days, the unit's crews killed 30 soldiers near Pokrovsk, it "
            "said.")
    assert folded(text) == [("casualty_report", DONETSK)]
