"""Round 70 (c): fighting counted in weeks or months ("after two months of heavy fighting")
is the span the news came at the end of, no attack of its own; a stretch of front or a
spread of sectors named by its two ends ("in a dozen sectors, from X to Y") makes both ends
places of the event, the first no launch site; a sighting told with its own day but no
place, tied to no more than a country, lies in the report's main region of that country."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled


def test_fighting_counted_in_months_is_no_attack():
    text = ("The army post in the town of Falam in Chin State fell on Sunday at the end of "
            "two months of heavy fighting.")
    got = ruled(text)
    assert ("attack", "MMR-3274") not in got
    assert ("capture", "MMR-3274") in got


def test_fighting_of_the_day_stays_an_attack():
    # near miss: fighting told as going on, no span of weeks or months before it
    text = "Fierce fighting broke out around the town of Falam in Chin State on Sunday."
    assert ("attack", "MMR-3274") in ruled(text)


def test_sectors_from_one_end_to_the_other_place_both_ends():
    text = ("On Monday Russian troops attacked in several sectors, from the southern "
            "Zaporizhzhia region to the outskirts of Kharkiv.")
    got = ruled(text)
    assert ("attack", "UKR-331") in got
    assert ("attack", "UKR-328") in got


def test_place_attacks_came_from_stays_a_launch_site():
    # near miss: "from" with no stretch of front before it tells where the strike came from
    text = "On Monday drones launched from the Zaporizhzhia region struck the city of Kharkiv."
    got = ruled(text)
    assert ("attack", "UKR-331") not in got
    assert ("attack", "UKR-328") in got


_LEAD = ("North Korean soldiers have been sent to the front in Russia's Kursk Oblast, "
         "Ukraine's military intelligence said on Monday. ")


def test_dated_sighting_tied_to_a_country_lies_in_the_report_region():
    text = _LEAD + ("Pyongyang has sent about 3,000 more soldiers to Russia, the agency "
                    "said. The first of these soldiers were spotted on Sunday, it said.")
    assert ("unit_sighting", "RUS-2362") in folded(text)


def test_undated_sighting_tied_to_a_country_stays_unplaced():
    # near miss: no day of its own, only forces told as identified in general
    text = _LEAD + ("Pyongyang has sent about 3,000 more soldiers to Russia, the agency "
                    "said. The soldiers have been identified by their uniforms, it said.")
    assert ("unit_sighting", "RUS-2362") not in folded(text)
