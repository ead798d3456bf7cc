"""Round 71 (d): fighting told as still going on with its place between noun and verb,
ground turned into a buffer zone, clearing operations carried out, a claim recalled by
"earlier statements", and a war's noun dated by a clause with no relative pronoun."""

from __future__ import annotations

import datetime as dt

from extract_helpers import folded, ruled

PUBLISHED = dt.date(2025, 5, 14)


def _types(found: list[tuple[str, str | None]]) -> set[str]:
    return {t for t, _ in found}


def test_fighting_in_a_place_still_going_on_is_an_attack() -> None:
    text = "Ukrainian officials said the fighting in Bakhmut was still going on."
    assert ("attack", "UKR-327") in ruled(text, PUBLISHED)


def test_talks_still_going_on_are_no_attack() -> None:
    assert ruled("Officials said the talks in Bakhmut were still going on.", PUBLISHED) == []


def test_ground_turned_into_a_buffer_zone_is_a_capture() -> None:
    text = "The army said it had turned 20 percent of the Gaza Strip into a buffer zone."
    assert "capture" in _types(ruled(text, PUBLISHED))


def test_a_buffer_zone_fenced_off_is_no_capture() -> None:
    text = "The army said it had fenced off a buffer zone in the Gaza Strip."
    assert "capture" not in _types(ruled(text, PUBLISHED))


def test_clearing_operations_carried_out_are_a_deployment() -> None:
    text = "Troops are carrying out clearing operations in Demoso, Kayah State."
    assert ("troop_deployment", "MMR-2473") in folded(text, PUBLISHED)


def test_mine_clearing_operations_are_no_deployment() -> None:
    text = "Sappers are carrying out mine clearing operations in Demoso, Kayah State."
    assert "troop_deployment" not in _types(folded(text, PUBLISHED))


def test_a_deployment_recalled_by_earlier_statements_is_background() -> None:
    text = ("The confirmation follows earlier statements by Western officials that North "
            "Korea had sent 10,000 troops to Russia's Kursk region.")
    assert "troop_deployment" not in _types(ruled(text, PUBLISHED))


def test_a_deployment_said_on_a_day_stays_news() -> None:
    text = ("Western officials said on Monday that North Korea had sent 10,000 troops to "
            "Russia's Kursk region.")
    assert ("troop_deployment", "RUS-2362") in ruled(text, PUBLISHED)


def test_a_claim_told_in_one_earlier_statement_stays_news() -> None:
    # "In an earlier statement, X said …" opens a claim of its own, not the recall of
    # claims that a new one bears out.
    text = ("In an earlier statement, the Ukrainian president said Russia had been using "
            "North Korean soldiers in its assaults in the Kursk region.")
    assert ("unit_sighting", "RUS-2362") in ruled(text, PUBLISHED)


def test_the_date_of_a_war_they_resumed_is_the_wars() -> None:
    text = "On Tuesday troops stormed a village near Rafah in the war they resumed in February."
    assert "attack" in _types(ruled(text, PUBLISHED))


def test_a_deed_dated_months_back_stays_background() -> None:
    text = "On Tuesday troops stormed a village near Rafah in February."
    assert "attack" not in _types(ruled(text, PUBLISHED))
