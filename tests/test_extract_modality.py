"""How a report states its events: news, forecasts, plans, denials, background."""

from __future__ import annotations

import datetime as dt

import pytest

from geoapp.extract import extract

PUBLISHED = dt.date(2025, 3, 2)
KURSK, BELGOROD = "RUS-2362", "RUS-2370"


def _kinds(found) -> list[tuple[str, str | None, str | None]]:
    return [(c.event.event_type, c.event.adm1_code, c.event.modality) for c in found]


FORECAST = ("Kyrylo Budanov, head of Ukraine's military intelligence, told the weekly magazine "
            "Die Rundschau that about 2,000 North Korean soldiers had reached front-line units "
            "near Sudzha in the Kursk region. Reinforcements are expected to arrive in the Kursk "
            "region on March 3, Budanov said.")


def test_a_forecast_is_not_proposed_by_default() -> None:
    found = extract(FORECAST, published=PUBLISHED, source_name="Continental Press")
    assert _kinds(found) == [("troop_deployment", KURSK, "reported")]
    e = found[0].event
    assert (e.source_name, e.source_kind, e.publisher) == (
        "Kyrylo Budanov", "intelligence", "Continental Press")
    assert "told to weekly magazine Die Rundschau" in e.flags


def test_include_forecasts_dates_them_forward() -> None:
    found = extract(FORECAST, published=PUBLISHED, include_forecasts=True)
    forecast = [c.event for c in found if c.event.modality == "forecast"]
    assert len(forecast) == 1
    # written the day before: March 3 of this year, never of the past one
    assert (forecast[0].date_start, forecast[0].date_end) == (dt.date(2025, 3, 3),) * 2
    # the speaker named again by surname keeps the kind of the first mention
    assert (forecast[0].source_name, forecast[0].source_kind) == ("Kyrylo Budanov",
                                                                  "intelligence")


@pytest.mark.parametrize("sentence, modality", [
    ("The government has denied sending troops to the Belgorod region.", "denied"),
    ("Russia is preparing to deploy North Korean artillery crews to the Belgorod region.",
     "planned"),
    ("New battalions would be deployed in the Belgorod region before the end of the year.",
     "planned"),
    ("Russian forces are likely to attack villages in the Belgorod region in the coming days.",
     "forecast"),
])
def test_plans_denials_and_forecasts_wait_for_the_flag(sentence: str, modality: str) -> None:
    assert extract(sentence, published=PUBLISHED) == []
    found = extract(sentence, published=PUBLISHED, include_forecasts=True)
    assert [(c.event.adm1_code, c.event.modality) for c in found] == [(BELGOROD, modality)]


def test_background_is_context_not_an_event() -> None:
    text = ("Russian drones struck a substation in Shebekino in the Belgorod region on Sunday, "
            "the governor said. Ukraine launched its incursion into the Kursk region in August "
            "2024, seizing dozens of villages.")
    found = extract(text, published=PUBLISHED)
    assert _kinds(found) == [("attack", BELGOROD, "reported")]
    assert "incursion into the Kursk region" in found[0].event.notes


def test_countries_alone_make_no_event() -> None:
    text = ("Russia's war in Ukraine has entered its fourth year. A third country is considering "
            "sending observers. Russian forces shelled Shebekino in the Belgorod region overnight.")
    assert _kinds(extract(text, published=PUBLISHED)) == [("attack", BELGOROD, "asserted")]


def test_the_main_predicate_types_the_sentence() -> None:
    text = ("About 500 North Korean troops arrived in the Kursk region on Friday, months after "
            "the Ukrainian incursion, the General Staff said.")
    assert _kinds(extract(text, published=PUBLISHED)) == [("troop_deployment", KURSK,
                                                           "reported")]


def test_ground_taken_denied_by_the_next_sentence_is_denied() -> None:
    text = ("PDF groups overran a junta battalion headquarters in Pauk Township, Magway Region, "
            "on Tuesday, resistance media reported. A junta spokesman denied the report.")
    published = dt.date(2025, 3, 21)
    assert extract(text, published=published) == []
    (capture,) = extract(text, published=published, include_forecasts=True)
    assert (capture.event.event_type, capture.event.modality) == ("capture", "denied")


def test_a_sentence_after_a_place_heading_happens_there() -> None:
    text = ("Kherson. Overnight, Russian drones hit a bus, wounding four passengers, Ukraine's "
            "emergency service said.")
    found = extract(text, published=dt.date(2025, 3, 21))
    assert [(c.event.event_type, c.event.adm1_code) for c in found] == [("attack", "UKR-4827")]


@pytest.mark.parametrize("sentence, denied", [
    # a later denial with a complement of its own denies that, not the claim before it
    ("Kyiv did not comment on the claim of a village taken in the Belgorod region, and it has "
     "denied that its troops crossed the border at all.", False),
    # a later denial of the claim itself still denies it
    ("Bloggers claimed that troops had taken a village in the Belgorod region; the command "
     "denied it.", True),
])
def test_a_denial_after_a_claim_denies_it_only_without_its_own_complement(
        sentence: str, denied: bool) -> None:
    found = extract(sentence, published=PUBLISHED, include_forecasts=True)
    assert [(c.event.event_type, c.event.modality == "denied") for c in found
            if c.event.event_type == "capture"] == [("capture", denied)]
