"""Wordings of round one hundred and forty (d), each sentence written fresh (not corpus
text): news told behind an impersonal frame ("It also became known that troops had taken …",
"It emerged that …", "It was reported that …") is shifted into the past perfect as behind a
named source's "said that", and recaps nothing; a bare past perfect stays a recap."""

from __future__ import annotations

from tests.extract_helpers import folded

ZAPORIZHZHIA = "UKR-331"


def test_a_capture_behind_it_became_known_that_is_news() -> None:
    text = ("It also became known that Russian forces had seized three villages in the "
            "Zaporizhzhia region.")
    assert ("capture", ZAPORIZHZHIA) in folded(text)


def test_the_same_behind_it_emerged_that() -> None:
    text = ("It emerged on Thursday that Ukrainian troops had taken back the village of "
            "Robotyne in Zaporizhzhia region.")
    assert ("capture", ZAPORIZHZHIA) in folded(text)


def test_a_bare_past_perfect_capture_stays_a_recap() -> None:
    text = "Russian forces had seized three villages in the Zaporizhzhia region."
    assert ("capture", ZAPORIZHZHIA) not in folded(text)


def test_a_frame_that_reports_no_news_stays_a_recap() -> None:
    text = ("It was well known that Russian forces had seized three villages in the "
            "Zaporizhzhia region.")
    assert ("capture", ZAPORIZHZHIA) not in folded(text)
