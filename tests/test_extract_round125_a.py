"""Wordings of round one hundred and twenty-five (a), each sentence written fresh (not corpus
text): a staff briefing's tally of its own day ("since the start of the day", "as of 15:30")
counts the news's day, in the past perfect too, not an open span of months nor a recap; a
count "since the start of the year" stays a running span."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"


# a briefing's count of its own day

def test_assaults_since_the_start_of_the_day_are_the_news() -> None:
    text = ("Russian troops have carried out 18 assaults on the Kramatorsk front since the "
            "start of the day, the General Staff said.")
    assert ("attack", DONETSK) in ruled(text)


def test_assaults_since_the_start_of_the_year_stay_a_span() -> None:
    text = ("Russian troops have carried out 1,800 assaults on the Kramatorsk front since the "
            "start of the year, the General Staff said.")
    assert ("attack", DONETSK) not in ruled(text)


def test_assaults_counted_as_of_an_hour_are_the_news() -> None:
    text = ("As of 15:30, Russian troops had carried out 18 assaults on the Kramatorsk "
            "front.")
    assert ("attack", DONETSK) in ruled(text)


def test_assaults_counted_as_of_a_month_day_stay_a_recap() -> None:
    text = ("As of 3 September, Russian troops had carried out 18 assaults on the Kramatorsk "
            "front.")
    assert ("attack", DONETSK) not in ruled(text)
