"""Wordings of round one hundred and thirty-nine (b), each sentence written fresh (not
corpus text): a withdrawal told in the simple past whose reason follows in the past perfect
("withdrew from the village because the enemy had destroyed its trenches") is news, a capture
by the other side; a withdrawal told itself in the past perfect stays a recap."""

from __future__ import annotations

from tests.extract_helpers import folded

ZAPORIZHZHIA = "UKR-331"


def test_a_withdrawal_whose_reason_is_told_in_the_past_perfect_is_a_capture() -> None:
    text = ("Ukrainian troops withdrew from the village of Malynivka because Russian artillery "
            "had levelled every trench there, in the Zaporizhzhia region.")
    assert ("capture", ZAPORIZHZHIA) in folded(text)


def test_the_same_when_the_garrison_is_the_subject() -> None:
    text = ("The garrison pulled out of the village of Malynivka in the Zaporizhzhia region "
            "because the enemy had blocked its last supply road.")
    assert ("capture", ZAPORIZHZHIA) in folded(text)


def test_a_withdrawal_told_in_the_past_perfect_stays_a_recap() -> None:
    text = ("Ukrainian troops had pulled out of the village of Malynivka in the Zaporizhzhia "
            "region because Russian artillery had levelled every trench there.")
    assert ("capture", ZAPORIZHZHIA) not in folded(text)
