"""Round 60 (h): forces gaining ground in a region, and a country opening the clause after
a fronted place."""

from __future__ import annotations

from tests.extract_helpers import ruled, trigger_types


def test_forces_gaining_ground_in_a_region_is_an_attack():
    text = "Russian troops are gaining ground slowly in the Donetsk region, officials said."
    assert "attack" in trigger_types(text)
    assert ("attack", "UKR-327") in ruled(text)


def test_continuing_to_gain_ground_is_news_not_an_aim():
    text = "In the Kherson region, enemy forces continue to gain ground day after day."
    assert ("attack", "UKR-4827") in ruled(text)


def test_parties_gaining_ground_are_no_attack():
    text = "The opposition party keeps gaining ground in the polls across the region."
    assert "attack" not in trigger_types(text)


def test_country_after_a_fronted_region_is_the_subject():
    text = "Further east, in the Donetsk region, Russia continues to gain ground on most days."
    assert ("attack", "UKR-327") in ruled(text)


def test_country_set_off_after_a_place_still_locates_it():
    # near miss: "Kherson, Ukraine," says where Kherson lies
    text = "In Kherson, Ukraine, artillery shelling killed three people on Monday."
    assert all(code != "UA" for _, code in ruled(text))
    assert ("attack", "UKR-4827") in ruled(text)


def test_arrival_that_only_dates_another_deed_is_no_deployment():
    text = "The gunmen had already fled by the time soldiers arrived in Menaka on Monday."
    assert "troop_deployment" not in trigger_types(text)
    assert ruled(text) == []


def test_arrival_told_for_itself_is_still_a_deployment():
    # near miss: the same arrival told as the news
    text = "Soldiers arrived in Menaka on Monday to secure the town."
    assert ("troop_deployment", "MLI-2690") in ruled(text)
