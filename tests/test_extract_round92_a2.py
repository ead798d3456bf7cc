"""Wordings of round 92 (a, second pass), each sentence written fresh (not corpus text): a
"since" that dates an ordinal count of deeds ("the fifth raid … since the war began")
ranks the deed, as a record does; it does not make the deed or its toll a tally of the war."""

from __future__ import annotations

from tests.extract_helpers import folded

KHERSON = "UKR-4827"


# 1. an ordinal ranking the deed in a series a "since" bounds: the deed and its toll are news

def test_ordinal_word_since_the_war_ranks_the_raid_and_its_toll_is_news() -> None:
    text = ("The raid on Kherson was the fifth the army has mounted on the city since the war "
            "began, and it left 12 civilians dead.")
    assert folded(text) == [("attack", KHERSON)]


def test_numbered_ordinal_since_the_war_ranks_the_shelling() -> None:
    text = ("The shelling of Kherson on Monday was the 40th the city has endured since the war "
            "began, and it left 12 civilians dead.")
    assert folded(text) == [("attack", KHERSON)]


def test_a_unit_named_by_its_number_is_no_rank() -> None:
    # near miss: "the 47th Brigade … since" names a unit; the toll since the war stays a tally
    text = ("The 47th Brigade has held the line at Kherson since the war began, and 12 "
            "civilians have been killed in the city.")
    assert folded(text) == [("casualty_report", KHERSON)]
