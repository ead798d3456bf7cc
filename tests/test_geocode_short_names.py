"""Short names and alternate names: a town's own name and the query's context decide."""

from __future__ import annotations

import pytest

from geoapp.geocode import geocode


def test_a_short_name_needs_an_exact_spelling() -> None:
    # "Sool" folds like Seoul's GeoNames alternate "Sol"; a doubled vowel is not that name
    assert geocode("Sool") is None


def test_a_short_alternate_name_abroad_gives_way_to_the_context() -> None:
    # alone, "Sol" is still Seoul's alternate name; a report about Somalia does not mean it
    assert geocode("Sol").name == "Seoul"
    somalia = geocode("Somalia")
    found = geocode("Sol", context=[somalia])
    assert found is None or found.country != "KR"
    assert geocode("Sol", "KR").name == "Seoul"


@pytest.mark.parametrize("text, name", [("Kiev", "Kyiv"), ("Sumi", "Sumy"), ("Kyiv", "Kyiv")])
def test_short_names_spelled_as_listed_still_resolve(text: str, name: str) -> None:
    assert geocode(text).name == name


@pytest.mark.parametrize("text, region", [
    ("Primorsk", "RUS-2336"),   # a Baltic port, not Primorsky Krai (an alternate of the krai)
    ("Kati", "MLI-4860"),       # Mali's garrison town, not a Swahili name of Kenya's Central
])
def test_a_town_named_by_its_own_name_beats_a_region_named_by_an_alternate(
        text: str, region: str) -> None:
    found = geocode(text, context=[geocode("Russia"), geocode("Mali")])
    assert found.kind == "place" and found.adm1_code == region


@pytest.mark.parametrize("text", ["Crimea", "Kuban"])
def test_a_region_still_beats_hamlets_of_its_name(text: str) -> None:
    assert geocode(text).kind == "region"
