"""Wordings of round one hundred and thirty-six (c), each sentence written fresh (not corpus
text): an army "still carrying out operations in parts of" a region fights there, an
attack, though police carrying out operations in some areas of it do not."""

from __future__ import annotations

from tests.extract_helpers import folded

BELGOROD = "RUS-2370"


# operations carried on in parts of a region

def test_an_army_still_operating_in_parts_of_a_region_is_an_attack() -> None:
    text = ("Kyiv's army said on Sunday its troops were still conducting operations in parts "
            "of the Belgorod region.")
    assert ("attack", BELGOROD) in folded(text)


def test_police_operations_in_parts_of_a_region_are_no_attack() -> None:
    text = ("Police said on Sunday they were carrying out operations in some areas of the "
            "Belgorod region.")
    assert ("attack", BELGOROD) not in folded(text)
