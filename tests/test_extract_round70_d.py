"""Wordings of round 70 (batch d), each sentence written fresh (not corpus text): territory
won back told as a sweep over several provinces, a force's rough size told as hearsay in
the perfect infinitive, capitals naming the parties to a pact, control told as a hold or a
grip held over ground, and ground lost counted in square kilometres."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract_helpers import folded, ruled

NORTH_KIVU, NORTH_DARFUR, MINSK, KHARKIV = "COD-1898", "SDN-881", "BLR-4825", "UKR-328"


# 1. gains told in the perfect and spread over several provinces are the campaign's sweep

def test_territory_won_back_across_several_provinces_is_background() -> None:
    text = ("Over the past month the Congolese army has regained large swathes of territory "
            "from the rebels, pushing them out of several key provinces, among them North "
            "Kivu and Ituri.")
    assert not [x for x in ruled(text) if x[0] == "capture"]


def test_territory_won_back_in_one_named_province_is_still_a_capture() -> None:
    text = ("The Congolese army has regained territory from the rebels in North Kivu "
            "province, retaking the town of Rutshuru.")
    assert ("capture", NORTH_KIVU) in ruled(text)


# 2. a force's rough size told as hearsay ("are thought to have been deployed") is the
# standing deployment the news is set in, even with a count "since" in its clause

@pytest.mark.parametrize("text", [
    "Some 5,000 Chadian fighters are reported to have been sent to North Darfur, where they "
    "have fought beside the paramilitaries since the spring.",
    "About 2,000 Chadian fighters are reported to have been deployed to North Darfur.",
])
def test_hearsay_force_size_is_background(text: str) -> None:
    assert ("troop_deployment", NORTH_DARFUR) not in ruled(text)


def test_a_deployment_told_as_news_is_kept() -> None:
    text = "Officials said 5,000 Chadian fighters were deployed to North Darfur on Monday."
    assert ("troop_deployment", NORTH_DARFUR) in ruled(text)


# 3. capitals naming the parties to a pact are governments, not where the news happened

def test_capitals_of_a_treaty_are_no_place_of_the_deployment() -> None:
    text = ("The Belarusian battalion was deployed to the border under the mutual defence "
            "treaty between Moscow and Minsk.")
    assert ("troop_deployment", MINSK) not in ruled(text)


def test_a_capital_the_troops_go_to_is_kept() -> None:
    text = "The Belarusian battalion was deployed to Minsk on Monday."
    assert ("troop_deployment", MINSK) in ruled(text)


# 4. control told as a hold over ground

def test_hold_consolidated_over_a_place_is_a_capture() -> None:
    text = ("The rebels have consolidated their hold over Rutshuru in North Kivu, local "
            "officials said on Friday.")
    assert ("capture", NORTH_KIVU) in ruled(text)


def test_a_hold_told_without_its_taking_is_no_capture() -> None:
    text = ("The rebels have long had a firm hold over Rutshuru in North Kivu, local "
            "officials said on Friday.")
    assert ("capture", NORTH_KIVU) not in ruled(text)


# 5. ground lost counted in square kilometres is a capture, no casualty figure

def test_square_kilometres_lost_is_ground_not_a_toll() -> None:
    text = ("The army lost 12 square kilometres near Kupiansk in Kharkiv Oblast last week, "
            "the general said.")
    got = folded(text, published=dt.date(2025, 9, 7))
    assert ("capture", KHARKIV) in got
    assert ("casualty_report", KHARKIV) not in got


def test_soldiers_lost_is_still_a_toll() -> None:
    text = ("The army lost 12 soldiers near Kupiansk in Kharkiv Oblast last week, the "
            "general said.")
    assert ("casualty_report", KHARKIV) in folded(text, published=dt.date(2025, 9, 7))
