"""Wordings of round one hundred and four (n), each sentence written fresh (not corpus
text): forces pressing hard on a named place ("pressing hard in the direction of X",
"pushing hard toward X", "pressing hard, mostly in the direction of X") attack there, as
forces "pushing towards" it do; pressing toward a vote or a deal names no fight."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
SUMY = "UKR-325"
KYIV_CITY = "UKR-4826"


def test_forces_pressing_hard_in_the_direction_of_a_town_attack_it() -> None:
    text = ("Russian forces are pressing hard in the direction of Kostiantynivka and "
            "Druzhkivka, the brigade spokesman said on Monday.")
    assert ("attack", DONETSK) in ruled(text)


def test_forces_pushing_hard_toward_a_town_attack_it() -> None:
    text = "The army is pushing hard toward Kostiantynivka, a spokesman said on Monday."
    assert ("attack", DONETSK) in ruled(text)


def test_forces_pressing_hard_mostly_towards_a_place_attack_it() -> None:
    text = ("Russian units are pressing hard, mostly in the direction of Myropillia, a "
            "border guard spokesman said on Sunday.")
    assert ("attack", SUMY) in ruled(text)


def test_pressing_hard_toward_a_vote_is_no_attack() -> None:
    text = ("The opposition is pressing hard toward a vote in Kyiv, a spokesman said on "
            "Monday.")
    assert ("attack", KYIV_CITY) not in ruled(text)
