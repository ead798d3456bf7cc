"""Wordings of round one hundred and thirty-nine (d), each sentence written fresh (not
corpus text): a capital that praised or lauded something is its government, no place for
the deed of the next sentence; fighting that "has picked up" and military operations "under
way near" a town are fighting there; a place singled out within a wider one ("in eastern
Ukraine, above all near Chasiv Yar") is where the deed happened."""

from __future__ import annotations

from tests.extract_helpers import folded

KYIV_CITY = "UKR-4826"
DONETSK = "UKR-327"
KHERSON = "UKR-4827"


# a capital praising

def test_a_capital_that_praised_is_no_place_for_the_next_deed() -> None:
    text = ("Kyiv lauded the advance of its troops on Tuesday.\n\n"
            "Ukraine said its forces had retaken two villages from Russian troops in the east "
            "of the country.")
    assert ("capture", KYIV_CITY) not in folded(text)


def test_a_deed_told_in_the_capital_stays_there() -> None:
    text = "Russian drones struck a power station in Kyiv on Tuesday, the mayor said."
    assert ("attack", KYIV_CITY) in folded(text)


# fighting picked up, operations under way

def test_fighting_that_has_picked_up_near_a_village_is_an_attack() -> None:
    text = "Fighting has picked up around the village of Krynky, officials said on Monday."
    assert ("attack", KHERSON) in folded(text)


def test_military_operations_under_way_near_a_town_are_an_attack() -> None:
    text = ("The general staff said on Monday that military operations are under way near "
            "Vuhledar.")
    assert ("attack", DONETSK) in folded(text)


def test_repairs_under_way_near_a_town_are_no_attack() -> None:
    text = "The mayor said on Monday that repairs are under way near Vuhledar."
    assert ("attack", DONETSK) not in folded(text)


# a place singled out within a wider one

def test_a_place_singled_out_within_a_country_is_where_the_fighting_was() -> None:
    text = ("Fighting intensified in eastern Ukraine, especially near Chasiv Yar, officials "
            "said on Monday.")
    assert ("attack", DONETSK) in folded(text)


def test_a_place_named_apart_from_the_fighting_is_not_where_it_was() -> None:
    text = ("Fighting intensified in eastern Ukraine, officials said on Monday, and a new "
            "school was opened near Chasiv Yar.")
    assert ("attack", DONETSK) not in folded(text)
