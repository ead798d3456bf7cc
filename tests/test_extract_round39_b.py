"""Round thirty-nine (b): drones intercepted in a participle are downed; a bombardment named as the
time of another deed ("As the bombardment went on, …") tells no new one; a name the text calls
a village does not vouch for its country; military sites taken over are ground taken; a hedge
on a purpose ("moved in, reportedly to separate the sides") leaves the deed told; forces
neither of a nationality nor a unit told as seen at a deed are no sighting; "By around
midday, …" opens the day of the news; a place called a small town is a village."""

from __future__ import annotations

import datetime as dt

from geoapp.extract import extract
from tests.extract_helpers import places, proposed

PUBLISHED = dt.date(2025, 3, 14)


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return places(text, PUBLISHED, None)


def _candidates(text: str):
    return proposed(text, PUBLISHED, None)


# 1. drones intercepted, told by the participle

def test_drones_intercepted_in_a_participle_are_downed_over_each_region() -> None:
    found = _kinds("It was a busy night, with air defences intercepting 14 drones over "
                   "Russia's Tula, Oryol and Kaluga regions, the ministry said.")
    for region in ("RUS-2368", "RUS-2366", "RUS-2361"):
        assert ("attack", region) in found


# 2. "As the bombardment went on, …": the time of another deed

def test_a_bombardment_named_as_the_time_of_another_deed_is_no_new_attack() -> None:
    found = _kinds("Missiles struck Kharkiv on Monday, killing three people.\n\n"
                   "As the bombardment went on, Russian troops kept up their slow push "
                   "through the Donetsk region, officials said.")
    assert ("attack", "UKR-328") in found
    assert ("attack", "UKR-327") not in found


def test_a_new_deed_in_the_same_sentence_still_counts() -> None:
    found = _kinds("Missiles struck Kharkiv on Monday, killing three people.\n\n"
                   "As the bombardment went on, Russian troops stormed the town of Toretsk "
                   "in the Donetsk region, officials said.")
    assert ("attack", "UKR-327") in found


# 3. a name the text calls a village is no support for its country

def test_villages_named_after_a_town_across_the_border_are_not_namesakes() -> None:
    found = _kinds("Russian troops have liberated the town of Sudzha, the ministry in Moscow "
                   "said. The neighbouring settlements of Bilovodsk and Starobilsk have been "
                   "liberated as well, it said on Thursday.\n\n"
                   "Over the past day, Ukrainian formations fighting in the Kursk Region lost "
                   "more than 300 servicemen, the ministry said.")
    assert ("capture", "RUS-2362") in found
    assert ("capture", "UKR-329") not in found


# 4. military sites taken over

def test_military_sites_taken_over_are_ground_taken() -> None:
    found = _kinds("Government forces have finished taking over every military site in "
                   "Shabwa governorate from the separatists, state media said.")
    assert ("capture", "YEM-336") in found


# 5. a hedged purpose leaves the deed told

def test_a_hedge_on_the_purpose_leaves_the_deployment_told() -> None:
    found = [c for c in _candidates("Army units moved into Daraa province on Tuesday, "
                                    "reportedly to separate the two sides.")
             if c.event.event_type == "troop_deployment"]
    assert found and found[0].event.modality == "asserted"


def test_a_hedge_on_the_deed_itself_still_hedges() -> None:
    found = [c for c in extract("Army units reportedly moved into Daraa province on Tuesday.",
                                published=PUBLISHED, include_forecasts=True)
             if c.event.event_type == "troop_deployment"]
    assert found and found[0].event.modality == "hedged"


# 6. unnamed forces seen at a deed

def test_unnamed_soldiers_seen_raising_a_flag_are_no_sighting() -> None:
    found = _kinds("Government soldiers were seen raising the national flag over the town "
                   "hall in Daraa on Wednesday.")
    assert ("capture", "SYR-146") in found
    assert all(k != "unit_sighting" for k, _ in found)


# 7. "By around midday, …"

def test_a_past_perfect_reached_by_around_midday_is_news() -> None:
    found = _kinds("Rebels and militia fighters clashed at dawn near the lake, residents said. "
                   "By around midday the clashes had moved on towards Uvira, in South Kivu "
                   "province.")
    assert ("attack", "COD-1894") in found


# 8. a place called a small town is a village

def test_a_small_town_of_a_named_zone_is_no_namesake_in_another_region() -> None:
    found = _kinds("A drone struck a market in the East Gojjam Zone of the Amhara Region on "
                   "Friday, killing 20 people, residents said.\n\n"
                   "In Deder, a small rural town of the zone, people had gathered to build a "
                   "school. The local administration said the strike hit militants who had "
                   "gathered there.")
    assert ("attack", "ETH-3109") in found
    assert all(region == "ETH-3109" for _, region in found)
