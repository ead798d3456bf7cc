"""ACLED CSV exports → events.

Type mapping (ACLED ``event_type`` / ``sub_event_type`` → geoapp ``event_type``):
Battles, Explosions/Remote violence and Violence against civilians are
``attack``, except abductions/forced disappearances and arrests, which are
``capture``; "Headquarters or base established" is ``troop_deployment``;
protests, riots and the other strategic developments are ``other``. The ACLED
sub-event type is kept as ``sub_type``.

``time_precision`` 1/2/3 → day/week/month; ``geo_precision`` 1/2/3 →
exact/near/region. ACLED gives one fatality figure: killed low = high = best.
"""

from __future__ import annotations

import pandas as pd

from geoapp.ingest.dates import parse_dates
from geoapp.ingest.parsed import Parsed, number, text, unparsed_rejects
from geoapp.ingest.table import RawTable

SIGNATURE = {"event_id_cnty", "event_date", "event_type", "sub_event_type"}

SUB_EVENT_TYPES = {
    "abduction/forced disappearance": "capture",
    "arrests": "capture",
    "headquarters or base established": "troop_deployment",
}
EVENT_TYPES = {
    "battles": "attack",
    "explosions/remote violence": "attack",
    "violence against civilians": "attack",
    "protests": "other",
    "riots": "other",
    "strategic developments": "other",
}
TIME_PRECISION = {1: "day", 2: "week", 3: "month"}
GEO_PRECISION = {1: "exact", 2: "near", 3: "region"}


def read_acled(table: RawTable) -> Parsed:
    cells = table.cells
    frame = pd.DataFrame(index=cells.index)
    frame["event_id"] = "acled:" + text(cells, "event_id_cnty").astype("string")
    sub = text(cells, "sub_event_type")
    kind = text(cells, "event_type")
    frame["event_type"] = sub.str.lower().map(SUB_EVENT_TYPES).fillna(
        kind.str.lower().map(EVENT_TYPES)).fillna("other")
    frame["sub_type"] = sub
    frame["date_start"] = parse_dates(text(cells, "event_date"))
    frame["date_precision"] = number(cells, "time_precision").map(TIME_PRECISION).fillna("day")
    start = frame["date_start"]
    frame["date_end"] = start.where(frame["date_precision"] == "day",
                                    _span_end(start, frame["date_precision"]))
    frame["location_text"] = text(cells, "location")
    frame["place_name"] = text(cells, "location")
    frame["admin1"] = text(cells, "admin1")
    frame["country"] = text(cells, "country")
    frame["lat"] = number(cells, "latitude")
    frame["lon"] = number(cells, "longitude")
    frame["geo_precision"] = number(cells, "geo_precision").map(GEO_PRECISION).fillna("exact")
    frame["actor1"] = text(cells, "actor1")
    frame["actor2"] = text(cells, "actor2")
    deaths = number(cells, "fatalities")
    for col in ("killed_low", "killed_high", "killed_best"):
        frame[col] = deaths
    frame["source_name"] = "ACLED"
    frame["source_kind"] = "dataset"
    notes = text(cells, "notes")
    sources = text(cells, "source")
    frame["notes"] = notes.where(sources.isna(), notes.fillna("") + " [sources: " + sources + "]")
    frame["quote"] = notes
    frame["tags"] = text(cells, "tags").map(
        lambda t: [s.strip() for s in t.split(";") if s.strip()] if isinstance(t, str) else [])
    frame["status"] = "reported"
    rejects = unparsed_rejects(cells, table.lines, {
        "event_date": frame["date_start"], "latitude": frame["lat"],
        "longitude": frame["lon"], "fatalities": deaths,
    })
    return Parsed(frame, table.lines, rejects)


def _span_end(start: pd.Series, precision: pd.Series) -> pd.Series:
    """End of an ACLED week (start + 6 days) or month (last day of the month)."""
    week = start + pd.Timedelta(days=6)
    month = (start + pd.offsets.MonthEnd(0)).astype("datetime64[s]")
    return week.where(precision == "week", month)
