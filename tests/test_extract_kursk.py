"""The report the project started from: what a careful analyst takes from it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geoapp.extract import Candidate, extract_file

KURSK = Path(__file__).resolve().parents[2] / "shared" / "reports" / "kursk-fake-documents.txt"
KURSK_OBLAST, TUVA = "RUS-2362", "RUS-2605"


@pytest.fixture(scope="module")
def found() -> list[Candidate]:
    return extract_file(KURSK, published=dt.date(2024, 12, 23), source_name="Kyiv Post")


def _one(found: list[Candidate], **fields) -> Candidate:
    # a claim reviewed with the place's first toll is held in its separate events
    hits = [c for x in found for c in x.each()
            if all(getattr(c.event, k) == v for k, v in fields.items())]
    assert len(hits) == 1, f"{fields}: {[c.event.quote for c in hits]}"
    return hits[0]


def test_document_seizure_in_kursk_with_tuva_only_as_birthplace(found) -> None:
    e = _one(found, event_type="document_seizure").event
    assert (e.adm1_code, e.country, e.geo_precision) == (KURSK_OBLAST, "RU", "region")
    assert (e.count_low, e.count_high, e.count_unit) == (3, 3, "sets of documents")
    assert e.source_name == "Ukrainian special forces" and e.source_kind == "military"
    assert ("birthplace_on_documents", TUVA) in {(p.role, p.adm1_code) for p in e.related_places}


def test_three_killed_in_kursk(found) -> None:
    e = _one(found, event_type="casualty_report", killed_low=3).event
    assert (e.adm1_code, e.killed_high, e.wounded_low) == (KURSK_OBLAST, 3, None)
    assert e.source_name == "Ukrainian special forces"


def test_deployment_estimate_is_country_level(found) -> None:
    e = _one(found, event_type="troop_deployment").event
    assert (e.country, e.adm1_code, e.geo_precision) == ("RU", None, "country")
    assert (e.count_low, e.count_high, e.count_unit) == (11_000, 12_000, "troops")
    assert e.source_name == "US, Ukrainian and South Korean intelligence"
    assert e.source_kind == "intelligence"


def test_killed_and_wounded_since_deployment(found) -> None:
    e = _one(found, event_type="casualty_report", killed_low=101).event
    assert (e.killed_high, e.wounded_low, e.wounded_high) == (None, 1000, 1000)
    assert e.adm1_code == KURSK_OBLAST
    assert e.figures_text == ("more than 100 North Koreans have been killed and nearly 1,000 "
                              "wounded")
    # "Reports indicate": nobody is named, so the claim is the outlet's own
    assert (e.source_name, e.source_kind, e.modality) == ("Kyiv Post", "media", "reported")
    # "since their deployment": a start the text does not give, so no finer than its span
    assert e.date_end == dt.date(2024, 12, 23) and e.date_precision == "year"
    assert "background" in " ".join(e.flags)


def test_no_source_is_a_generic_reports(found) -> None:
    assert all((c.event.source_name or "").lower() not in ("reports", "report") for c in found)
    assert all(c.event.publisher == "Kyiv Post" for c in found)


def test_the_august_offensive_is_background_not_an_event(found) -> None:
    """"…to retake territory in Kursk captured during a Ukrainian offensive in August"
    recaps the incursion; it is no attack of the intelligence agencies' sentence."""
    assert not [c for c in found if c.event.event_type == "attack"
                and c.event.date_start.month == 8]
    deployment = _one(found, event_type="troop_deployment").event
    assert deployment.date_start.month != 8
    assert not [c for c in found if c.event.source_name == deployment.source_name
                and c.event.event_type == "attack"]


def test_combined_figure_is_never_split(found) -> None:
    e = _one(found, event_type="casualty_report", casualties_low=300).event
    assert (e.casualties_high, e.killed_low, e.wounded_low) == (999, None, None)
    assert e.source_name == "official sources"


def test_fifty_killed_in_three_days(found) -> None:
    e = _one(found, event_type="casualty_report", killed_low=50).event
    assert (e.killed_high, e.wounded_low, e.wounded_high) == (50, 47, 47)
    assert (e.date_start, e.date_end) == (dt.date(2024, 12, 21), dt.date(2024, 12, 23))
    assert e.adm1_code == KURSK_OBLAST
    assert e.source_name == "Ukrainian special forces" and e.source_kind == "military"


def test_infantry_attacks_by_north_korean_troops(found) -> None:
    e = _one(found, event_type="attack", sub_type="attacks").event
    assert e.adm1_code == KURSK_OBLAST
    assert e.actor1 == "North Koreans"
    assert ("origin", "KP") in {(p.role, p.country) for p in e.related_places}


def test_nothing_is_placed_in_mongolia_or_tuva(found) -> None:
    assert all(c.event.country != "MN" for c in found)
    assert all(c.event.adm1_code != TUVA for c in found)
    assert all(p.country != "MN" for c in found for p in c.event.related_places)


def test_every_candidate_carries_its_provenance(found) -> None:
    text = KURSK.read_text(encoding="utf-8")
    for c in found:
        e = c.event
        assert e.status == "unreviewed" and "extracted" in e.tags
        assert text[c.span[0]:c.span[1]] == e.quote
        assert e.origin == f"{KURSK}#chars={c.span[0]}-{c.span[1]}"
        assert 0 < c.confidence <= 1 and c.cues and "extracted: cue" in e.notes
        assert e.reported_date == dt.date(2024, 12, 23)
    assert len({c.event.event_id for c in found}) == len(found)


def test_without_publication_date_relative_dates_stay_open() -> None:
    found = extract_file(KURSK)
    three_days = next(c for c in found if c.event.killed_low == 50)
    assert three_days.date_open
    assert three_days.to_record()["date_start"] is None
