"""Round forty (a): ground gained near a named place is taken; enemy troops counted inside a
place are forces there; a claim a relative clause says others reject is denied; the place a
raid struck, described by the personnel posted there, sends no one; "no signs of" troops
taking part in battle denies their being seen."""

from __future__ import annotations

import datetime as dt

from geoapp.extract import extract
from geoapp.extract.rules import find_triggers
from tests.extract_helpers import places

PUBLISHED = dt.date(2025, 11, 20)
DONETSK = "UKR-327"
KHARKIV = "UKR-328"
KURSK = "RUS-2362"


def _cues(text: str) -> list[str]:
    return [t.event_type for t in find_triggers(text, [])]


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return places(text, PUBLISHED, "Wire")


# 1. ground gained near a named place is taken there

def test_ground_gained_near_a_city_is_an_attack() -> None:
    # an advance with no ground said to be taken is an attack (corpus README, `capture`)
    found = _kinds("In the Kharkiv region, the president said his troops had gained ground "
                   "near the city of Kupiansk on Friday.")
    assert ("attack", KHARKIV) in found and ("capture", KHARKIV) not in found


def test_ground_gained_without_a_place_takes_nothing() -> None:
    assert "capture" not in _cues("The opposition party has gained ground in the polls.")


# 2. enemy troops counted inside a place are forces there

def test_troops_counted_inside_a_town_are_a_deployment() -> None:
    found = _kinds("\"By our data, there are 314 Russians inside Pokrovsk itself,\" the "
                   "president told reporters on Friday.")
    assert ("troop_deployment", DONETSK) in found


def test_troops_killed_inside_a_town_are_no_deployment() -> None:
    assert "troop_deployment" not in _cues("Officials said 40 soldiers killed inside the "
                                           "town were buried on Friday.")


# 3. a claim that a relative clause says others reject is denied

def test_a_claim_others_reject_is_no_sighting() -> None:
    found = extract("The Russian president has claimed several times that Ukrainian forces "
                    "in Pokrovsk are surrounded, which Kyiv and the General Staff have "
                    "consistently rejected.", published=PUBLISHED, source_name="Wire",
                    include_forecasts=True)
    assert [c.event.modality for c in found if c.event.event_type == "unit_sighting"] == \
        ["denied"]


# 4. the place raided, described by who was posted there, sends no one

def test_personnel_stationed_where_a_raid_struck_are_no_deployment() -> None:
    text = ("The raid on the army outpost near Kayes, where about 70 soldiers were stationed, "
            "was carried out by three groups of fighters on Friday.")
    assert "attack" in _cues(text)
    assert "troop_deployment" not in _cues(text)


# 5. "no signs of" troops taking part in battle: not seen

def test_no_signs_of_troops_taking_part_is_no_sighting() -> None:
    assert "unit_sighting" not in _cues(
        "\"There have been no signs since mid-January of North Korean troops deployed to "
        "Russia's Kursk region taking part in battle,\" the agency said on Tuesday.")
    assert "unit_sighting" in _cues("North Korean troops were seen taking part in battle in "
                                    "the Kursk region, the agency said on Tuesday.")
