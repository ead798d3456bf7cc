"""Wordings of round one hundred and three (n), each sentence written fresh (not corpus
text): a village listed among places that pin one region down is that region's namesake,
and a village placed after a town's bearing ("south-west of Chasiv Yar towards X") lies by
that town; towns bigger than a village and villages qualified by their own region stay."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
KHARKIV = "UKR-328"
DNIPROPETROVSK = "UKR-326"
ZAPORIZHZHIA = "UKR-331"


# a list of places: the village's namesake where the list's unambiguous names lie

def test_a_listed_village_lies_where_the_list_is_pinned() -> None:
    text = ("Ukrainian defenders reported clashes on Friday around Myrnohrad, Malynivka, "
            "Shevchenko Pershe and Novoserhiivka.")
    found = ruled(text)
    assert ("attack", DONETSK) in found
    assert ("attack", ZAPORIZHZHIA) not in found


def test_a_listed_town_keeps_its_own_region() -> None:
    text = "Russian drones struck Myrnohrad, Kramatorsk, Shevchenko Pershe and Izium overnight."
    found = ruled(text)
    assert ("attack", KHARKIV) in found
    assert ("attack", DONETSK) in found


# a village after a town's bearing lies by that town

def test_a_village_after_a_towns_bearing_lies_by_it() -> None:
    text = "Russian troops kept attacking south-west of Chasiv Yar towards Bohdanivka on Monday."
    found = ruled(text)
    assert ("attack", DONETSK) in found
    assert ("attack", DNIPROPETROVSK) not in found


def test_a_village_with_its_own_region_after_a_bearing_stays() -> None:
    text = ("Russian forces kept up assaults northeast of Chasiv Yar on Monday, while drones "
            "hit Bohdanivka in the Dnipropetrovsk region.")
    assert ("attack", DNIPROPETROVSK) in ruled(text)
