"""Wordings real reports used that the rules misread, each written fresh (not corpus text):
papers carried as part of a disguise, forces "moving on" a town, a place's long-running toll
given as an order of size, a lake named after the town on its shore, and a deed told on a
country's soil."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import folded, places, trigger_types

SHAN, ZAPORIZHZHIA, CENTRAL_DARFUR = "MMR-3277", "UKR-331", "SDN-5859"


def test_papers_carried_as_a_disguise_are_no_seizure() -> None:
    assert "document_seizure" not in trigger_types(
        "The foreign fighters were disguised as local herders from the north and were said "
        "to be carrying identity papers.")
    assert "document_seizure" not in trigger_types(
        "The men were posing as farmers and were carrying forged documents.")
    # papers a prisoner carried are still taken with him
    assert "document_seizure" in trigger_types(
        "When he was captured, the soldier was carrying a military ID in another man's name.")


def test_forces_moving_on_a_town_are_not_deployed_there() -> None:
    found = places("Russian troops are moving on the key town of Huliaipole in the "
                   "Zaporizhzhia region, officials said on Friday.")
    assert ("troop_deployment", ZAPORIZHZHIA) not in found
    # forces moved to a town are
    assert "troop_deployment" in trigger_types(
        "The army moved two brigades to the town on Friday.")


def test_a_long_running_toll_given_as_an_order_of_size_is_no_news() -> None:
    text = ("An army drone hit a market in Zalingei on Monday, killing four people, witnesses "
            "said.\n\n"
            "Residents said they had nowhere to go.\n\n"
            "Zalingei has been hit by many air raids, which have killed hundreds of people, since "
            "the rebels seized the city in October 2023.")
    found = places(text, published=dt.date(2025, 3, 1))
    assert ("attack", CENTRAL_DARFUR) in found
    assert ("casualty_report", CENTRAL_DARFUR) not in found


def test_a_lake_named_after_a_town_lies_by_that_town() -> None:
    found = places("Backed by airstrikes, the army has been pushing along the eastern shore "
                   "of Taunggyi Lake, residents said on Monday.")
    assert ("attack", SHAN) in found


def test_a_deed_on_a_countrys_soil_is_not_in_the_region_named_before() -> None:
    # the rules' proposals: a refit put this one-sentence capture just under the gate
    found = folded("Russian troops took a village in the Zaporizhzhia region, where they "
                   "keep advancing even while Kyiv presses a large counterattack on Russian soil, "
                   "officials said on Friday.")
    assert ("capture", ZAPORIZHZHIA) in found
    assert ("attack", ZAPORIZHZHIA) not in found
