"""ACLED events → geoapp events: Data Export Tool CSVs (current and older column
sets, any case), API JSON (every value a string) and spreadsheet re-saves of both.

Type mapping (ACLED ``event_type`` / ``sub_event_type`` → geoapp ``event_type``):
Battles, Explosions/Remote violence and Violence against civilians are
``attack``, except abductions/forced disappearances and arrests, which are
``capture``; "Headquarters or base established" is ``troop_deployment``;
protests, riots and the other strategic developments are ``other``. Older
exports' types ("Battle-No change of territory", "Remote violence",
"Riots/Protests", "Strategic development") map the same way. The ACLED
sub-event type is kept as ``sub_type``.

``time_precision`` 1/2/3 → day/week/month; ``geo_precision`` 1/2/3 →
exact/near/region. ACLED gives one fatality figure: killed low = high = best.
``civilian_targeting`` becomes the tag "civilian targeting"; ``tags`` are split
on ";". Columns geoapp has no place for (``timestamp``, ``population_*``,
``inter1``…) are read past.
"""

from __future__ import annotations

import json
from functools import partial

import pandas as pd

from geoapp.ingest.dates import DateRule, coarser, parse_dates, span_end
from geoapp.ingest.raw import Schema, apply_geometry, column, publisher_columns, read_point, read_text
from geoapp.ingest.values import Checker

SIGNATURE = frozenset({"event_id_cnty", "event_date", "event_type"})
COLUMNS = ("event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
           "actor1", "actor2", "civilian_targeting", "country", "admin1", "admin2", "location",
           "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "tags")

SUB_EVENT_TYPES = {
    "abduction/forced disappearance": "capture",
    "arrests": "capture",
    "headquarters or base established": "troop_deployment",
}
EVENT_TYPES = {
    "battles": "attack",
    "explosions/remote violence": "attack",
    "violence against civilians": "attack",
    "remote violence": "attack",
    "protests": "other",
    "riots": "other",
    "riots/protests": "other",
    "strategic developments": "other",
    "strategic development": "other",
    "non-violent transfer of territory": "other",
    "headquarters or base established": "troop_deployment",
}
TIME_PRECISION = {1: "day", 2: "week", 3: "month"}
GEO_PRECISION = {1: "exact", 2: "near", 3: "region"}


def parse_acled(cells: pd.DataFrame, check: Checker, rules: dict[str, DateRule]) -> pd.DataFrame:
    frame = pd.DataFrame(index=cells.index)
    text = partial(read_text, cells, check)

    ids = text("event_id_cnty")
    frame["event_id"] = ids.map(lambda v: f"acled:{v}" if isinstance(v, str) else None)
    sub, kind = text("sub_event_type"), text("event_type")
    frame["event_type"] = (sub.str.lower().map(SUB_EVENT_TYPES)
                           .fillna(kind.str.lower().map(_event_type)).fillna("other"))
    frame["sub_type"] = sub
    start, written = parse_dates(check, column(cells, "event_date"), "event_date",
                                 rules["event_date"])
    frame["date_start"] = start
    stated = check.code(column(cells, "time_precision"), "time_precision", TIME_PRECISION)
    frame["date_precision"] = coarser(stated, written).fillna("day")
    frame["date_end"] = span_end(start, frame["date_precision"])
    frame["location_text"] = text("location").fillna(text("admin2"))
    frame["place_name"] = text("location")
    frame["admin1"] = text("admin1")
    frame["country"] = text("country")
    frame["lon"], frame["lat"] = read_point(cells, check)
    frame["geo_precision"] = check.code(column(cells, "geo_precision"), "geo_precision",
                                        GEO_PRECISION)
    frame["actor1"] = text("actor1")
    frame["actor2"] = text("actor2")
    deaths = check.figure(column(cells, "fatalities"), "fatalities")
    for name in ("killed_low", "killed_high", "killed_best"):
        frame[name] = deaths
    frame["source_name"] = "ACLED"
    frame["source_kind"] = "dataset"
    notes, sources = text("notes"), text("source")
    frame["notes"] = notes.where(sources.isna(), notes.fillna("") + " [sources: " + sources + "]")
    frame["quote"] = notes
    frame["tags"] = [_tags(t, c) for t, c in zip(text("tags"), text("civilian_targeting"),
                                                   strict=True)]
    frame["status"] = "reported"
    apply_geometry(frame, cells)
    return frame


def _event_type(kind: str) -> str | None:
    """Older exports spell battles as "Battle-No change of territory" and the like."""
    if not isinstance(kind, str):
        return None
    return "attack" if kind.startswith("battle") else EVENT_TYPES.get(kind)


def _tags(tags: str | None, civilian_targeting: str | None) -> str:
    out = [t.strip() for t in tags.split(";") if t.strip()] if isinstance(tags, str) else []
    if isinstance(civilian_targeting, str):
        out.append("civilian targeting")
    return json.dumps(out, ensure_ascii=False)


ACLED = Schema("acled", SIGNATURE, publisher_columns(COLUMNS), ("event_date",), parse_acled)
