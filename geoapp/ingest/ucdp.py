"""UCDP Georeferenced Event Dataset (GED) CSV → events.

Every GED event is organised violence with at least one death, so all map to
``attack`` with the UCDP violence type as ``sub_type``; deaths go to
``killed_low/killed_best/killed_high`` from ``low/best/high`` (where the source's
three figures are out of order, low/high become their minimum/maximum and the
row is flagged).

``date_prec`` 1 → day, 2–3 → week, 4 → month, 5 → year.
``where_prec`` 1 → exact, 2 → near (within 25 km), 3 → district (admin-2),
4–5 → region (admin-1 or a named larger area), 6–7 → country (or waters/airspace).
"""

from __future__ import annotations

import pandas as pd

from geoapp.ingest.dates import parse_dates
from geoapp.ingest.parsed import Parsed, number, text, unparsed_rejects
from geoapp.ingest.table import RawTable

SIGNATURE = {"type_of_violence", "where_prec", "date_prec", "best"}

VIOLENCE_TYPES = {1: "state-based conflict", 2: "non-state conflict", 3: "one-sided violence"}
DATE_PRECISION = {1: "day", 2: "week", 3: "week", 4: "month", 5: "year"}
GEO_PRECISION = {1: "exact", 2: "near", 3: "district", 4: "region", 5: "region",
                 6: "country", 7: "country"}


def read_ucdp(table: RawTable) -> Parsed:
    cells = table.cells
    frame = pd.DataFrame(index=cells.index)
    frame["event_id"] = "ucdp:" + text(cells, "id").astype("string")
    frame["event_type"] = "attack"
    frame["sub_type"] = number(cells, "type_of_violence").map(VIOLENCE_TYPES)
    frame["date_start"] = parse_dates(text(cells, "date_start"))
    frame["date_end"] = parse_dates(text(cells, "date_end"))
    frame["date_precision"] = number(cells, "date_prec").map(DATE_PRECISION).fillna("day")
    frame["location_text"] = text(cells, "where_description").fillna(text(cells, "where_coordinates"))
    frame["place_name"] = text(cells, "where_coordinates")
    frame["admin1"] = text(cells, "adm_1")
    frame["country"] = text(cells, "country")
    frame["lat"] = number(cells, "latitude")
    frame["lon"] = number(cells, "longitude")
    frame["geo_precision"] = number(cells, "where_prec").map(GEO_PRECISION).fillna("exact")
    frame["actor1"] = text(cells, "side_a")
    frame["actor2"] = text(cells, "side_b")
    figures = {name: number(cells, name) for name in ("best", "low", "high")}
    # A few GED rows have high < low or best outside [low, high]; the range is widened
    # to cover all three figures and the row says so, rather than being dropped.
    stacked = pd.concat(figures, axis=1)
    frame["killed_best"] = figures["best"]
    frame["killed_low"] = stacked.min(axis=1)
    frame["killed_high"] = stacked.max(axis=1)
    odd = (figures["low"] > figures["best"]) | (figures["best"] > figures["high"])
    frame["flags"] = [[]] * len(frame)
    frame.loc[odd, "flags"] = pd.Series(
        [["UCDP low/best/high out of order; range widened to cover all three"]] * int(odd.sum()),
        index=frame.index[odd], dtype=object)
    frame["figures_text"] = ("deaths: best " + text(cells, "best").fillna("?") + ", low "
                             + text(cells, "low").fillna("?") + ", high "
                             + text(cells, "high").fillna("?"))
    frame["source_name"] = "UCDP GED"
    frame["source_kind"] = "dataset"
    frame["quote"] = text(cells, "source_headline")
    frame["notes"] = text(cells, "source_original")
    frame["tags"] = text(cells, "conflict_name").map(lambda t: [t] if isinstance(t, str) else [])
    frame["status"] = "reported"
    rejects = unparsed_rejects(cells, table.lines, {
        "date_start": frame["date_start"], "date_end": frame["date_end"],
        "latitude": frame["lat"], "longitude": frame["lon"], **figures,
    })
    return Parsed(frame, table.lines, rejects)
