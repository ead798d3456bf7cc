"""Captures and territorial change worded as wires word them, each written fresh (not corpus
text): a deed dated in May (the month, not the modal), ground won back, a withdrawal told
as done, the capture or liberation of places claimed, attacks repelled near a place. The
near misses keep power cuts, planned withdrawals, incursions without control and the modal
"may" out."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import proposed, ruled

NIASSA = "MOZ-1199"
PUBLISHED = dt.date(2025, 5, 20)


def _modalities(text: str) -> list[tuple[str, str]]:
    return [(c.event.event_type, c.event.modality)
            for c in proposed(text, published=PUBLISHED)]


# 1. the month May is no forecast

def test_a_deed_dated_in_may_is_news() -> None:
    for text in ("On 11 May gunmen abducted at least five villagers near Mecula in Niassa "
                 "province.",
                 "Gunmen abducted at least five villagers near Mecula in Niassa province on "
                 "May 11.",
                 "May 11 was the day gunmen abducted at least five villagers near Mecula in "
                 "Niassa province."):
        assert ruled(text, published=PUBLISHED) == [("capture", NIASSA)], text


def test_the_modal_may_stays_a_forecast() -> None:
    text = ("Gunmen may abduct more villagers near Mecula in Niassa province, a local "
            "official warned.")
    assert ruled(text, published=PUBLISHED) == []
    text = "May gunmen abduct more villagers near Mecula? Officials fear so."
    assert all(m != "asserted" for _, m in _modalities(text))


def test_power_knocked_out_is_no_capture() -> None:
    text = ("Drones struck the airport in Lichinga in Niassa province on Monday and knocked "
            "out electricity across the city, officials said.")
    assert ("capture", NIASSA) not in ruled(text, published=PUBLISHED)
