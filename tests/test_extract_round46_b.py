"""Round forty-six (b): a distance given again in other units in brackets ("110 kilometers
(68 miles) northwest of") still places the event by that distance and bearing, not in the
city it is measured from."""

from __future__ import annotations

import datetime as dt

from geoapp.geocode.relative import parse
from tests.extract_helpers import ruled

PUBLISHED = dt.date(2025, 9, 10)
KHARTOUM = "SDN-874"


def test_a_distance_converted_in_brackets_is_still_parsed() -> None:
    phrase = parse("about 130 kilometers (80 miles) southeast of Khartoum")
    assert phrase is not None and phrase.base == "Khartoum"
    assert phrase.distance_km == 130.0 and phrase.azimuth == 135.0


def test_a_distance_converted_in_brackets_places_the_event_away_from_the_city() -> None:
    text = ("Thousands of villagers in Sudan's Gezira state are fleeing after the attack.\n\n"
            "On Monday, gunmen attacked a village about 130 kilometers (80 miles) southeast "
            "of the city of Khartoum, burning homes and wounding at least four people, a "
            "resident said.")
    assert KHARTOUM not in [region for _, region in ruled(text, PUBLISHED)]

