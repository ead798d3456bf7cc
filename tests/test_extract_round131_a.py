"""Wordings of round one hundred and thirty-one (a), each sentence written fresh (not corpus
text): a city of one side of a war named beside places of the other side ("struck Kharkiv",
bombers flying "from Russia's Belgorod region") is the city itself, while a city of a
country outside that war named beside another country's places is still no place of the
report."""

from __future__ import annotations

from geoapp.extract.places import find_places
from tests.extract_helpers import ruled

KHARKIV = "UKR-328"


def test_a_city_of_one_side_beside_the_other_sides_region_is_kept() -> None:
    text = ("Russian forces struck Kharkiv with glide bombs on Tuesday. The bombers flew "
            "from Russia's Belgorod region, officials said.")
    assert ("attack", KHARKIV) in ruled(text)


def test_a_city_of_a_country_outside_the_war_is_still_dropped() -> None:
    text = ("Israeli jets struck the Jabalia camp in Gaza on Tuesday, and families fled to "
            "Gaza City. A spokesman in Tel Aviv said Israel had hit a command post; the "
            "family had come from Fallujah years before.")
    found = {h.match.country for h in find_places(text, [], set())}
    assert "IQ" not in found
