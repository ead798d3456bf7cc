"""Wordings of news prose, each sentence written fresh (not corpus text): a breakdown of
downed drones by region whose last share is "the rest" over a list of regions ("and the
rest over the Oryol, Tula and Kaluga regions"), each region an attack; a share counted in
words of two parts ("Thirty-one of them were destroyed over …")."""

from __future__ import annotations

from tests.extract_helpers import places

BRYANSK, KURSK, ORYOL, TULA, KALUGA = "RUS-2342", "RUS-2362", "RUS-2366", "RUS-2368", "RUS-2361"
SMOLENSK = "RUS-2343"


# 1. a breakdown by region: "the rest" over a list of regions is each region's share

def test_the_rest_over_a_list_of_regions_is_an_attack_in_each() -> None:
    text = ("The defence ministry said 60 Ukrainian drones were downed overnight: 25 over the "
            "Bryansk region, 14 over the Kursk region and the rest over the Oryol, Tula and "
            "Kaluga regions.")
    assert sorted(places(text)) == sorted(
        ("attack", code) for code in (BRYANSK, KURSK, ORYOL, TULA, KALUGA))


def test_a_share_counted_in_words_of_two_parts_is_its_regions_own() -> None:
    text = ("Thirty-one of the drones were destroyed over the Smolensk region and nine over "
            "the Bryansk region, the ministry said.")
    assert sorted(places(text)) == sorted([("attack", SMOLENSK), ("attack", BRYANSK)])
