"""Wordings of round one hundred and twenty-eight (c), each sentence written fresh (not corpus
text): shells, rockets or missiles that "also fell on" a town hit it, they did not take it; a
village "at the gates of" or "on the approaches to" a town is its namesake by that town, and
so is its name told again bare; a count opened by a side's war ("Since Russia's war on
Ukraine began, …") is the war's toll as context."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
KHARKIV = "UKR-328"
ZAPORIZHZHIA = "UKR-331"


# what was fired fell on the place

def test_rockets_that_also_fell_on_a_town_took_nothing() -> None:
    text = "The rockets also fell on the town of Kupiansk overnight, wounding three people."
    assert ("capture", KHARKIV) not in ruled(text)


def test_a_town_that_also_fell_after_shelling_is_taken() -> None:
    text = "After weeks of shelling the town of Kupiansk fell on Monday."
    assert ("capture", KHARKIV) in ruled(text)


# a village at the gates of a town

def test_a_village_at_the_gates_of_a_town_lies_by_it() -> None:
    text = ("Russian troops have taken Mykhailivka, a village at the gates of the town of "
            "Selydove, the ministry said.")
    got = ruled(text)
    assert ("capture", DONETSK) in got
    assert ("capture", ZAPORIZHZHIA) not in got


def test_a_village_near_a_town_still_lies_by_it() -> None:
    text = "Russian troops have taken Mykhailivka, a village near Selydove, the ministry said."
    got = ruled(text)
    assert ("capture", DONETSK) in got
    assert ("capture", ZAPORIZHZHIA) not in got


def test_the_village_told_again_bare_is_the_one_by_the_town() -> None:
    text = ("Russian troops pushed on Mykhailivka, a village at the gates of the town of "
            "Selydove, for a week.\n\n"
            "The defence ministry in Moscow said on Sunday that its units had captured "
            "Mykhailivka.")
    got = ruled(text)
    assert ("capture", ZAPORIZHZHIA) not in got


def test_a_village_told_bare_without_its_town_stays_as_it_was() -> None:
    text = ("The defence ministry in Moscow said on Sunday that its units had captured "
            "Mykhailivka.")
    assert ("capture", ZAPORIZHZHIA) in ruled(text)


# a count opened by a side's war

def test_a_count_since_a_sides_war_began_is_context() -> None:
    text = ("Since Russia's war on Ukraine began, at least 500 children have been killed in "
            "the Kharkiv region.")
    assert ("casualty_report", KHARKIV) not in ruled(text)


def test_a_count_since_a_sides_war_updated_on_the_day_stays_news() -> None:
    text = ("Since Russia's war on Ukraine began, at least 500 children have been killed in "
            "the Kharkiv region, the prosecutor said on Monday, updating his count.")
    assert ("casualty_report", KHARKIV) in ruled(text)
