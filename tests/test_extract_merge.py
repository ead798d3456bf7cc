"""One event per telling: restatements merge, a second strike in the same town does not, and
a headline yields to the body's date, source and figures."""

from __future__ import annotations

import datetime as dt

from geoapp.extract import extract
from geoapp.extract.dateline import find_dateline, headline_end
from geoapp.extract.figures import find_figures

WIRE = """Drone strikes hit El Fasher as RSF tightens siege, say local monitors

PORT SUDAN, 14 May 2025 — Paramilitary Rapid Support Forces (RSF) fighters shelled the Abu \
Shouk displacement camp on the northern edge of El Fasher on Tuesday, killing at least 12 \
civilians and wounding around 30 others, the local Emergency Response Room said in a \
statement on Wednesday.

A second strike hit the city's Saudi Hospital late on Tuesday, according to a doctor there \
who spoke on condition of anonymity. He said four patients were killed.

Separately, Sudan's army said its aircraft struck RSF positions near El Obeid in North \
Kordofan on Monday, killing "dozens" of fighters. The claim could not be independently \
verified.
"""
PUBLISHED = dt.date(2025, 5, 14)


def _found():
    return extract(WIRE, published=PUBLISHED, source_name="Sudan Tribune")


def test_the_headline_yields_to_the_leads_date_source_and_figures() -> None:
    first = _found()[0]
    e = first.event
    assert first.span[0] > headline_end(WIRE) > 0
    assert (e.date_start, e.date_end) == (dt.date(2025, 5, 13), dt.date(2025, 5, 13))
    assert e.source_name == "local Emergency Response Room"
    assert (e.killed_low, e.wounded_low) == (12, 30)
    assert "headline at chars 0-" in e.notes


def test_a_second_strike_in_the_same_town_keeps_its_own_source_and_toll() -> None:
    first = _found()[0]
    assert len(first.separate) == 1
    second = first.separate[0].event
    assert (second.event_type, second.adm1_code) == ("attack", first.event.adm1_code)
    assert second.source_name == "doctor"
    assert (second.killed_low, second.killed_high) == (4, 4)
    assert "Saudi Hospital" in second.quote and "also at" not in (first.event.notes or "")
    # one entry to review, two events to store
    assert [c.event.event_id for c in first.each()] == [first.event.event_id, second.event_id]
    assert first.to_record()["separate"][0]["source_name"] == "doctor"


def test_a_restatement_without_a_new_event_marker_still_merges() -> None:
    text = ("Russian drones struck Kharkiv on Monday, killing three people, the governor said. "
            "The strike on Kharkiv killed three civilians, the mayor said.")
    found = extract(text, published=dt.date(2025, 6, 10))
    assert len(found) == 1 and not found[0].separate


def test_an_unverified_military_claim_stays_reported_with_its_bounded_figure() -> None:
    claim = next(c for c in _found() if c.event.adm1_code == "SDN-883")
    e = claim.event
    assert e.modality == "reported" and e.source_kind == "military"
    assert (e.killed_low, e.killed_high) == (24, 99)
    assert any("could not be independently verified" in f for f in e.flags)
    assert e.date_start == dt.date(2025, 5, 12)


def test_a_day_month_year_dateline_dates_the_report_not_the_event() -> None:
    found = find_dateline(WIRE)
    assert found is not None and found.place == "PORT SUDAN"
    assert found.date == PUBLISHED


def test_a_quoted_vague_figure_is_a_figure() -> None:
    [figure] = find_figures('killing "dozens" of fighters')
    assert (figure.quantity.low, figure.quantity.high, figure.category) == (24, 99, "killed")


def test_background_denials_and_forecasts_stay_unproposed() -> None:
    text = ("The RSF has besieged El Fasher, the last major city in Darfur still held by the "
            "army, since May last year. The group denied targeting civilians in El Fasher.\n\n"
            "The United Nations warned that fighting could spread to Tawila if the siege is "
            "not lifted. Aid agencies are expected to send a convoy to Tawila next week.")
    assert extract(text, published=PUBLISHED, source_name="Sudan Tribune") == []
