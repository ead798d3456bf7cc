"""Casualty tallies as officials, monitors and wires give them, each sentence written fresh
(not corpus text): a campaign's tally over a period between two dates, a ministry's toll of
the last day from "the attacks" in a whole region, a period's tally by a region's own
authority, a running total "so far", the figures listed under a heading that names the
province; another source's toll of attacks already told joins them; and words that only
look like events (letters sent to conscripts, the dead identified)."""

from __future__ import annotations

import datetime as dt

import pytest

from geoapp.extract import extract
from geoapp.extract.attribution import find_attribution
from geoapp.extract.dates import find_dates
from geoapp.extract.figures import find_figures
from tests.extract_helpers import places, ruled

KACHIN, GAZA, WEST_BANK = "MMR-3296", "GAZ+00?", "WEB+00?"
CABO_DELGADO, WHITE_NILE, KHARKIV, MOPTI = "MOZ-1198", "SDN-879", "UKR-328", "MLI-2809"


# 1. casualty nouns described by whose they are, and periods bounded by two dates

@pytest.mark.parametrize(("text", "low", "category"), [
    ("The army said it recovered 85 enemy bodies near the pass.", 85, "killed"),
    ("The monitor counted 40 Palestinian fatalities that week.", 40, "killed"),
    ("The brigade inflicted 30 enemy casualties on Tuesday.", 30, "casualties"),
])
def test_a_casualty_noun_after_words_describing_the_dead_is_counted(
        text: str, low: int, category: str) -> None:
    assert [(f.quantity.low, f.category) for f in find_figures(text)] == [(low, category)]


def test_more_bodies_found_are_no_figure_of_their_own() -> None:
    assert [f.quantity.low for f in find_figures(
        "Rescuers pulled four more bodies from the rubble.")] == []


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Between 2 November 2024 and 20 February 2025, the army fought 40 battles.",
     dt.date(2024, 11, 2), dt.date(2025, 2, 20)),
    ("From 4 January to 9 February 2025 the rebels held the road.",
     dt.date(2025, 1, 4), dt.date(2025, 2, 9)),
])
def test_two_dates_bounding_a_period_are_one_period(text: str, first: dt.date,
                                                    last: dt.date) -> None:
    dates = find_dates(text, dt.date(2025, 3, 1))
    assert [(d.first, d.last) for d in dates] == [(first, last)]


def test_two_dates_in_separate_phrases_stay_apart() -> None:
    dates = find_dates("Shells fell in January and in February.", dt.date(2025, 3, 1))
    assert len(dates) == 2


# 2. tallies that are events of their own

def test_a_campaign_tally_over_a_period_in_its_own_paragraph_is_proposed() -> None:
    text = ("Government troops retook the town of Hpakant in Kachin State on 20 February.\n\n"
            "Between 1 January and 28 February 2025, the army recovered 85 enemy bodies and "
            "60 weapons.")
    assert ("casualty_report", KACHIN) in places(text)


def test_a_days_toll_from_the_attacks_on_a_whole_region_is_a_tally() -> None:
    text = ("The health ministry in Gaza said that in the past 24 hours 60 people had been "
            "killed and 200 wounded as a consequence of Israeli strikes in the Gaza Strip.\n\n"
            "An Israeli airstrike hit a house in Khan Younis on Friday, killing five people.")
    found = places(text)
    assert ("casualty_report", GAZA) in found
    assert ("attack", GAZA) in found


def test_a_periods_tally_by_a_regions_own_authority_is_placed_there() -> None:
    text = ("An Israeli airstrike hit a house in Khan Younis on Friday, killing five people.\n\n"
            "Figures from Gaza's health ministry show that between 24 and 27 February another "
            "90 Palestinians were killed and 300 were wounded.")
    found = places(text)
    assert ("casualty_report", GAZA) in found
    assert ("attack", GAZA) in found


def test_a_running_total_so_far_stays_apart_from_the_strike_before() -> None:
    text = ("An Israeli drone strike on a car in Jenin killed three men on Thursday, the "
            "Palestinian health ministry said.\n\n"
            "So far, the health ministry in Ramallah has reported 25 people killed.")
    found = places(text)
    assert ("casualty_report", WEST_BANK) in found
    assert ("attack", WEST_BANK) in found


def test_figures_listed_under_a_heading_take_its_province() -> None:
    text = ("Weekly figures for Cabo Delgado province (20 - 26 February 2025)\n\n"
            "- At least 9 fatalities reported from political violence\n\n"
            "- 4 events of political violence recorded")
    assert places(text) == [("casualty_report", CABO_DELGADO)]


def test_a_list_item_with_no_heading_place_stays_unplaced() -> None:
    text = "Key figures\n\n- At least 9 fatalities reported from political violence"
    assert ("casualty_report", CABO_DELGADO) not in ruled(text)


def test_a_count_before_reported_is_no_source() -> None:
    assert find_attribution("At least 9 fatalities reported from political violence") is None
    source = find_attribution("Two officials reported heavy shelling overnight.")
    assert source is not None and source.name == "Two officials"


# 3. tolls that stay with their attack

def test_another_sources_toll_of_attacks_already_told_joins_them() -> None:
    text = ("RSF fighters attacked villages in White Nile state on Sunday, residents said.\n\n"
            "A rights group said on Tuesday that more than 100 people had been killed in the "
            "RSF attacks over the past three days.")
    found = extract(text, published=dt.date(2025, 3, 1), source_name="Test Wire")
    assert [(c.event.event_type, c.event.adm1_code) for c in found] == [("attack", WHITE_NILE)]
    assert found[0].event.killed_low is not None and found[0].event.killed_low > 100


def test_a_toll_over_a_period_of_the_sentences_own_attack_is_its_toll() -> None:
    text = ("Over the past month, gunmen have attacked villages near Mopti, killing at least "
            "20 people, the UN said.")
    assert places(text) == [("attack", MOPTI)]


# 4. words that only look like events

def test_letters_sent_to_men_are_no_deployment() -> None:
    text = ("Residents said men in four wards of Monywa were sent letters on Monday ordering "
            "them to report for medical checks before conscription.")
    assert "troop_deployment" not in {t for t, _ in ruled(text)}


def test_victims_identified_are_no_documents_seized() -> None:
    text = ("Among the 12 people killed in the strike on Kharkiv on Monday, identification has "
            "found three children.")
    assert ("document_seizure", KHARKIV) not in ruled(text)


@pytest.mark.parametrize("text", [
    "Ukrainian soldiers found identification papers on the bodies near Vovchansk in the "
    "Kharkiv region on Monday.",
    "Papers found on the bodies of three soldiers near Vovchansk in the Kharkiv region named "
    "their units.",
])
def test_papers_found_on_the_dead_are_still_documents_seized(text: str) -> None:
    assert ("document_seizure", KHARKIV) in ruled(text)
