"""geoapp's own record layout: JSON Lines, GeoJSON, Parquet and hand-made CSVs.

geoapp's exports come back through here without loss. Columns are matched to
model fields by name (any case), by a few common aliases ("date", "latitude",
"fatalities"…), or by an explicit mapping (``--map date_start=Datum``); an
explicit mapping beats an exact name, which beats an alias.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from geoapp.errors import ReadError
from geoapp.frames import DATE_FIELDS, FIGURE_FIELDS, JSON_FIELDS
from geoapp.ingest.dates import DateRule, coarser, parse_dates, span_end
from geoapp.ingest.raw import Columns, Schema, apply_geometry, column, normalised
from geoapp.ingest.values import Checker
from geoapp.model import FIELD_NAMES

#: Column names that commonly mean a model field in hand-made spreadsheets.
ALIASES = {
    "id": "event_id", "date": "date_start", "event_date": "date_start", "start_date": "date_start",
    "end_date": "date_end", "type": "event_type", "latitude": "lat", "longitude": "lon",
    "lng": "lon", "location": "location_text", "place": "location_text", "source": "source_name",
    "url": "source_url", "region": "admin1", "fatalities": "killed", "deaths": "killed",
    "dead": "killed", "injured": "wounded", "comment": "notes", "comments": "notes",
    "description": "notes",
}
#: Columns that give one exact figure, as a hand-made sheet does ("killed: 4" is 4, not at
#: least 4): each fills the fields it stands for that the row does not give itself.
EXACT_FIGURES = {"killed": ("killed_low", "killed_high", "killed_best"),
                 "wounded": ("wounded_low", "wounded_high")}
#: Set by the store, never read from a file.
PROVENANCE_FIELDS = ("batch_id", "ingested_at")
#: Text fields whose values come from a fixed vocabulary (matched in lower case).
VOCABULARY_FIELDS = ("event_type", "date_precision", "geo_precision", "status", "source_kind",
                     "modality")
_READ_FIELDS = tuple(f for f in FIELD_NAMES if f not in PROVENANCE_FIELDS)
_TEXT_FIELDS = tuple(f for f in _READ_FIELDS
                     if f not in DATE_FIELDS + JSON_FIELDS + FIGURE_FIELDS + ("lon", "lat"))


def model_columns(mapping: dict[str, str]) -> Columns:
    """Keys → model fields: the explicit mapping, then exact names, then aliases."""
    unknown = sorted(set(mapping) - set(_READ_FIELDS) - set(EXACT_FIGURES))
    if unknown:
        raise ReadError(f"unknown model field(s) in mapping: {unknown}")
    by_key = {key: field for field, key in mapping.items()}

    def lookup(key: str) -> tuple[str, int] | None:
        if key in by_key:
            return by_key[key], 0
        if key in mapping:  # a field mapped to another key: ignore its own column
            return None
        name = normalised(key)
        if (name in _READ_FIELDS or name in EXACT_FIGURES) and name not in mapping:
            return name, 1 if name == key else 2
        alias = ALIASES.get(name)
        if alias and alias not in mapping:
            return alias, 3
        return None

    return Columns(lookup)


def parse_model(cells: pd.DataFrame, check: Checker, rules: dict[str, DateRule]) -> pd.DataFrame:
    """Model columns from a chunk: every value checked, dates with their precision."""
    frame = pd.DataFrame(index=cells.index)
    for name in _TEXT_FIELDS:
        if name in cells:
            frame[name] = check.text(cells[name], name)
    if "_feature_id" in cells:
        ids = check.text(cells["_feature_id"], "id")
        frame["event_id"] = frame["event_id"].fillna(ids) if "event_id" in frame else ids
    for name in VOCABULARY_FIELDS:
        if name in frame:
            frame[name] = _lower(frame[name])
    written = None
    for name in DATE_FIELDS:
        if name in cells:
            frame[name], precision = parse_dates(check, cells[name], name, rules[name],
                                                 end=name == "date_end")
            written = precision if name == "date_start" else written
    for name, bound in (("lon", 180), ("lat", 90)):
        if name in cells:
            frame[name] = check.number(cells[name], name, -bound, bound)
    for name in FIGURE_FIELDS:
        if name in cells:
            frame[name] = check.figure(cells[name], name)
    for name, fields in EXACT_FIGURES.items():
        if name in cells:
            value = check.figure(cells[name], name)
            for field in fields:
                frame[field] = frame[field].fillna(value) if field in frame else value
    for name in ("tags", "flags"):
        if name in cells:
            frame[name] = check.text_list(cells[name], name)
    if "related_places" in cells:
        frame["related_places"] = check.places(cells["related_places"], "related_places")
    apply_geometry(frame, cells)
    return _with_defaults(frame, written)


def _lower(values: pd.Series) -> pd.Series:
    """Text in lower case, once per distinct value (vocabularies repeat a few words)."""
    codes, uniques = pd.factorize(values)
    lookup = np.array([u.lower() for u in uniques] + [None], dtype=object)
    return pd.Series(lookup[codes], index=values.index, dtype=object)


def _with_defaults(frame: pd.DataFrame, written: pd.Series | None) -> pd.DataFrame:
    """What a hand-made record may leave out: the precision its date was written
    with (else day), the end of that span, reported status."""
    if "date_start" not in frame:
        frame["date_start"] = pd.Series(pd.NaT, index=frame.index, dtype="datetime64[s]")
    stated = column(frame, "date_precision")
    frame["date_precision"] = (coarser(stated, written) if written is not None else stated
                               ).fillna("day")
    end = span_end(frame["date_start"], frame["date_precision"])
    frame["date_end"] = frame["date_end"].fillna(end) if "date_end" in frame else end
    frame["status"] = column(frame, "status").fillna("reported")
    if "geo_precision" not in frame:
        frame["geo_precision"] = None
    return frame


MODEL = Schema("model", frozenset(), model_columns, DATE_FIELDS, parse_model)
