"""Wording of a batch of Ukraine, Sudan, Lebanon and Sahel reports, each sentence written
fresh (not corpus text): a town's surroundings called its region ("in the Tyre region"), a
force counted by its fighting vehicles, a count qualified by "at least" before a spelled
number, a country's toll counted from a coup, a list item whose place the gazetteer lacks,
and a capital named as a party to a truce."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import ruled

SOUTH_LEBANON = "LBN-3060"
NORTH_DARFUR = "SDN-881"
DONETSK = "UKR-327"
GOURMA, TAPOA = "BFA-2184", "BFA-2878"
TEL_AVIV = "ISR-3057"


def test_town_area_called_its_region_places_the_event_at_the_town() -> None:
    text = ("A man was killed on Sunday when a drone struck his car in the Tyre region in "
            "the south of Lebanon.")
    found = ruled(text)
    assert ("attack", SOUTH_LEBANON) in found
    assert ("attack", "LB") not in found


def test_force_counted_by_its_light_vehicles_is_deployed() -> None:
    text = ("Monitors said that some 30 militia light vehicles had been positioned around "
            "the Abu Shouk camp in El Fasher on Monday.")
    assert ("troop_deployment", NORTH_DARFUR) in ruled(text)


def test_qualified_spelled_count_keeps_the_object_near_its_verb() -> None:
    text = "Russian troops have taken at least nine villages near Pokrovsk, analysts said."
    assert ("capture", DONETSK) in ruled(text)


def test_country_toll_counted_from_the_coup_is_context() -> None:
    text = ("Eight soldiers were killed on Saturday in an attack near a village in western "
            "Niger, state television said on Monday.\n\n"
            "Since the coup of July 2023, at least 1,900 people have been killed in the "
            "country, according to a monitoring group that records the victims of conflicts "
            "worldwide.\n\n"
            "\"Eight soldiers fell in the cowardly attack carried out by terrorists on "
            "Saturday,\" the television said.")
    assert ("casualty_report", "NE") not in ruled(text)


def test_list_item_with_an_unknown_place_lends_no_date_to_the_next_item() -> None:
    text = ("The army said air support had thwarted several attacks in Burkina Faso: at "
            "Lekoro on May 16, an assault was pushed back; on May 31, an ambush against a "
            "convoy was foiled between Matiacoali and Kantchari.")
    found = ruled(text, published=dt.date(2025, 6, 10))
    assert ("attack", GOURMA) in found
    assert ("attack", TAPOA) in found


def test_capital_named_as_a_party_to_a_truce_places_nothing() -> None:
    text = ("A farmer was killed on Sunday after an Israeli drone attacked a bulldozer in the "
            "Tyre region in the south of Lebanon.\n\n"
            "The strike is the latest breach of the fragile truce agreed between Hezbollah "
            "and Tel Aviv.\n\n"
            "According to a news agency, the drone fired two missiles at the bulldozer on the "
            "road between Kfarsir and Deir Amis.")
    found = ruled(text)
    assert ("attack", SOUTH_LEBANON) in found
    assert ("attack", TEL_AVIV) not in found

