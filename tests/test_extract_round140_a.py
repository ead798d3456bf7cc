"""Wordings of round one hundred and forty (a), each sentence written fresh (not corpus
text): a city listed beside another city stays itself, not a hamlet namesake in the other
city's region ("struck Kharkiv and Vinnytsia"); a town listed among villages of a region
the paragraph names still gives way to that region's namesake."""

from __future__ import annotations

from tests.extract_helpers import folded

KHARKIV = "UKR-328"
VINNYTSIA = "UKR-323"


def test_a_city_listed_beside_another_city_stays_itself() -> None:
    text = ("Russian missiles hit Kharkiv and Vinnytsia before dawn, wounding at least "
            "nine people, the regional governors said.")
    assert ("attack", VINNYTSIA) in folded(text)
    assert ("attack", KHARKIV) in folded(text)


def test_the_same_with_a_third_city_in_the_list() -> None:
    text = ("Drones struck Odesa, Kharkiv and Vinnytsia overnight, damaging power lines, "
            "Ukraine's energy ministry said.")
    assert VINNYTSIA in {region for _, region in folded(text)}


def test_a_region_named_in_the_paragraph_still_draws_a_village_namesake() -> None:
    # the paragraph names Kharkiv region itself: the hamlet of that name there is meant
    text = ("In the Kharkiv region, Russian artillery shelled Vinnytsia and two other "
            "villages near Kupiansk, the regional governor said.")
    assert VINNYTSIA not in {region for _, region in folded(text)}
