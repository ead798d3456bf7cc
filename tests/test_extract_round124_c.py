"""Wordings of round one hundred and twenty-four (c), each sentence written fresh (not
corpus text): a force told in the simple past as having left a named place ("the Ukrainian
military pulled out of X", "the troops pulled out of X") hands it over, a capture, as the
perfect already told ("the troops withdrew from X" is left: it lies too near another deed's
place); a force pulled out to rest, or a withdrawal from talks, stays none."""

from __future__ import annotations

from tests.extract_helpers import ruled

KHERSON = "UKR-4827"
DONETSK = "UKR-327"


def test_a_military_that_pulled_out_of_a_named_village_lost_it() -> None:
    text = ("Officers told reporters that the Ukrainian military pulled out of Krynky in the "
            "Kherson region after months of fighting.")
    assert ("capture", KHERSON) in ruled(text)


def test_troops_that_pulled_out_of_a_named_town_lost_it() -> None:
    text = "On Tuesday the Ukrainian troops pulled out of Vuhledar in the Donetsk region."
    assert ("capture", DONETSK) in ruled(text)


def test_troops_withdrawn_to_rest_lost_nothing() -> None:
    text = ("In the Donetsk region, the Ukrainian troops withdrew from Vuhledar to rest and "
            "refit on Tuesday.")
    assert ("capture", DONETSK) not in ruled(text)


def test_a_government_that_withdrew_from_talks_lost_nothing() -> None:
    text = ("The government withdrew from Geneva talks on the Donetsk region on Tuesday.")
    assert ("capture", DONETSK) not in ruled(text)


def test_a_pullout_dating_what_follows_is_no_capture() -> None:
    text = ("After the Ukrainian troops pulled out of Vuhledar, looters moved through the "
            "Donetsk region's empty farms.")
    assert ("capture", DONETSK) not in ruled(text)
