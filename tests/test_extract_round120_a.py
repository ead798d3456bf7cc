"""Wordings of round one hundred and twenty (a), each sentence written fresh (not corpus
text): a Congolese territory written with its kind capitalised ("in Masisi Territory") is
that territory, as "Masisi territory" is; armed groups trying to get across a border are
raids there, migrants trying to cross it are not."""

from __future__ import annotations

from tests.extract_helpers import ruled

SUMY = "UKR-325"
MASISI = "COD-1898"


# a territory written with a capital "Territory"

def test_a_capitalised_territory_is_the_territory() -> None:
    text = "Heavy clashes erupted on Monday in Masisi Territory between M23 and the army."
    assert ("attack", MASISI) in ruled(text)


def test_a_lowercase_territory_stays_the_territory() -> None:
    text = "Heavy clashes erupted on Monday in Masisi territory between M23 and the army."
    assert ("attack", MASISI) in ruled(text)


# armed groups trying to get across a border

def test_sabotage_groups_trying_to_cross_the_border_attack_there() -> None:
    text = ("Enemy sabotage groups keep trying to cross the border in Sumy Oblast at night, "
            "a spokesman for the border guards said.")
    assert ("attack", SUMY) in ruled(text)


def test_troops_trying_to_get_across_a_countrys_border_attack_there() -> None:
    text = ("Small groups of Russian infantry tried to get across Ukraine's border in Sumy "
            "Oblast on Friday, the army said.")
    assert ("attack", SUMY) in ruled(text)


def test_migrants_trying_to_cross_the_border_are_no_attack() -> None:
    text = ("Dozens of migrants tried to cross the border in Sumy Oblast on Friday, the "
            "border guards said.")
    assert ("attack", SUMY) not in ruled(text)
