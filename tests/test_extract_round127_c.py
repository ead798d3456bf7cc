"""Wordings of round one hundred and twenty-seven (c), each sentence written fresh (not
corpus text): communities taken are ground taken, as villages are ("liberated three
communities in the Kharkiv region"), not people of a community taken; a front told as still
moving with "continues to make marginal advances" is today's news, not a trend of deeds
recapped ("continues to shell" stays one)."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
KHARKIV = "UKR-328"


# communities taken

def test_communities_taken_are_a_capture() -> None:
    text = ("Ukrainian troops liberated four communities in the Kharkiv region on Tuesday, "
            "the General Staff said.")
    assert ("capture", KHARKIV) in ruled(text)


def test_community_leaders_taken_are_no_ground() -> None:
    text = ("Police in the Kharkiv region took community leaders in for questioning on "
            "Tuesday, officials said.")
    assert ("capture", KHARKIV) not in ruled(text)


# a front still moving, told with "continues to make marginal advances"

def test_marginal_advances_going_on_are_news() -> None:
    text = ("Moscow's army continues to make marginal advances on several sectors, capturing "
            "communities in Donetsk Oblast, Ukrainian officials said on Monday.")
    assert ("capture", DONETSK) in ruled(text)


def test_shelling_going_on_stays_a_trend() -> None:
    text = ("Moscow's army continues to shell villages in Donetsk Oblast, Ukrainian officials "
            "said on Monday.")
    assert ("attack", DONETSK) not in ruled(text)
