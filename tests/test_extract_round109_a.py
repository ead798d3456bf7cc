"""Wordings of round one hundred and nine (a), each sentence written fresh (not corpus text):
"thousands more" who fled a place are counted people, a displacement there, and the place
right after "fled" (even behind a direction word: "fled southern X") is a place, where the
flight happened."""

from __future__ import annotations

from tests.extract_helpers import ruled

SAGAING = "MMR-3302"


# thousands more who fled a place

def test_thousands_more_who_fled_a_town_fled_it() -> None:
    text = "Thousands more have fled northern Ye-U since Tuesday, aid workers said."
    assert ("other", SAGAING) in ruled(text)


def test_thousands_more_killed_in_a_town_are_no_flight() -> None:
    text = "Thousands more have been killed in northern Ye-U, aid workers said."
    assert ("other", SAGAING) not in ruled(text)


def test_fighters_who_fled_a_town_are_no_flight() -> None:
    text = "Fighters who fled northern Ye-U on Tuesday regrouped in the hills, aid workers said."
    assert ("other", SAGAING) not in ruled(text)


def test_thousands_more_troops_that_left_a_town_are_no_flight() -> None:
    text = "Thousands more troops have left northern Ye-U since Tuesday, aid workers said."
    assert ("other", SAGAING) not in ruled(text)
