"""Wordings of round one hundred (b), each sentence written fresh (not corpus text): a deed
taken up again in the present perfect ("troops have once again moved forward near X") is
news, unlike one in the past perfect; an advance told as a noun that forces "made" near a
place is an attack there; forces that "pushed further towards" a place advance on it; and
forces "trying to infiltrate" a named town attack it, unlike agents infiltrating a body."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
ZAPORIZHZHIA = "UKR-331"


# a deed taken up again, told in the present perfect

def test_an_advance_made_once_again_in_the_present_perfect_is_news() -> None:
    text = ("Russian troops have once again moved forward near Kostiantynivka, the ISW said "
            "in its evening update.")
    assert ("attack", DONETSK) in ruled(text)


def test_an_advance_made_once_again_in_the_past_perfect_stays_a_recap() -> None:
    text = ("Russian troops had once again moved forward near Kostiantynivka, the ISW said "
            "in its evening update.")
    assert ("attack", DONETSK) not in ruled(text)


# an advance told as a noun that forces made

def test_forces_that_made_a_small_advance_near_a_town_attack_it() -> None:
    text = "Russian forces made a small advance near Kostiantynivka on Tuesday, the ISW said."
    assert ("attack", DONETSK) in ruled(text)


def test_a_company_making_an_advance_near_the_top_of_a_market_is_no_fight() -> None:
    text = ("The company made a small advance near the top of the market in Kostiantynivka "
            "on Tuesday.")
    assert ("attack", DONETSK) not in ruled(text)


# forces that pushed on further towards a place

def test_forces_that_pushed_further_towards_a_city_advance_on_it() -> None:
    text = ("Russian units pushed further towards Zaporizhzhia on Monday, reaching a road "
            "junction, analysts said.")
    assert ("attack", ZAPORIZHZHIA) in ruled(text)


def test_a_price_pushed_further_away_from_a_city_is_no_advance() -> None:
    text = ("Fuel shortages pushed further the cost of bread in Zaporizhzhia on Monday, "
            "traders said.")
    assert ("attack", ZAPORIZHZHIA) not in ruled(text)


# forces trying to slip into a named town

def test_the_enemy_trying_to_infiltrate_a_town_attacks_it() -> None:
    text = ("On the Lyman axis, the enemy is trying to infiltrate Siversk in small groups, "
            "the command said.")
    assert ("attack", DONETSK) in ruled(text)


def test_agents_trying_to_infiltrate_networks_in_a_town_is_no_attack() -> None:
    text = ("On the Lyman axis, foreign agents tried to infiltrate Siversk ministry networks, "
            "the security service said.")
    assert ("attack", DONETSK) not in ruled(text)
