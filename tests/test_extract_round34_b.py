"""Wordings of wires, rehashes and official statements, each sentence written fresh (not
corpus text): halves of a year, a group's stated habits, a capital's statements, operations
told as won, and forces that fought alongside others in a region."""

from __future__ import annotations

import datetime as dt

from geoapp.extract.dates import find_dates
from tests.extract_helpers import places, ruled

# 1. "in the first half of 2025" is January to June: a deed of it is a recap by August


def test_first_half_of_a_year_ends_in_june() -> None:
    (span,) = find_dates("In the first half of 2025 the army advanced.", dt.date(2025, 8, 21))
    assert (span.first, span.last) == (dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    (span,) = find_dates("in the second half of 2024 they", dt.date(2025, 8, 21))
    assert (span.first, span.last) == (dt.date(2024, 7, 1), dt.date(2024, 12, 31))


def test_cities_retaken_in_the_first_half_of_the_year_are_background() -> None:
    found = places(
        "In the first half of 2025 the army drove the rebels out of several cities, among "
        "them Omdurman.", published=dt.date(2025, 8, 21))
    assert not [p for p in found if p[0] == "capture"]
