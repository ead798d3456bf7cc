"""Wordings of headlines and appositions, each sentence written fresh (not corpus text):
control a side claims is a capture claimed; a place's apposition with a relative clause
that has no pronoun ("Aleppo, the city the rebels seized last week") tells how the place
came to be held, and its date is not the sentence's news."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK, KHARKIV, ALEPPO = "UKR-327", "UKR-328", "SYR-137"


def test_control_claimed_in_a_headline_is_a_capture() -> None:
    found = ruled("Russia claims control of Pokrovsk as fighting rages in Donetsk region\n\n"
                  "The ministry said its troops had fought in the area all week.")
    assert ("capture", DONETSK) in found


def test_control_claimed_in_the_past_is_a_capture() -> None:
    assert ("capture", DONETSK) in ruled(
        "Moscow claimed control of Pokrovsk, in the Donetsk region, on Monday.")


def test_capture_in_a_place_apposition_without_pronoun_is_its_history() -> None:
    found = ruled("Government jets struck Aleppo, the city the rebels seized last week, "
                  "killing 12 people, a monitoring group said.")
    assert ("attack", ALEPPO) in found
    assert ("capture", ALEPPO) not in found


def test_date_in_a_place_apposition_without_pronoun_is_not_the_news() -> None:
    found = ruled("Russian troops shelled Kupiansk, a city Ukraine recaptured in 2022, "
                  "wounding three people, the governor said.")
    assert ("attack", KHARKIV) in found
