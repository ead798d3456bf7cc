"""ACLED-style columns for people whose tools expect ACLED exports.

The inverse of :mod:`geoapp.ingest.acled` where a mapping exists: the id loses
its ``acled:`` prefix, precisions become ACLED's codes, the source list that
ingest appended to the notes goes back to ``source``, and the ACLED event type
is the parent of the sub-event type when that is one of ACLED's. Other events
get a neutral ACLED type (``attack`` → Battles, everything else → Strategic
developments) and keep their own sub-type, so geoapp types without an ACLED
equivalent come back from ``geoapp ingest --format acled`` as ``other``.
Countries are written by name, as ACLED does. Columns geoapp has no data for
(assoc_actor_*, inter*, iso, admin2…) are empty.
"""

from __future__ import annotations

import json
from functools import lru_cache

import pandas as pd

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
#: ACLED's sub-event types (codebook 2023) and the event type each belongs to.
SUB_EVENT_PARENTS = {
    **dict.fromkeys(("armed clash", "government regains territory",
                     "non-state actor overtakes territory"), "Battles"),
    **dict.fromkeys(("chemical weapon", "air/drone strike", "suicide bomb",
                     "shelling/artillery/missile attack", "remote explosive/landmine/ied",
                     "grenade"), "Explosions/Remote violence"),
    **dict.fromkeys(("sexual violence", "attack", "abduction/forced disappearance"),
                    "Violence against civilians"),
    **dict.fromkeys(("peaceful protest", "protest with intervention",
                     "excessive force against protesters"), "Protests"),
    **dict.fromkeys(("violent demonstration", "mob violence"), "Riots"),
    **dict.fromkeys(("agreement", "arrests", "change to group/activity",
                     "disrupted weapons use", "headquarters or base established",
                     "looting/property destruction", "non-violent transfer of territory",
                     "other"), "Strategic developments"),
}
DEFAULT_EVENT_TYPE = {"attack": "Battles"}
DISORDER_TYPES = {
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Protests": "Demonstrations",
    "Riots": "Demonstrations", "Strategic developments": "Strategic developments",
}
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
GEO_PRECISION = {"exact": 1, "near": 2, "district": 2, "region": 3, "country": 3}
#: How ingest keeps ACLED's ``source`` column: appended to the notes.
SOURCES_SUFFIX = r"(?s)^(?P<notes>.*?) ?\[sources: (?P<source>.*)\]$"


def acled_columns(rows: pd.DataFrame) -> pd.DataFrame:
    """A model frame in ACLED's columns (empty where geoapp has nothing to map)."""
    out = pd.DataFrame(index=rows.index, columns=list(ACLED_COLUMNS), dtype=object)
    out["event_id_cnty"] = rows["event_id"].astype(str).str.removeprefix("acled:")
    out["event_date"] = rows["date_start"].dt.strftime("%Y-%m-%d")
    out["year"] = rows["date_start"].dt.year.astype("Int64")
    out["time_precision"] = rows["date_precision"].map(TIME_PRECISION).astype("Int64")
    sub_type = rows["sub_type"].astype("string")
    kind = sub_type.str.lower().map(SUB_EVENT_PARENTS).fillna(
        rows["event_type"].map(DEFAULT_EVENT_TYPE)).fillna("Strategic developments")
    out["event_type"] = kind
    out["disorder_type"] = kind.map(DISORDER_TYPES)
    out["sub_event_type"] = sub_type
    out["actor1"] = rows["actor1"]
    out["actor2"] = rows["actor2"]
    out["country"] = rows["country"].map(country_names()).fillna(rows["country"])
    out["admin1"] = rows["admin1"]
    out["location"] = rows["place_name"].fillna(rows["location_text"])
    out["latitude"] = rows["lat"]
    out["longitude"] = rows["lon"]
    out["geo_precision"] = rows["geo_precision"].map(GEO_PRECISION).astype("Int64")
    split = rows["notes"].astype("string").str.extract(SOURCES_SUFFIX)
    out["source"] = split["source"].fillna(rows["source_name"])
    out["notes"] = rows["quote"].fillna(split["notes"]).fillna(rows["notes"])
    out["fatalities"] = rows["killed_best"].fillna(rows["killed_low"]).astype("Int64")
    out["tags"] = rows["tags"].map(_tag_list)
    out["timestamp"] = ((rows["ingested_at"] - pd.Timestamp(0, tz="UTC"))
                        // pd.Timedelta(seconds=1)).astype("Int64")
    return out


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO2 → English name (ACLED writes names), from the geocoder's country table."""
    from geoapp.geocode import countries  # loaded only for ACLED exports

    table = countries()
    return dict(zip(table["country"], table["name"], strict=True))


def _tag_list(value: str) -> str | None:
    tags = json.loads(value or "[]")
    return "; ".join(tags) if tags else None
