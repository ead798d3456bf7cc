"""Date phrases resolved against the publication date, with honest precision."""

from __future__ import annotations

import datetime as dt

import pytest

from geoapp.extract.dates import find_dates, forward

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
    # told on a Monday, in news: the weekend just past, not the coming one
    ("this weekend", "2024-12-21", "2024-12-22", "day"),
    ("last weekend", "2024-12-21", "2024-12-22", "day"),
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


@pytest.mark.parametrize("published, first, last", [
    ("2024-12-23", "2024-12-21", "2024-12-22"),  # Monday: the weekend just past
    ("2024-12-28", "2024-12-28", "2024-12-28"),  # Saturday: this one, up to the day
    ("2024-12-29", "2024-12-28", "2024-12-29"),  # Sunday
])
def test_this_weekend_never_ends_before_it_begins(published: str, first: str,
                                                  last: str) -> None:
    (span,) = find_dates("this weekend", dt.date.fromisoformat(published))
    assert (str(span.first), str(span.last)) == (first, last)


def test_this_weekend_in_a_forecast_is_the_coming_one() -> None:
    (span,) = find_dates("this weekend", PUB)
    assert forward(span, PUB) == (dt.date(2024, 12, 28), dt.date(2024, 12, 29))
    (past,) = find_dates("last weekend", PUB)
    assert forward(past, PUB) == (past.first, past.last)
