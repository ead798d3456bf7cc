"""Counts as written in reports, and what each count is of."""

from __future__ import annotations

import pytest

from geoapp.extract.figures import find_figures
from geoapp.extract.numbers import find_quantities, parse_count


@pytest.mark.parametrize("text, expected", [
    ("three North Korean soldiers", [("three", 3, 3)]),
    ("50 killed", [("50", 50, 50)]),
    ("nearly 1,000 wounded", [("nearly 1,000", 1000, 1000)]),
    ("more than 100 North Koreans", [("more than 100", 101, None)]),
    ("at least 12 civilians", [("at least 12", 12, None)]),
    ("fewer than 10 people", [("fewer than 10", None, 9)]),
    ("up to 300 troops", [("up to 300", None, 300)]),
    ("between 11,000 and 12,000 troops", [("between 11,000 and 12,000", 11000, 12000)]),
    ("two or three soldiers", [("two or three", 2, 3)]),
    ("from 5 to 10 soldiers", [("from 5 to 10", 5, 10)]),
    ("several hundred killed", [("several hundred", 300, 999)]),
    ("dozens of civilians", [("dozens", 24, 99)]),
    ("hundreds of thousands of people", [("hundreds of thousands", 200_000, 999_999)]),
    ("a dozen drones", [("a dozen", 12, 12)]),
    ("one hundred and twenty-five people", [("one hundred and twenty-five", 125, 125)]),
    ("1.5 million refugees", [("1.5 million", 1_500_000, 1_500_000)]),
    ("some 3,000 troops", [("some 3,000", 3000, 3000)]),
    # numbers that measure something else are not counts
    ("70-year-old tactics", []),
    ("20 km north of Kursk", []),
    ("the 47th brigade", []),
    ("F-16 jets", []),
    ("in 48 hours", []),
    # ages, listed or alone, are no head counts; a count after them still is
    ("a nurse aged 52 was injured", []),
    ("two farmers aged 38, 41 and 56", [("two", 2, 2)]),
    ("boys aged between 14 and 16, while 9 adults were hurt", [("9", 9, 9)]),
    ("died at the age of 80", []),
    # a figure no event may hold is a typo or an identifier, not a count
    ("99999999999999999999999 people killed", []),
    ("between 9 million and 20 million people", []),
    ("10 million displaced", [("10 million", 10_000_000, 10_000_000)]),
])
def test_quantities(text: str, expected: list[tuple]) -> None:
    assert [(q.text, q.low, q.high) for q in find_quantities(text)] == expected


@pytest.mark.parametrize("text, value", [("three", 3), ("24", 24), ("a", 1), ("twenty-four", 24),
                                         ("1,000", 1000), ("several", None), ("soon", None),
                                         ("99999999999", None)])
def test_parse_count(text: str, value: int | None) -> None:
    assert parse_count(text) == value


@pytest.mark.parametrize("text, expected", [
    # (number as written, category, unit kind)
    ("three North Korean soldiers were neutralized and their documents seized",
     [("three", "killed", "troops")]),
    ("50 North Korean soldiers have been killed and 47 wounded",
     [("50", "killed", "troops"), ("47", "wounded", None)]),
    ("more than 100 North Koreans have been killed and nearly 1,000 wounded",
     [("more than 100", "killed", "troops"), ("nearly 1,000", "wounded", None)]),
    # a combined figure stays combined
    ("with several hundred killed or wounded", [("several hundred", "casualties", None)]),
    ("Russia lost 1,530 soldiers killed or wounded", [("1,530", "casualties", "troops")]),
    ("200 casualties", [("200", "casualties", None)]),
    ("killing at least five civilians and wounding 12 others",
     [("at least five", "killed", "persons"), ("12", "wounded", "persons")]),
    ("the death toll rose to 17", [("17", "killed", None)]),
    ("12 wounded soldiers were evacuated", [("12", "wounded", "troops")]),
    ("killing a nurse", [("a", "killed", "persons")]),
    # an age describes the people counted, it is not their number
    ("killing a 62-year-old man and wounding three other civilians",
     [("a", "killed", "persons"), ("three", "wounded", "persons")]),
    ("two 19-year-old soldiers were killed", [("two", "killed", "troops")]),
    # plain counts of troops, documents, munitions
    ("between 11,000 and 12,000 North Korean troops deployed",
     [("between 11,000 and 12,000", None, "troops")]),
    ("Russia launched 40 drones overnight", [("40", None, "munitions")]),
    ("A Ukrainian unit also reported", []),
])
def test_figures(text: str, expected: list[tuple]) -> None:
    found = [(f.quantity.text, f.category, f.unit_kind) for f in find_figures(text)]
    assert found == expected


def test_masked_numbers_are_not_figures() -> None:
    text = "On December 14, 12 soldiers were killed"
    assert [f.quantity.text for f in find_figures(text, [(3, 14)])] == ["12"]
