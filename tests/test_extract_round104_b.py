"""Wordings of round one hundred and four (b), each sentence written fresh (not corpus
text): a place described as lying near where something else happened ("Kidal, the main
town of the desert north close to the place where the rebels beat the army last month")
keeps that clause's date for the other deed; the deed the sentence tells keeps its own."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import ruled

KIDAL = "MLI-2689"
PUBLISHED = dt.date(2024, 8, 26)


# a date inside "close to the place where …" dates that other deed, not the strike

def test_a_date_near_where_something_else_happened_is_not_the_strikes() -> None:
    text = ("Air strikes on Monday killed nine people in Kidal, the main town of the desert "
            "north close to the place where the rebels beat the army last month.")
    assert ("attack", KIDAL) in ruled(text, published=PUBLISHED)


def test_a_date_of_the_strike_itself_still_dates_it() -> None:
    text = ("Air strikes killed nine people in Kidal, the main town of the desert north close "
            "to the border, last month.")
    assert ("attack", KIDAL) not in ruled(text, published=PUBLISHED)
