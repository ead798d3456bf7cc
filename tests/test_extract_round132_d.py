"""Wordings of round one hundred and thirty-two (d), each sentence written fresh (not corpus
text): a cue noun followed by a bare "expected", the clipped "are expected" of a summary line
or a headline ("Kharkiv Oblast: heavier Russian assaults expected"), is a forecast, while
"as expected" and "than expected" after a deed told as done leave it news."""

from __future__ import annotations

from tests.extract_helpers import folded

KHARKIV = "UKR-328"


def test_assaults_expected_in_a_summary_line_are_a_forecast() -> None:
    text = "Kharkiv Oblast: heavier Russian assaults expected."
    assert folded(text) == []


def test_shelling_expected_in_a_headline_is_a_forecast() -> None:
    text = "More shelling expected in Kharkiv Oblast, officials warn"
    assert folded(text) == []


def test_a_deed_done_as_expected_stays_news() -> None:
    text = "Russian troops shelled villages in Kharkiv Oblast on Monday, as expected."
    assert folded(text) == [("attack", KHARKIV)]


def test_a_deed_heavier_than_expected_stays_news() -> None:
    text = "The Russian shelling of Kharkiv Oblast on Monday was heavier than expected."
    assert folded(text) == [("attack", KHARKIV)]
