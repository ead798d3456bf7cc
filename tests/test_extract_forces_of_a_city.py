"""A large city's own forces ("Moscow's troops", "Khartoum's army") name whose the forces
are, not where the event is: the event takes the place the sentence gives it. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from geoapp.extract.acting import acts
from geoapp.geocode import default_geocoder
from tests.extract_helpers import ruled

KURSK = "RUS-2362"


@pytest.mark.parametrize("sentence", [
    "The think tank said on Saturday that Moscow's troops had recently advanced near "
    "Sudzha in Kursk region.",
    "Moscow's regular forces recaptured Sudzha in Kursk region on Saturday, the ministry said.",
])
def test_a_capitals_forces_are_placed_where_they_fought(sentence: str) -> None:
    found = ruled(sentence)
    assert found and all(place == KURSK for _, place in found)


@pytest.mark.parametrize(("city", "after", "actor"), [
    ("Moscow", "'s troops had advanced", True),
    ("Moscow", "’s armed forces said", True),
    ("Khartoum", "'s army retook the bridge", True),
    ("Moscow", "'s mayor said", False),     # a city's own office: not a force
    ("Moscow", "'s suburbs were hit", False),
])
def test_only_forces_make_a_city_an_actor(city: str, after: str, actor: bool) -> None:
    match = default_geocoder().geocode(city)
    assert acts(match, after) is actor
