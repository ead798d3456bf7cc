"""The two Congos by the names reporting gives them: "Congo" alone and "Democratic Republic
of Congo" are the DRC (wire style), "Congo Republic" and "Congo-Brazzaville" its neighbour."""

from __future__ import annotations

import pytest

from geoapp.extract.places import find_places
from geoapp.geocode import default_geocoder


@pytest.mark.parametrize(("name", "country"), [
    ("Democratic Republic of Congo", "CD"), ("Democratic Republic of the Congo", "CD"),
    ("Congo", "CD"), ("DRC", "CD"), ("Republic of Congo", "CG"), ("Congo Republic", "CG"),
    ("Congo-Brazzaville", "CG"),
])
def test_each_congo_by_its_name(name: str, country: str) -> None:
    match = default_geocoder().geocode(name)
    assert match is not None and match.kind == "country" and match.country == country


def test_the_drc_named_in_running_text() -> None:
    text = ("Rebels seized a border town in the east of the Democratic Republic of Congo on "
            "Monday, and fighting went on elsewhere in eastern Congo.")
    countries = {h.match.country for h in find_places(text, [], set())}
    assert countries == {"CD"}
