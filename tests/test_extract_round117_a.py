"""Wordings of round one hundred and seventeen (a), each sentence written fresh (not corpus
text): ground counted as taken "since" a month of the last season ("have captured more than
20 settlements in the oblast since August") is the front's latest tally, told as news, not
a recap; a count run since a year long past stays background."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import ruled

DNIPRO = "UKR-326"
KHARKIV = "UKR-328"
NOVEMBER = dt.date(2025, 11, 20)


def test_settlements_counted_as_taken_since_a_recent_month_are_a_capture() -> None:
    text = ("Russian forces have captured more than 20 settlements in Dnipropetrovsk Oblast "
            "since August, the monitoring group said.")
    assert ("capture", DNIPRO) in ruled(text, published=NOVEMBER)


def test_villages_counted_as_seized_since_a_recent_month_are_a_capture() -> None:
    text = "Moscow's troops have seized at least nine villages in Kharkiv Oblast since October."
    assert ("capture", KHARKIV) in ruled(text, published=NOVEMBER)


def test_settlements_counted_since_a_year_long_past_stay_background() -> None:
    text = ("Russian forces have captured more than 20 settlements in Dnipropetrovsk Oblast "
            "since 2023, the monitoring group said.")
    assert ("capture", DNIPRO) not in ruled(text, published=NOVEMBER)


def test_a_named_village_taken_since_a_month_stays_background() -> None:
    text = ("Russian forces have held the village of Pokrovske in Dnipropetrovsk Oblast since "
            "August, the monitoring group said.")
    assert ("capture", DNIPRO) not in ruled(text, published=NOVEMBER)
