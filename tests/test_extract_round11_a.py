"""Wordings of retold news, each sentence written fresh (not corpus text): where a report's
events are when it names a far country once, a place of a country it never names otherwise,
a name inside a longer Arabic one, capitals as one subject, lists of places and a dateline
opening the first paragraph after a headline."""

from __future__ import annotations

import pytest

from tests.extract_helpers import ruled

# 1. the theatre keeps to the country the report names most

def test_a_town_of_a_country_named_once_is_not_the_theatre() -> None:
    text = ("Mali: soldiers repel a dawn raid on a remote outpost\n\n"
            "Mali's army said on Monday it had repelled a raid on its outpost at "
            "Dourgoumbaye, near the border with Niger.\n\n"
            "A video showing men in the uniforms of Mali's army appeared online on Sunday. "
            "The footage was filmed at night. Its origin could not be checked. "
            "The attackers seized two army trucks and captured four soldiers.\n\n"
            "According to Amadou Sow, a researcher at the Centre for Peace Studies (CPS) in "
            "Dakar, Senegal, the rebels control gold mines across the north.\n\n"
            "The government of Mali has not commented.")
    found = ruled(text)
    assert not [x for x in found if x[1] and x[1].startswith("SEN")]


# 2. a place of a country the report names nowhere else, among places of another one

def test_a_namesake_region_of_an_unnamed_country_is_no_event_place() -> None:
    text = ("Warplanes struck the Red Sea port of Hodeidah and the airport in Sanaa on "
            "Friday, the rebel-run news agency said.\n\n"
            "Two dock workers were killed in the strikes on Hodeidah, it said.")
    found = ruled(text)
    assert not [x for x in found if x[1] and x[1].startswith("SDN")]
    assert ("attack", "YEM-151") in found


@pytest.mark.parametrize("text", [
    "Ukrainian drones struck a car in the Belgorod region on Monday, wounding two people, "
    "the governor said.",
    "The Russian Defence Ministry said a drone was shot down over the Belgorod region, "
    "as Ukrainian troops shelled a village near Kupiansk.",
])
def test_a_region_named_by_itself_or_a_demonym_stays(text: str) -> None:
    assert [x for x in ruled(text) if x[1] == "RUS-2370"]
