"""Round 87 (c): officials named by the regions they sit in, whose speech tells what
happened "there", place the news in each of those regions; a place a village faces across
a border is no place of the news; a briefing's sector heading ("Lyman direction.") places
the villages of its whole paragraph; and a list goes on past a town named with its
settlement word in a named area of the next unit ("and in Mawlu Town in the Kayan area of
northern Shan State")."""

from __future__ import annotations

from tests.extract_helpers import ruled

SEAT_THERE = ("Authorities in the Bryansk, Oryol and Tula regions said the drone strikes "
              "there had damaged two warehouses.")
SEAT_ONLY = "Officials in Kyiv said Russian drones had hit a warehouse in Sumy overnight."


def test_officials_seat_told_there_places_each_region() -> None:
    found = ruled(SEAT_THERE)
    for region in ("RUS-2342", "RUS-2366", "RUS-2368"):  # Bryansk, Oryol, Tula
        assert ("attack", region) in found


def test_officials_seat_without_there_stays_the_speakers() -> None:
    found = ruled(SEAT_ONLY)
    assert ("attack", "UKR-325") in found
    assert ("attack", "UKR-4826") not in found  # Kyiv city: where they speak


ACROSS_BORDER = ("A drone hit the village of Tyotkino in the Kursk region on Monday. "
                 "The village lies across the border from Ukraine's Sumy region, the "
                 "governor said. The governor said the strike had also damaged a school.")
BORDER_STRUCK = ("A drone hit the village of Tyotkino in the Kursk region on Monday. "
                 "Russian drones struck a school in Ukraine's Sumy region, Kyiv said.")


def test_place_faced_across_a_border_is_not_the_news() -> None:
    assert ("attack", "UKR-325") not in ruled(ACROSS_BORDER)


def test_place_struck_beside_it_stays() -> None:
    assert ("attack", "UKR-325") in ruled(BORDER_STRUCK)


SECTOR_HEADING = ("Lyman direction. The enemy attacked nine times, trying to advance "
                  "towards Terny and Torske.")
NO_SECTOR = ("The enemy attacked near Lyman. The enemy attacked nine times, trying to "
             "advance towards Terny.")


def test_sector_heading_places_its_paragraph() -> None:
    found = ruled(SECTOR_HEADING)
    assert ("attack", "UKR-327") in found
    assert ("attack", "UKR-326") not in found


def test_without_a_heading_a_town_keeps_its_own_place() -> None:
    assert ("attack", "UKR-326") in ruled(NO_SECTOR)


TOWN_IN_AREA = ("Clashes broke out in Kani Town in Sagaing Region and in Hsihseng Town in "
                "the Pa'O region of southern Shan State.")
NOT_LISTED = ("Clashes broke out in Kani Town in Sagaing Region, and officials in the Pa'O "
              "region of southern Shan State said they were ready.")


def test_list_goes_on_past_a_town_in_a_named_area() -> None:
    found = ruled(TOWN_IN_AREA)
    assert ("attack", "MMR-3302") in found
    assert ("attack", "MMR-3277") in found


def test_a_clause_of_its_own_is_no_list_item() -> None:
    assert ("attack", "MMR-3277") not in ruled(NOT_LISTED)
