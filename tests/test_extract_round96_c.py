"""Wordings of wire copy, each sentence written fresh (not corpus text): strikes a capital
or a country wages on a target it names ("Kyiv's drone strikes on Russian refineries"), and
a capital's needs ("the revenue Moscow needs")."""

from __future__ import annotations

from tests.extract_helpers import ruled

KYIV_CITY, MOSCOW = "UKR-4826", "RUS-2365"


# 1. a capital's strikes on a target it names are its government's, not an attack there
def test_capital_striking_a_named_target_is_an_actor():
    text = ("Ukrainian drones hit an oil depot in Rostov region on Friday. Kyiv's long-range "
            "missile strikes on Russian ports aim to cut the fuel revenue of the state.")
    assert all(code != KYIV_CITY for _, code in ruled(text))


def test_an_attack_the_capital_suffered_is_still_placed_there():
    text = "Kyiv's heaviest drone attack in weeks killed three people on Friday night."
    assert ("attack", KYIV_CITY) in ruled(text)


# 2. what a capital needs is its government's want, not a place of the news
def test_capital_needs_is_an_actor():
    text = ("Ukrainian drones struck two refineries on Friday night, hitting the export "
            "revenue Moscow needs to pay for the war.")
    assert all(code != MOSCOW for _, code in ruled(text))


def test_strike_in_the_capital_is_still_placed_there():
    text = "Ukrainian drones struck a fuel depot in Moscow on Friday night, officials said."
    assert ("attack", MOSCOW) in ruled(text)
