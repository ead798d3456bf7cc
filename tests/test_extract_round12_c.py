"""Names that are no event places: the clock a time is given by ("at 20:01 Moscow time")
and a seat of government standing for it ("The White House says …")."""

from __future__ import annotations

import pytest

from geoapp.extract.places import find_places


@pytest.mark.parametrize("text", [
    "At 20:01 Moscow time, a drone hit a car near Graivoron in the Belgorod region.",
    "A drone hit a car near Graivoron in the Belgorod region (Moscow time 20:01).",
    "The governor wrote at 8.15 pm Moscow time that a drone hit Graivoron, Belgorod region.",
])
def test_the_clock_of_a_time_is_no_place(text: str) -> None:
    found = {h.match.adm1_code for h in find_places(text, [], set())}
    assert found == {"RUS-2370"}


def test_a_city_beside_a_clock_is_still_a_place() -> None:
    found = [h.text for h in find_places("Drones struck Moscow at 3:00 local time.", [], set())]
    assert found == ["Moscow"]


@pytest.mark.parametrize("text", [
    "The White House says more than 200 strikes have been carried out in Yemen so far.",
    "Officials at the White House said strikes in Yemen would go on.",
])
def test_a_seat_of_government_is_no_place(text: str) -> None:
    assert [h.match.country for h in find_places(text, [], {"US"})] == ["YE"]
