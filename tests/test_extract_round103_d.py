"""Wordings of round one hundred and three (d), each sentence written fresh (not corpus
text): battles told "fought on" a day in a place named before them ("… in the X region,
where 41 battles were fought on Monday") were fought there; troops "acting side by side"
with another army at a place are seen there, as those "fighting side by side" are;
specialists named by a military trade ("mine-clearing specialists", "military
specialists") sent somewhere are deployed there; a quote of several sentences kept as one
(a short word before a stop sends a paragraph to pysbd, which keeps quotes whole) reads
each of its sentences apart, so a forecast in the first does not reach a deed told in the
next."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
BRYANSK = "RUS-2342"
KHERSON = "UKR-4827"
KURSK = "RUS-2362"
WEST_BANK = "WEB+00?"


# battles told fought on a day, their place named before them

def test_battles_fought_on_a_day_where_the_region_is_named_before() -> None:
    text = ("The army said it was still holding back the enemy in the Donetsk region, where "
            "41 battles were fought on Monday.")
    assert ("attack", DONETSK) in ruled(text)


def test_a_war_fought_on_every_front_is_no_battle() -> None:
    text = ("In the Donetsk region, where the war was fought on every front, the harvest "
            "began late.")
    assert ("attack", DONETSK) not in ruled(text)


# troops acting side by side with another army

def test_troops_acting_side_by_side_are_seen_there() -> None:
    text = ("Belarusian troops operating side by side with Russian units in the Bryansk "
            "region were praised on Monday, the ministry said.")
    assert ("unit_sighting", BRYANSK) in ruled(text)


def test_diplomats_acting_side_by_side_are_no_sighting() -> None:
    text = ("Diplomats acting side by side with the mediators in the Bryansk region pressed "
            "for talks on Monday.")
    assert ("unit_sighting", BRYANSK) not in ruled(text)


# specialists of a military trade sent somewhere

def test_mine_clearing_specialists_sent_are_deployed() -> None:
    text = "Pyongyang has sent 600 mine-clearing specialists to the Kursk region, officials said."
    assert ("troop_deployment", KURSK) in ruled(text)


def test_military_specialists_sent_are_deployed() -> None:
    text = "Moscow has sent 200 military specialists to the Kherson region, officials said."
    assert ("troop_deployment", KHERSON) in ruled(text)


def test_mine_clearing_machines_sent_are_no_deployment() -> None:
    text = "Pyongyang has sent 60 mine-clearing machines to the Kursk region, officials said."
    assert ("troop_deployment", KURSK) not in ruled(text)


# a quote of several sentences: a forecast in one does not reach the next

def test_a_forecast_in_a_quote_does_not_reach_its_next_sentence() -> None:
    text = ("Soldiers surrounded the town of Jenin in the West Bank on Monday, the mayor said. "
            "\"I think this raid will be a long one. The soldiers have taken over the roofs "
            "and are making arrests in every street,\" he said.")
    assert ("capture", WEST_BANK) in ruled(text)


def test_a_forecast_in_the_same_quoted_sentence_stays_a_forecast() -> None:
    text = ("Soldiers surrounded the town of Jenin in the West Bank on Monday, the mayor said. "
            "\"I think this raid will last for weeks, and the soldiers will be making arrests "
            "in every street,\" he said.")
    assert ("capture", WEST_BANK) not in ruled(text)
