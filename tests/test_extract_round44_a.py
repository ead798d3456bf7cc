"""Round forty-four (a): a "since" phrase closing a comparison ("the bloodiest day since
the siege began last year") bounds a record: its dates and recap words are not the
event's, which stays the news of its own day."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import ruled

PUBLISHED = dt.date(2025, 9, 30)
NORTH_DARFUR = "SDN-881"


def test_a_record_s_since_phrase_leaves_the_strike_as_news() -> None:
    text = ("On September 19, a drone killed more than 70 people in el-Fasher, one of the "
            "bloodiest days in the city since the militia began its siege in May last year.")
    assert ("attack", NORTH_DARFUR) in ruled(text, PUBLISHED)


DONETSK, SUMY = "UKR-327", "UKR-325"


def test_a_second_object_that_leaves_its_noun_out_keeps_its_own_place() -> None:
    text = ("The ministry said its troops had taken two villages in the Donetsk region and "
            "one in the northern Sumy region.")
    found = ruled(text, dt.date(2025, 5, 25))
    assert ("capture", DONETSK) in found and ("capture", SUMY) in found
