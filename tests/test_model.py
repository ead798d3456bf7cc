"""The event model's rules and its conversions to records and frames."""

from __future__ import annotations

import datetime as dt
import hashlib

import pandas as pd
import pytest

from geoapp.frames import content_ids, events_to_frame, frame_to_events, validate
from geoapp.model import Event, ModelError, RelatedPlace


def test_record_round_trip_keeps_every_field(make_event):
    event = make_event(
        related_places=(RelatedPlace("birthplace_on_documents", "Tuva Republic", "RUS-2605", "RU",
                                     94.4, 51.7),),
        tags=("a", "b"), killed_low=101, wounded_low=1000, wounded_high=1000,
        figures_text="more than 100 killed and nearly 1,000 wounded",
        reported_date=dt.date(2024, 12, 23),
    )
    assert Event.from_record(event.to_record()) == event
    assert frame_to_events(events_to_frame([event])) == [event]


@pytest.mark.parametrize("change, message", [
    ({"event_type": "battle"}, "unknown event_type"),
    ({"date_end": dt.date(2024, 12, 1)}, "before date_start"),
    ({"lat": 95.0}, "latitude"),
    ({"lon": None}, "both"),
    ({"killed_low": 5, "killed_high": 3}, "below killed_low"),
    ({"count_low": -1}, "negative"),
    ({"geo_precision": "town"}, "unknown geo_precision"),
    ({"source_kind": "blog"}, "unknown source_kind"),
])
def test_model_rejects_broken_events(make_event, change, message):
    with pytest.raises(ModelError, match=message):
        make_event(**change)


def test_frame_validation_reports_each_bad_row_with_its_line(make_event):
    good = make_event()
    frame = events_to_frame([good, good.replace(event_id="test:2")])
    frame.loc[1, "event_type"] = "battle"
    frame.loc[1, "lat"] = 95.0  # second problem: the first reason found is reported
    kept, rejects = validate(frame, pd.Series([7, 9]))
    assert kept["event_id"].tolist() == ["test:1"]
    assert rejects["line"].tolist() == [9]
    assert "unknown event_type 'battle'" in rejects["reason"].iloc[0]


def test_open_high_figure_stays_open(make_event):
    """'More than 100 killed' is low 101, high open: never a made-up ceiling."""
    event = make_event(killed_low=101, killed_high=None, figures_text="more than 100 killed")
    frame = events_to_frame([event])
    assert frame.loc[0, "killed_low"] == 101
    assert pd.isna(frame.loc[0, "killed_high"])


def test_content_ids_hash_source_dates_place_type_and_quote(make_event):
    event = make_event(event_id="placeholder")
    frame = events_to_frame([event])
    payload = "\x1f".join(["Test source", "2024-12-20", "2024-12-20", "Sudzha", "attack",
                           "A test quote."])
    expected = "h:" + hashlib.sha256(payload.encode()).hexdigest()[:20]
    assert content_ids(frame).iloc[0] == expected
    assert content_ids(events_to_frame([event.replace(quote="Another quote.")])).iloc[0] != expected
