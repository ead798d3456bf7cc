"""Wordings of round one hundred and fifteen (c), each sentence written fresh (not corpus
text): analysts or experts named with their institution ("analysts of the DeepState
project reported", "experts at the Institute for the Study of War said") are a source, so
the past perfect they report is news, not a recap; bare "analysts" stay no source."""

from __future__ import annotations

from tests.extract_helpers import ruled

ZAPORIZHZHIA = "UKR-331"


# analysts named with their institution

def test_analysts_of_a_named_project_are_a_source() -> None:
    text = ("Analysts of the DeepState monitoring project reported that Russian troops had "
            "seized the village of Malynivka in Zaporizhzhia Oblast.")
    assert ("capture", ZAPORIZHZHIA) in ruled(text)


def test_experts_at_a_named_institute_are_a_source() -> None:
    text = ("Experts at the Institute for the Study of War said that Russian troops had "
            "seized the village of Malynivka in Zaporizhzhia Oblast.")
    assert ("capture", ZAPORIZHZHIA) in ruled(text)


def test_bare_analysts_stay_no_source() -> None:
    text = ("Analysts said that Russian troops had seized the village of Malynivka in "
            "Zaporizhzhia Oblast.")
    assert ("capture", ZAPORIZHZHIA) not in ruled(text)


def test_analysts_of_an_unnamed_thing_stay_no_source() -> None:
    text = ("Analysts of the war reported that Russian troops had seized the village of "
            "Malynivka in Zaporizhzhia Oblast.")
    assert ("capture", ZAPORIZHZHIA) not in ruled(text)
