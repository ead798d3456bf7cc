"""Wordings real reports used that the rules misread, each written fresh (not corpus text):
a war's toll told after the war's ground, a strike's toll in a part of a country named by a
bearing, an epidemic's dead, claims rejected at the head of the next paragraph,
reinforcements struck on their way, and a column setting out from a village."""

from __future__ import annotations

from geoapp.extract.figures import find_figures
from tests.extract_helpers import places, trigger_types

GAZA, DONETSK = "GAZ+00?", "UKR-327"


def test_a_war_named_with_its_ground_then_its_toll_is_context() -> None:
    text = ("Israeli strike kills nine in Khan Younis\n\n"
            "An Israeli air strike killed nine people in Khan Younis on Friday, medics said.\n\n"
            "The army has pressed on with its war on Gaza, which has killed more than 50,000 "
            "Palestinians since October 2023.")
    found = places(text)
    assert ("attack", GAZA) in found
    assert not [p for p in found if p[0] == "casualty_report"]


def test_a_toll_in_a_part_of_a_country_named_by_a_bearing_is_no_national_tally() -> None:
    text = ("At least eight people were killed in a drone attack on a market in southern "
            "Sudan, the latest civilian site to be hit in the country's war.")
    assert ("casualty_report", "SD") not in places(text)


def test_an_epidemics_dead_are_no_casualty_figure() -> None:
    assert find_figures("The ministry has recorded more than 9,000 suspected cholera cases "
                        "and at least 300 deaths in six states.") == []
    assert find_figures("The state alone has seen 2,100 cases and 45 deaths.") == []
    assert find_figures("At least 14 children died of measles in the camp.") == []
    # the dead of a strike are still counted
    assert find_figures("At least 14 people were killed in the shelling.") != []


def test_claims_rejected_at_the_head_of_the_next_paragraph_are_denied() -> None:
    text = ("The Russian Defence Ministry said its troops had entered the eastern district of "
            "Pokrovsk and dug in there.\n\n"
            "Ukraine rejected the claims. Its commanders said the defence was holding.")
    assert ("capture", DONETSK) not in places(text)


def test_reinforcements_struck_on_their_way_are_no_deployment() -> None:
    assert "troop_deployment" not in trigger_types(
        "Air strikes targeted a group of fighters who were coming as reinforcements into "
        "the area, destroying a pick-up.")
    # reinforcements sent are still a deployment
    assert "troop_deployment" in trigger_types(
        "The army sent reinforcements to the town on Monday.")


def test_a_column_setting_out_from_a_village_is_a_deployment() -> None:
    assert "troop_deployment" in trigger_types(
        "The column had set out from the village on Monday, riding in three trucks along "
        "the main road.")
    assert "troop_deployment" not in trigger_types(
        "Hundreds of families set out from the village on foot on Monday.")
