"""Wordings of round one hundred and eighteen (c), each sentence written fresh (not corpus
text): a place after one that only acts, joined by a new verb of speech ("… now held by
Moscow, and said a village in the Sumy region had also been taken"), is what the speaker
tells, not a member of a list that shares the first one's role."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
LUHANSK = "UKR-329"
SUMY = "UKR-325"


# a place after an acting one, told by a new verb of speech: the speaker's news

def test_a_place_told_after_and_said_is_the_news_place() -> None:
    text = ("Russia's army said two hamlets near Pokrovsk were now held by Moscow, and said a "
            "village in the Sumy region had also been taken.")
    found = ruled(text)
    assert ("capture", DONETSK) in found
    assert ("capture", SUMY) in found


# near miss: a place listed after an acting one with no new verb keeps its role

def test_a_launch_site_listed_after_an_acting_capital_stays_mentioned() -> None:
    text = ("Russia's army said the drones that hit Pokrovsk were launched from ground held by "
            "Moscow, and from the Luhansk region.")
    found = ruled(text)
    assert ("attack", DONETSK) in found
    assert not any(region == LUHANSK for _, region in found)
