"""Wordings of round one hundred and twelve (a), each sentence written fresh (not corpus
text): a "where" clause in the past perfect describing the place just named ("a school,
where families had taken shelter") tells no recap of the strike; soldiers "seized" as the
verb's own object are people taken prisoner; "a report on Thursday by X that …" gives X's
word as the sentence's source; a capital named only as where officials met ("met his
counterpart in Moscow"), or standing for its government by a commitment or pledge
("Pyongyang's commitment"), says nothing about where the report's small towns lie."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import ruled

KURSK = "RUS-2362"
SOUTH_DARFUR = "SDN-5856"


# a "where" clause describing the place hit

def test_a_where_clause_in_the_past_perfect_keeps_the_strike_news() -> None:
    text = ("Three people were killed on Friday when a drone hit a mosque in the state capital, "
            "Nyala, where families from the camps had taken shelter.")
    assert ("attack", SOUTH_DARFUR) in ruled(text)


def test_the_strike_told_in_the_past_perfect_stays_a_recap() -> None:
    text = ("In the state capital, Nyala, where families now shelter, a drone had hit a mosque "
            "and killed three people.")
    assert ("attack", SOUTH_DARFUR) not in ruled(text)


# soldiers seized

def test_soldiers_seized_are_taken_prisoner() -> None:
    text = "Marines seized a wounded Russian conscript during an assault in the Kursk region."
    assert ("capture", KURSK) in ruled(text)


def test_a_soldiers_phone_seized_takes_no_one() -> None:
    text = ("Marines seized a wounded Russian conscript's phone during an assault in the Kursk "
            "region.")
    assert ("capture", KURSK) not in ruled(text)


# the report the news follows on

def test_a_report_on_a_weekday_by_an_outlet_is_the_source() -> None:
    text = ("The statement from Seoul follows a report on Wednesday by Suspilne, a public "
            "broadcaster, that Ukrainian marines had captured three North Korean soldiers near "
            "Sudzha in the Kursk region.")
    assert ("capture", KURSK) in ruled(text)


def test_a_pluperfect_with_no_source_stays_a_recap() -> None:
    text = ("The statement from Seoul came weeks after Ukrainian marines had captured three "
            "North Korean soldiers near Sudzha in the Kursk region.")
    assert ("capture", KURSK) not in ruled(text)


# a capital as a venue or a government places no town

SUDZHA = "- Ukrainian forces recently advanced west of Sudzha."


def test_a_capital_named_as_where_officials_met_places_no_town() -> None:
    text = (f"{SUDZHA}\n\n- Russia's foreign minister met the North Korean envoy in Moscow on "
            "Tuesday and praised the alliance.")
    assert ("attack", KURSK) in ruled(text, published=dt.date(2024, 11, 20))


def test_a_capital_hit_still_places_the_town_elsewhere() -> None:
    text = (f"{SUDZHA}\n\n- Drones struck an oil depot in Moscow on Tuesday, the mayor said.")
    assert ("attack", KURSK) not in ruled(text, published=dt.date(2024, 11, 20))


def test_a_capitals_commitment_places_no_town() -> None:
    text = (f"{SUDZHA}\n\n- Analysts doubt Pyongyang's long-term commitment to the war.")
    assert ("attack", KURSK) in ruled(text, published=dt.date(2024, 11, 20))


def test_a_capitals_streets_still_place_the_town_elsewhere() -> None:
    text = (f"{SUDZHA}\n\n- Analysts doubt Pyongyang's streets saw any celebration.")
    assert ("attack", KURSK) not in ruled(text, published=dt.date(2024, 11, 20))


def test_a_report_by_an_outlet_that_is_denied_is_no_source() -> None:
    text = ("The command denied a report by a monitoring group that its drones had hit a "
            "fuel depot in Nyala on Monday.")
    assert ("attack", SOUTH_DARFUR) not in ruled(text)
