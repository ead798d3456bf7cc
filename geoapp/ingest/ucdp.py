"""UCDP Georeferenced Event Dataset (GED) → events: the CSV download and the API's JSON.

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

import json
from functools import partial

import pandas as pd

from geoapp.ingest.dates import DateRule, coarser, parse_dates
from geoapp.ingest.raw import Schema, apply_geometry, column, publisher_columns, read_point, read_text
from geoapp.ingest.values import Checker

SIGNATURE = frozenset({"type_of_violence", "where_prec", "date_prec", "best"})
COLUMNS = ("id", "type_of_violence", "date_start", "date_end", "date_prec", "where_description",
           "where_coordinates", "adm_1", "country", "latitude", "longitude", "where_prec",
           "side_a", "side_b", "best", "low", "high", "source_headline", "source_original",
           "conflict_name")

VIOLENCE_TYPES = {1: "state-based conflict", 2: "non-state conflict", 3: "one-sided violence"}
DATE_PRECISION = {1: "day", 2: "week", 3: "week", 4: "month", 5: "year"}
GEO_PRECISION = {1: "exact", 2: "near", 3: "district", 4: "region", 5: "region",
                 6: "country", 7: "country"}
OUT_OF_ORDER = "UCDP low/best/high out of order; range widened to cover all three"


def parse_ucdp(cells: pd.DataFrame, check: Checker, rules: dict[str, DateRule]) -> pd.DataFrame:
    frame = pd.DataFrame(index=cells.index)
    text = partial(read_text, cells, check)

    frame["event_id"] = text("id").map(lambda v: f"ucdp:{v}" if isinstance(v, str) else None)
    frame["event_type"] = "attack"
    frame["sub_type"] = check.code(column(cells, "type_of_violence"), "type_of_violence",
                                   VIOLENCE_TYPES)
    start, written = parse_dates(check, column(cells, "date_start"), "date_start",
                                 rules["date_start"])
    end, _ = parse_dates(check, column(cells, "date_end"), "date_end", rules["date_end"], end=True)
    frame["date_start"], frame["date_end"] = start, end.fillna(start)
    stated = check.code(column(cells, "date_prec"), "date_prec", DATE_PRECISION)
    frame["date_precision"] = coarser(stated, written).fillna("day")
    frame["location_text"] = text("where_description").fillna(text("where_coordinates"))
    frame["place_name"] = text("where_coordinates")
    frame["admin1"] = text("adm_1")
    frame["country"] = text("country")
    frame["lon"], frame["lat"] = read_point(cells, check)
    frame["geo_precision"] = check.code(column(cells, "where_prec"), "where_prec", GEO_PRECISION)
    frame["actor1"] = text("side_a")
    frame["actor2"] = text("side_b")
    figures = {name: check.figure(column(cells, name), name) for name in ("best", "low", "high")}
    # A few GED rows have high < low or best outside [low, high]; the range is widened
    # to cover all three figures and the row says so, rather than being dropped.
    stacked = pd.concat(figures, axis=1)
    frame["killed_best"] = figures["best"]
    frame["killed_low"] = stacked.min(axis=1).astype("Int64")
    frame["killed_high"] = stacked.max(axis=1).astype("Int64")
    odd = ((figures["low"] > figures["best"]) | (figures["best"] > figures["high"])).fillna(False)
    frame["flags"] = pd.Series("[]", index=frame.index, dtype=object).where(
        ~odd, json.dumps([OUT_OF_ORDER]))
    frame["figures_text"] = ("deaths: best " + _figure_text(figures["best"]) + ", low "
                             + _figure_text(figures["low"]) + ", high "
                             + _figure_text(figures["high"]))
    frame["source_name"] = "UCDP GED"
    frame["source_kind"] = "dataset"
    frame["quote"] = text("source_headline")
    frame["notes"] = text("source_original")
    frame["tags"] = text("conflict_name").map(
        lambda t: json.dumps([t], ensure_ascii=False) if isinstance(t, str) else "[]")
    frame["status"] = "reported"
    apply_geometry(frame, cells)
    return frame


def _figure_text(values: pd.Series) -> pd.Series:
    return values.astype(object).map(lambda v: "?" if pd.isna(v) else str(int(v)))


UCDP = Schema("ucdp", SIGNATURE, publisher_columns(COLUMNS), ("date_start", "date_end"), parse_ucdp)
