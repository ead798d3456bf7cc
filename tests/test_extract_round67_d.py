"""Round 67 (d): a past perfect dated to the day before the news's own day is no recap; a
region's running total over more than a year, closing the report with no one stating it
afresh, is background."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import folded, ruled


def test_a_past_perfect_of_the_previous_day_is_news():
    text = ("The army denied on Tuesday that Babanusa had fallen, saying its soldiers had "
            "repulsed an RSF attack on the town the previous day.")
    assert ("attack", "SDN-882") in ruled(text)


def test_a_past_perfect_of_the_night_before_is_news():
    text = "Its soldiers had repulsed an RSF attack on Babanusa the night before."
    assert ("attack", "SDN-882") in ruled(text)


def test_a_past_perfect_of_the_day_before_another_time_stays_a_recap():
    # near miss: "the day before the war began" names another time, long past
    text = ("The army denied on Tuesday that Babanusa had fallen, saying its soldiers had "
            "repulsed an RSF attack on the town the day before the war began.")
    assert ("attack", "SDN-882") not in ruled(text)


_NEWS = ("Israeli troops killed four Palestinians in a raid on Tubas in the occupied West "
         "Bank on Monday, the health ministry said.\n\n"
         "Soldiers backed by drones stormed the town before dawn.\n\n")


def test_a_regions_running_total_closing_the_report_is_background():
    text = _NEWS + ("Since the start of the Gaza war on October 7, 2023, Israeli troops and "
                    "settlers have killed at least 900 Palestinians in the West Bank.")
    kinds = folded(text, published=dt.date(2025, 2, 10))
    assert ("casualty_report", "WEB+00?") not in kinds
    assert ("attack", "WEB+00?") in kinds


def test_a_regions_running_total_stated_afresh_stays_news():
    # near miss: a source gives the total now
    text = _NEWS + ("Since the start of the Gaza war on October 7, 2023, Israeli troops and "
                    "settlers have killed at least 900 Palestinians in the West Bank, the "
                    "ministry said on Monday.")
    assert ("casualty_report", "WEB+00?") in folded(text, published=dt.date(2025, 2, 10))


def test_fire_sent_into_a_region_is_placed_where_it_lands():
    text = ("Footage shows Russian gunners in Russia's Belgorod Oblast directing strikes into "
            "Ukraine's Kharkiv Oblast, the General Staff said.")
    kinds = ruled(text)
    assert ("attack", "UKR-328") in kinds
    assert ("attack", "RUS-2370") not in kinds


def test_fire_on_positions_elsewhere_keeps_the_nearest_place():
    # near miss: no "into"; the rule leaves the nearest place as it was
    text = ("Footage shows Russian gunners in Russia's Belgorod Oblast directing strikes on "
            "positions in Ukraine's Kharkiv Oblast, the General Staff said.")
    assert ("attack", "RUS-2370") in ruled(text)


_STRUCK = "Russian drones hit the Kharkiv region overnight, the governor said.\n"


def test_a_town_listed_under_a_district_head_is_that_districts_village():
    text = _STRUCK + "- Izium district: a barn burned in Shebelynka and a tractor hit in Kamianka;"
    kinds = ruled(text)
    assert ("attack", "UKR-328") in kinds
    assert ("attack", "UKR-319") not in kinds


def test_a_town_listed_with_no_district_head_keeps_its_namesake():
    # near miss: the line names no district as its head
    text = _STRUCK + "- Izium: a barn burned in Shebelynka and a tractor hit in Kamianka;"
    assert ("attack", "UKR-319") in ruled(text)


def test_a_regions_running_total_given_by_a_source_stays_news():
    # near miss: "according to" a source gives the total now
    text = _NEWS + ("According to the health ministry, Israeli troops and settlers have killed "
                    "at least 900 Palestinians in the West Bank since October 7, 2023.")
    assert ("casualty_report", "WEB+00?") in folded(text, published=dt.date(2025, 2, 10))
