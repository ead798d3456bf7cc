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
