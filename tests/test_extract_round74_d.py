"""Round 74 (d): a sentence describing an archive picture, and a side's military
operations told as spreading into a region."""

import datetime as dt

from extract_helpers import folded, ruled

SPRING = dt.date(2025, 4, 20)


def test_archive_photograph_shows_no_news():
    text = ("A Reuters file photograph taken in January shows troops arriving in "
            "Omdurman after the army retook the district.")
    assert ("troop_deployment", "SDN-874") not in folded(text, published=SPRING)


def test_archive_photo_opening_a_paragraph_shows_no_news():
    text = "A file photo shows soldiers deploying to Khartoum."
    assert not [r for r in folded(text, published=SPRING) if r[0] == "troop_deployment"]


def test_photograph_taken_this_week_still_tells_news():
    text = "A photograph taken on Friday shows soldiers arriving in Khartoum."
    assert ("troop_deployment", "SDN-874") in folded(text, published=SPRING)


def test_side_operations_spreading_into_a_region_are_an_attack():
    text = ("A military spokesman said Ukrainian operations were now spreading into the "
            "neighbouring Kursk region.")
    assert ("attack", "RUS-2362") in ruled(text, published=SPRING)


def test_combat_operations_extended_into_a_province_are_an_attack():
    text = "The army's combat operations extended into Sumy region this week."
    assert ("attack", "UKR-325") in ruled(text, published=SPRING)


def test_civil_operations_expanding_into_a_region_are_no_attack():
    text = "The company's operations expanded into the Kursk region last year."
    assert not [r for r in ruled(text, published=SPRING) if r[0] == "attack"]
