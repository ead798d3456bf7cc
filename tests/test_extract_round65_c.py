"""Round 65 (c): a capital or a country drawn into a war is its government, not a place;
a place as the goal of a quoted "on the road to …" slogan is no place of the deed; the
United Nations is a body, not the quarter of New York it sits in; a source's country is
no place of a toll it gives of another nation's soldiers, who are placed where the report
tells they were sent ("troops sent by Belarus"), as with a sender named as subject."""

from __future__ import annotations

from geoapp.extract.roles import MENTIONED, assign_role
from tests.extract_helpers import folded, ruled


def test_capital_drawn_into_the_war_is_no_place():
    text = ("Minsk has been drawn into the war. Last month the defence minister announced the "
            "first clashes between Ukrainian and Belarusian troops.")
    assert ("attack", "BLR-4825") not in ruled(text)


def test_capital_drawn_deeper_into_the_conflict_is_no_place():
    text = ("Tehran has been drawn deeper into the conflict. Last month officials reported the "
            "first clashes between Israeli and Iranian troops.")
    assert ("attack", "IRN-3216") not in ruled(text)


def test_capital_hit_by_something_stays_a_place():
    # near miss: a city that "has been" struck is where it happened
    text = "Kharkiv has been shelled again overnight, and fighting raged in the city until dawn."
    assert ("attack", "UKR-328") in ruled(text)


def test_quoted_road_to_slogan_places_nothing():
    text = ('The militia said three of its fighters had been killed "on the road to Jerusalem", '
            'without saying where they fell.')
    assert not any(code in ("ISR-3058", "IL") for _, code in ruled(text))


def test_literal_road_to_a_town_still_places():
    # near miss: a road told plainly, no quotation, is where the drone struck
    text = "A drone hit a minibus on the road to Kramatorsk on Sunday, killing two people."
    assert ("attack", "UKR-327") in ruled(text)


def test_united_nations_is_no_place_in_new_york():
    text = ("The Kursk region saw heavy fighting on Sunday. North Korea's mission to the United "
            "Nations in New York did not reply. Russian commanders were sending the North "
            "Korean troops into battle with little armour, officials said.")
    assert not any(code in ("USA-3559", "US") for _, code in folded(text))


def test_foreign_toll_told_by_the_other_side_goes_where_the_force_was_sent():
    text = ("Soldiers sent by North Korea to help Moscow have suffered heavy losses in the "
            "Kursk region, officials in Kyiv said on Tuesday.\n\n"
            "Ukraine's military intelligence said that as many as 40 of them had been killed or "
            "wounded, among the heaviest North Korean casualties it has counted so far.")
    got = folded(text)
    assert ("casualty_report", "RUS-2362") in got
    assert ("casualty_report", "UA") not in got


def test_own_toll_told_by_its_health_ministry_stays_national():
    # near miss: a source's own nation's toll keeps the source's country
    text = ("Ukraine's health ministry said on Tuesday that 12 Ukrainian civilians had been "
            "killed so far this week, one of the heaviest Ukrainian tolls of the month.")
    assert ("casualty_report", "UA") in folded(text)


def test_seat_of_a_diplomatic_post_is_only_mentioned():
    assert assign_role("Sudan's consulate in ", "", {"attack"}) == MENTIONED
    assert assign_role("Iran's mission to the United Nations in ", "", {"attack"}) == MENTIONED


def test_town_after_a_plain_in_stays_the_event_place():
    # near miss: no diplomatic post before the town
    assert assign_role("Shelling killed two people in ", "", {"attack"}) != MENTIONED
