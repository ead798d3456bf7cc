"""Wordings of round one hundred and sixteen (a), each sentence written fresh (not corpus
text): forces or the enemy told as having advanced in a place ("the enemy had advanced in
X", "troops have advanced in Y region") attack there, as "recently advanced in X" does,
while an advance that took ground in the same sentence ("…, taking control of a bridge") is
the capture's alone, and a team or a whole side of a country advancing is no place fought
over."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
KHARKIV = "UKR-328"
SUMY = "UKR-325"


def test_the_enemy_had_advanced_in_a_town_is_an_attack() -> None:
    text = ("Monitoring analysts said on Tuesday evening that the enemy had advanced in "
            "Kostiantynivka over the past two days.")
    assert ("attack", DONETSK) in ruled(text)


def test_troops_have_advanced_in_a_region_is_an_attack() -> None:
    text = ("Ukraine's army spokesman conceded that Russian troops have advanced in Sumy region "
            "along the border this week.")
    assert ("attack", SUMY) in ruled(text)


def test_an_advance_that_took_ground_is_no_attack() -> None:
    text = ("The brigade said it had advanced in Kupiansk during the night, taking control "
            "of two streets near the railway station.")
    assert ("attack", KHARKIV) not in ruled(text)


def test_a_team_advanced_in_a_tournament_is_no_attack() -> None:
    text = "The Kharkiv club has advanced in the national cup after a win on Sunday."
    assert ("attack", KHARKIV) not in ruled(text)


def test_troops_advanced_in_a_side_of_the_country_places_nothing() -> None:
    text = "Russian troops have advanced in the east of Ukraine this autumn, officials said."
    assert not [e for e in ruled(text) if e[0] == "attack"]
