"""Dates and compounds that hid a capture, each sentence written fresh (not corpus text): a
month cut short before its day ("on Nov. 19") is a date, not a place of that name; an
exception word of a cue is a word by itself, so "front" (a front reached, no ground taken)
is no part of "front-line" (a village described)."""

from __future__ import annotations

import datetime as dt

from geoapp.extract.places import find_places
from tests.extract_helpers import ruled

DONETSK = "UKR-327"
LATE_NOVEMBER = dt.date(2024, 11, 21)


def _names(text: str) -> list[str]:
    return [h.text for h in find_places(text, [], set())]


def test_a_month_cut_short_before_its_day_is_no_place():
    assert _names("Drones hit a depot in Kherson on Nov. 19 and again on Dec 3.") == ["Kherson"]


def test_a_place_of_a_months_short_name_told_as_a_place_stays_one():
    assert "Nov" in _names("A rocket hit a school in Nov, a town in the north, on Sunday.")


def test_a_village_called_front_line_can_be_taken():
    text = ("Russian forces said on Nov. 19 that they had taken Novoselydivka, a front-line "
            "village north of Kurakhove, in Donetsk Oblast.")
    assert ("capture", DONETSK) in ruled(text, published=LATE_NOVEMBER)


def test_units_reaching_the_front_take_no_ground():
    text = "The first assault units have reached the front near Kurakhove, in Donetsk Oblast."
    assert ("capture", DONETSK) not in ruled(text, published=LATE_NOVEMBER)
