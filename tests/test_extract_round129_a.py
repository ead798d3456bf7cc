"""Wordings of round one hundred and twenty-nine (a), each sentence written fresh (not
corpus text): "one of the deadliest losses" ranks a blow, it counts no one; a loss ranked
among a side's worst, told with the deed that dealt it, is that deed's toll, not a tally;
a count in a clause of time on a deed told by its gerund ("a day after losing 40 soldiers
at X") lies at that clause's place; a headline's losses that the body gives as the killed
of its deed there are that deed's toll."""

from __future__ import annotations

from geoapp.extract.figures import find_figures
from tests.extract_helpers import folded

KHARKIV = "UKR-328"
DONETSK = "UKR-327"
WHITE_NILE = "SDN-879"
NORTH_KORDOFAN = "SDN-883"


# "one of the <superlative> losses": a ranking, not one casualty

def test_one_of_the_deadliest_losses_counts_no_one() -> None:
    text = ("The garrison beat off a raid on Kosti on Monday, two days after one of the "
            "deadliest losses it has known this year.")
    assert find_figures(text) == []
    assert ("casualty_report", WHITE_NILE) not in folded(text)


def test_one_of_the_wounded_soldiers_who_died_is_still_counted() -> None:
    text = "One of the wounded soldiers died in hospital in Kosti on Tuesday."
    assert [f.category for f in find_figures(text)] == ["killed"]


# a loss ranked among a side's worst, told with the deed that dealt it

def test_a_ranked_loss_told_with_its_deed_is_that_deeds_toll() -> None:
    text = ("The army suffered one of its heaviest losses in years on Sunday, when rebels "
            "overran its base at Um Rawaba and killed 25 soldiers.")
    found = folded(text)
    assert ("capture", NORTH_KORDOFAN) in found
    assert ("casualty_report", NORTH_KORDOFAN) not in found


def test_heavy_losses_not_ranked_stay_a_tally() -> None:
    text = ("The army has suffered heavy losses around Um Rawaba, where rebels overran its "
            "base and killed 25 soldiers.")
    assert ("casualty_report", NORTH_KORDOFAN) in folded(text)


# a count in a clause of time on a deed told by its gerund

def test_losses_a_day_after_lie_at_their_own_place() -> None:
    text = ("Russian artillery pounded Kharkiv a day after losing more than 40 soldiers at "
            "Pokrovsk.")
    found = folded(text)
    assert ("casualty_report", DONETSK) in found
    assert ("casualty_report", KHARKIV) not in found


def test_losses_of_the_main_clause_stay_at_its_place() -> None:
    text = "Russian troops lost more than 40 soldiers at Kharkiv a day after shelling Pokrovsk."
    assert ("casualty_report", KHARKIV) in folded(text)


# a headline's losses told again as the killed of the body's deed there

def test_headline_losses_given_as_the_bodys_killed_join_its_deed() -> None:
    text = ("Sudan's army repels drone attack on Kosti a day after losing 25 soldiers at Um "
            "Rawaba\n\nTwenty-five soldiers were killed on Saturday when RSF fighters stormed "
            "the army base at Um Rawaba in North Kordofan.")
    found = folded(text)
    assert ("attack", NORTH_KORDOFAN) in found
    assert ("casualty_report", NORTH_KORDOFAN) not in found


def test_headline_losses_with_another_count_stay_their_own() -> None:
    text = ("Sudan's army repels drone attack on Kosti a day after losing 25 soldiers at Um "
            "Rawaba\n\nTwelve soldiers were killed on Saturday when RSF fighters stormed the "
            "army base at Um Rawaba in North Kordofan.")
    assert ("casualty_report", NORTH_KORDOFAN) in folded(text)
