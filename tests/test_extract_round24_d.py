"""Wordings of tolls and their settings, each sentence written fresh (not corpus text):
counted forces named by where they are posted or were sent, as the subject of their
losses, a toll and no deployment; fighting named only as where a running toll was
suffered, a casualty report and no strike; the same count told again in a quote, no strike
either; the series an event is the latest of, no event of its own; a toll that "reached"
a number, no place reached; forces "brought … into" a place, a deployment."""

from __future__ import annotations

import datetime as dt

from geoapp.extract.figures import find_figures
from tests.extract_helpers import places, trigger_types

DECEMBER = dt.date(2024, 12, 19)
KURSK, KHERSON = "RUS-2362", "UKR-4827"
WEST_BANK, GAZA = "WEB+00?", "GAZ+00?"
DARAA = "SYR-146"


# 1. counted forces named by where they are posted or were sent, as the subject of losses

def test_counted_forces_deployed_somewhere_that_were_killed_are_no_deployment() -> None:
    assert "troop_deployment" not in trigger_types(
        "At least 200 foreign soldiers deployed in the border area have been killed.")


def test_counted_forces_sent_somewhere_that_were_killed_are_no_deployment() -> None:
    assert "troop_deployment" not in trigger_types(
        "Dozens of soldiers sent to the town have been killed.")


def test_forces_dispatched_that_act_there_stay_a_deployment() -> None:
    assert "troop_deployment" in trigger_types(
        "The troops dispatched to the border town have restored order.")
    assert "troop_deployment" in trigger_types(
        "Some 2,000 troops deployed in the region on Monday, officials said.")


def test_counted_forces_deployed_then_described_by_a_relative_stay_a_deployment() -> None:
    assert "troop_deployment" in trigger_types(
        "There are about 12,000 foreign troops deployed in the country, some of whom have "
        "fought near the border.")


def test_the_toll_of_forces_named_by_their_post_is_counted() -> None:
    found = find_figures("About 300 soldiers stationed at a base in the region were wounded.")
    assert [(f.quantity.low, f.category) for f in found] == [(300, "wounded")]


def test_the_toll_lies_where_the_fighting_was_not_where_the_forces_were_sent() -> None:
    text = ("At least 150 foreign soldiers deployed in Russia have been killed in heavy "
            "fighting in the Kursk region, a lawmaker told reporters.")
    assert places(text, DECEMBER) == [("casualty_report", KURSK)]


def test_a_toll_of_forces_named_by_their_post_alone_lies_there() -> None:
    text = "About 300 soldiers stationed at a base in the Kherson region were wounded."
    assert places(text, DECEMBER) == [("casualty_report", KHERSON)]


# 2. fighting named only as where a running toll was suffered

def test_a_running_toll_in_heavy_fighting_is_a_casualty_report() -> None:
    text = ("At least 50 foreign soldiers have been killed and 300 more wounded in heavy "
            "fighting with Ukrainian troops in the Kursk region, a lawmaker told reporters.")
    assert places(text, DECEMBER) == [("casualty_report", KURSK)]


def test_a_running_toll_in_fierce_clashes_is_a_casualty_report() -> None:
    text = ("At least 50 soldiers have been killed in fierce clashes in the Kursk region, "
            "officials said.")
    assert places(text, DECEMBER) == [("casualty_report", KURSK)]


def test_a_toll_of_one_days_fighting_stays_that_fight() -> None:
    assert ("attack", KURSK) in places(
        "Five soldiers were killed in heavy fighting in the Kursk region on Monday.", DECEMBER)
    assert ("attack", KURSK) in places(
        "Four soldiers were killed in fierce clashes in the Kursk region on Saturday.", DECEMBER)


# 3. the same count told again in a quote

def test_the_same_count_told_again_is_no_attack() -> None:
    text = ("At least 150 foreign soldiers deployed in Russia have been killed in heavy "
            "fighting in the Kursk region, a lawmaker said.\n\n"
            "\"There have been at least 150 deaths,\" he said.")
    assert places(text, DECEMBER) == [("casualty_report", KURSK)]


# 4. the series an event is the latest of

def test_the_series_an_attack_is_the_latest_of_is_no_event() -> None:
    text = ("Settlers attacked a village near Nablus in the occupied West Bank on Thursday, "
            "in the latest of a string of raids during the war in Gaza.")
    assert places(text, DECEMBER) == [("attack", WEST_BANK)]


# 5. a toll that reached a number

def test_a_toll_that_reached_a_number_is_no_place_reached() -> None:
    text = ("Officials in Daraa said the toll from the incursion and strikes in southern "
            "Syria had reached nine dead.")
    assert ("capture", DARAA) not in places(text, DECEMBER)
    assert "capture" not in trigger_types("The number of displaced had reached 3,000 by Friday.")


def test_forces_that_reached_a_distance_from_a_town_still_reach() -> None:
    assert "capture" in trigger_types("Troops reached 5 km from the town of Pokrovsk.") or \
        "troop_deployment" in trigger_types("Troops reached 5 km from the town of Pokrovsk.")


# 6. forces brought into a place

def test_forces_brought_into_a_place_are_deployed() -> None:
    assert "troop_deployment" in trigger_types(
        "The army has once more brought foreign soldiers into the border region.")


def test_the_wounded_brought_to_a_hospital_are_no_deployment() -> None:
    assert "troop_deployment" not in trigger_types(
        "Medics brought wounded soldiers to the hospital in the city.")
