"""Wordings of round one hundred and sixteen (c), each sentence written fresh (not corpus
text): a town named after its country's possessive, right after a locative ("fighting in
Niger's Téra department"), is placed as after the locative itself, so a small town that a
village abroad shares a name with is read in its own country; soldiers killed "in fighting
with" a named foe on a day they name are the toll of that day's fight, an attack, as "in
clashes with" already is; a force's losses in such fighting with no day stay a tally."""

from __future__ import annotations

from tests.extract_helpers import ruled

TILLABERI = "NER-4859"


# a town after its country's possessive, itself after a locative

def test_a_town_after_its_countrys_possessive_is_placed() -> None:
    text = ("Gunmen on motorbikes ambushed an army patrol on Friday in Niger's Téra department, "
            "killing six soldiers, the defence ministry said.")
    assert ("attack", TILLABERI) in ruled(text)


def test_a_possessive_with_no_locative_places_nothing() -> None:
    text = ("Gunmen on motorbikes ambushed an army patrol on Friday, the mayor of Niger's Téra "
            "told reporters, killing six soldiers.")
    assert ("attack", TILLABERI) not in ruled(text)


# soldiers killed in fighting with a named foe

def test_soldiers_killed_in_fighting_with_a_foe_are_an_attack() -> None:
    text = ("Fourteen soldiers were killed on Sunday in fighting with jihadists in Niger's "
            "Tillabéri region, the army said.")
    assert ("attack", TILLABERI) in ruled(text)


def test_a_forces_losses_in_fighting_with_a_foe_stay_a_tally() -> None:
    text = ("Fourteen soldiers have been killed in fighting with jihadists in Niger's "
            "Tillabéri region since the army deployed there, officials said on Monday.")
    found = ruled(text)
    assert ("attack", TILLABERI) not in found
    assert ("casualty_report", TILLABERI) in found
