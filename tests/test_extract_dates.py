"""Date phrases resolved against the publication date, with honest precision."""

from __future__ import annotations

import datetime as dt

import pytest

from geoapp.extract.dates import find_dates

PUB = dt.date(2024, 12, 23)  # a Monday


@pytest.mark.parametrize("text, first, last, precision", [
    ("on December 14 and 15", "2024-12-14", "2024-12-15", "day"),
    ("On Dec. 14, 2023, troops", "2023-12-14", "2023-12-14", "day"),
    ("14-15 December", "2024-12-14", "2024-12-15", "day"),
    ("the 3rd of December", "2024-12-03", "2024-12-03", "day"),
    ("2024-12-14", "2024-12-14", "2024-12-14", "day"),
    ("in just three days, 50", "2024-12-21", "2024-12-23", "week"),
    ("over the past 24 hours", "2024-12-22", "2024-12-23", "day"),
    ("in the last two weeks", "2024-12-10", "2024-12-23", "month"),
    ("last week", "2024-12-16", "2024-12-22", "week"),
    ("this week", "2024-12-17", "2024-12-23", "week"),
    ("earlier this month", "2024-12-01", "2024-12-23", "month"),
    ("yesterday", "2024-12-22", "2024-12-22", "day"),
    ("overnight", "2024-12-22", "2024-12-23", "day"),
    ("in August", "2024-08-01", "2024-08-31", "month"),
    ("in early December", "2024-12-01", "2024-12-10", "month"),
    ("in mid-November", "2024-11-11", "2024-11-20", "month"),
    ("since August", "2024-08-01", "2024-12-23", "year"),
    ("in 2023", "2023-01-01", "2023-12-31", "year"),
    ("on Sunday", "2024-12-22", "2024-12-22", "day"),
    ("last Monday", "2024-12-16", "2024-12-16", "day"),
    ("two weeks ago", "2024-12-09", "2024-12-09", "day"),
    ("since their deployment to the Kursk region", "2024-09-24", "2024-12-23", "year"),
])
def test_resolved(text: str, first: str, last: str, precision: str) -> None:
    (span,) = find_dates(text, PUB)
    assert (str(span.first), str(span.last), span.precision) == (first, last, precision)


@pytest.mark.parametrize("text", ["The May offensive", "troops may attack", "Jan Kowalski said",
                                  "70-year-old tactics"])
def test_not_dates(text: str) -> None:
    assert find_dates(text, PUB) == []


@pytest.mark.parametrize("text, resolved", [
    ("on December 14 and 15", False), ("last week", False), ("in just three days", False),
    ("On Dec. 14, 2023", True), ("in 2023", True), ("2024-12-14", True),
])
def test_without_publication_date_relative_phrases_stay_open(text: str, resolved: bool) -> None:
    (span,) = find_dates(text, None)
    assert (span.first is not None) is resolved


def test_since_phrase_keeps_the_place_out_of_the_date() -> None:
    (span,) = find_dates("since their deployment to the Kursk region", PUB)
    assert span.text == "since their deployment"
