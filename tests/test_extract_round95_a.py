"""Wordings of analysts' and wire copy, each sentence written fresh (not corpus text): a
capture an analyst says it "does not confirm", attacks named only as what an operation was
meant to stop ("to stop Russian attacks"), and a capital whose view a sentence opens with
("For Kyiv, …")."""

from __future__ import annotations

import pytest

from tests.extract_helpers import ruled

DONETSK, KYIV = "UKR-327", "UKR-4826"


# 1. a capture the source "does not confirm" is hedged, not news

@pytest.mark.parametrize("text", [
    "The think tank does not confirm that Russian forces have taken all of Kurakhove.",
    "Analysts do not confirm that the Russian army has captured the whole of Kurakhove.",
])
def test_capture_not_confirmed_in_the_present_is_hedged(text):
    assert ("capture", DONETSK) not in ruled(text)


def test_capture_confirmed_stays_news():
    text = "The think tank confirms that Russian forces have taken all of Kurakhove."
    assert ("capture", DONETSK) in ruled(text)


# 2. attacks named as what a move was meant to stop are its aim, no event

@pytest.mark.parametrize("text", [
    "The brigade was moved to Donetsk Oblast to stop Russian attacks on the railway.",
    "Kyiv sent reserves to Donetsk Oblast to halt Russian assaults on the town.",
])
def test_attacks_a_move_should_stop_are_its_aim(text):
    assert ("attack", DONETSK) not in ruled(text)


@pytest.mark.parametrize("text", [
    "Ukrainian troops continue to repel Russian attacks near Kurakhove in Donetsk Oblast.",
    "Troops were forced to repel Russian assaults near Kurakhove in Donetsk Oblast.",
])
def test_attacks_repelled_stay_news(text):
    assert ("attack", DONETSK) in ruled(text)


# 3. a capital whose view opens a sentence is the government, not a place

def test_capital_whose_view_is_told_places_nothing():
    text = ("For Kyiv, the hardest fight now is the one near Kurakhove. Russian drones "
            "struck there on Monday.")
    assert ("attack", KYIV) not in ruled(text)


def test_residents_of_a_capital_still_place_it():
    text = "For Kyiv residents, the night was loud as drones struck a house in Kyiv."
    assert ("attack", KYIV) in ruled(text)
