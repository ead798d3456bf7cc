"""Wordings of round one hundred (a), each sentence written fresh (not corpus text): a force
told as having withdrawn from or pulled out of a named place hands it over, a capture
(not one pulled out to rest); forces that engaged the enemy's troops fought there, an
attack, also in a claim the news follows ("followed a claim by X that ..."); forces counted
as there ("there are now at least 5,000 foreign troops in the region") are deployed there
(not the wounded counted)."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
KURSK = "RUS-2362"


# a force that withdrew from a named place: the place changes hands

def test_troops_withdrawn_from_a_named_town_is_a_capture() -> None:
    text = ("The general staff said on Tuesday that its troops have withdrawn from Kurakhove, "
            "in the Donetsk region, to avoid being surrounded.")
    assert ("capture", DONETSK) in ruled(text)


def test_troops_withdrawn_from_a_town_to_rest_is_no_capture() -> None:
    text = ("The general staff said on Tuesday that its troops have withdrawn from Kurakhove "
            "to rest and refit after weeks of fighting.")
    assert ("capture", DONETSK) not in ruled(text)


# forces that engaged the enemy's troops

def test_forces_engaging_enemy_troops_is_an_attack() -> None:
    text = ("Russian paratroopers engaged Ukrainian infantry near Sudzha in the Kursk region on "
            "Sunday, the defence ministry said.")
    assert ("attack", KURSK) in ruled(text)


def test_a_claim_the_news_follows_is_the_claimants_word() -> None:
    text = ("The briefing followed a claim by a regional governor that Russian forces had engaged "
            "Ukrainian troops near Sudzha in the Kursk region.")
    assert ("attack", KURSK) in ruled(text)


def test_forces_engaged_in_talks_are_no_attack() -> None:
    text = ("Russian forces are engaged in talks with Ukrainian officials near Sudzha in the "
            "Kursk region, the defence ministry said.")
    assert ("attack", KURSK) not in ruled(text)


# forces counted as there

def test_troops_counted_as_there_are_a_deployment() -> None:
    text = ("\"We think there are now about 2,500 Chechen fighters in the Kursk region,\" the "
            "intelligence chief told reporters on Monday.")
    assert ("troop_deployment", KURSK) in ruled(text)


def test_wounded_soldiers_counted_as_there_are_no_deployment() -> None:
    text = ("\"We think there are now about 2,500 wounded soldiers in the Kursk region,\" the "
            "health official told reporters on Monday.")
    assert ("troop_deployment", KURSK) not in ruled(text)
