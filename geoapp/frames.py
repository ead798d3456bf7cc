"""Event frames: the columnar form of :class:`~geoapp.model.Event` used for bulk work.

Readers produce frames, ingest validates and stores them, the query layer loads
them. A frame has one column per model field: dates as ``datetime64[s]``,
figures as nullable ``Int64``, coordinates as ``float64``, and the list-valued
fields (``related_places``, ``tags``, ``flags``) as JSON text so frames stay
flat and Parquet-friendly. Validation is vectorised: a bad row becomes a reject
with its line number and reason, never an exception.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable

import numpy as np
import pandas as pd

from geoapp.model import (
    DATE_PRECISIONS,
    EVENT_TYPES,
    FIELD_NAMES,
    FIGURE_FIELDS,
    GEO_PRECISIONS,
    MODALITIES,
    SOURCE_KINDS,
    STATUSES,
    Event,
)

DATE_FIELDS = ("date_start", "date_end", "reported_date")
JSON_FIELDS = ("related_places", "tags", "flags")
FLOAT_FIELDS = ("lon", "lat")
TIMESTAMP_FIELDS = ("ingested_at",)
TEXT_FIELDS = tuple(
    f
    for f in FIELD_NAMES
    if f not in DATE_FIELDS + JSON_FIELDS + FLOAT_FIELDS + FIGURE_FIELDS + TIMESTAMP_FIELDS
)
#: Fields added to the model after stores already held hashes: they join a row's hash
#: only when set, so every hash stored before them stays valid.
LATER_CONTENT_FIELDS = ("publisher", "modality")
#: Fields that define what a source said; provenance is left out so a re-ingest matches.
CONTENT_FIELDS = tuple(
    f for f in FIELD_NAMES
    if f not in ("origin", "batch_id", "ingested_at", "flags", *LATER_CONTENT_FIELDS)
)
REJECT_COLUMNS = ("line", "reason", "raw")


def conform(frame: pd.DataFrame) -> pd.DataFrame:
    """Add missing model columns and coerce each to its frame dtype (in a copy)."""
    out = pd.DataFrame(index=frame.index)
    n = len(frame)
    for name in FIELD_NAMES:
        col = frame[name] if name in frame else pd.Series([None] * n, index=frame.index)
        if name in DATE_FIELDS:
            col = pd.to_datetime(col, errors="coerce").astype("datetime64[s]")
        elif name in TIMESTAMP_FIELDS:
            col = pd.to_datetime(col, errors="coerce", utc=True)
        elif name in FIGURE_FIELDS:
            col = pd.to_numeric(col, errors="coerce").astype("Int64")
        elif name in FLOAT_FIELDS:
            col = pd.to_numeric(col, errors="coerce").astype("float64")
        elif name in JSON_FIELDS:
            col = _json_lists(col)
        else:
            col = col.astype(object).where(col.notna(), None)
        out[name] = col
    return out


def _json_lists(col: pd.Series) -> pd.Series:
    """``_as_json_list`` per distinct value when all are text (the usual case: a few
    distinct lists repeated a million times); lists themselves are not hashable."""
    if pd.api.types.infer_dtype(col, skipna=True) not in ("string", "empty"):
        return col.map(_as_json_list)
    codes, uniques = pd.factorize(col)
    lookup = np.array([_as_json_list(u) for u in uniques] + ["[]"], dtype=object)
    return pd.Series(lookup[codes], index=col.index, dtype=object)


def _as_json_list(value: object) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return "[]"
    if isinstance(value, str):
        return value if value.startswith("[") else json.dumps([value], ensure_ascii=False)
    return json.dumps(list(value), ensure_ascii=False, default=str)


def events_to_frame(events: Iterable[Event]) -> pd.DataFrame:
    """Frame from model objects (for small batches: extraction, curated files, tests)."""
    records = [e.to_record() for e in events]
    frame = pd.DataFrame.from_records(records, columns=list(FIELD_NAMES))
    return conform(frame)


def frame_to_events(frame: pd.DataFrame) -> list[Event]:
    """Model objects from a frame (validated: raises ModelError on a bad row)."""
    return [Event.from_record(rec) for rec in frame_to_records(frame)]


def frame_to_records(frame: pd.DataFrame) -> list[dict]:
    """JSON-friendly dicts in model shape: ISO dates, lists decoded, missing as None."""
    out = frame.loc[:, list(FIELD_NAMES)].astype(object)
    for name in DATE_FIELDS:
        out[name] = frame[name].dt.strftime("%Y-%m-%d").astype(object)
    out["ingested_at"] = frame["ingested_at"].map(
        lambda v: v.isoformat() if pd.notna(v) else None
    )
    out = out.where(frame.notna(), None)
    records = out.to_dict("records")
    for rec in records:
        for name in JSON_FIELDS:
            rec[name] = json.loads(rec[name] or "[]")
        for name in FIGURE_FIELDS:
            if rec[name] is not None:
                rec[name] = int(rec[name])
    return records


def validate(frame: pd.DataFrame, lines: pd.Series) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split a conformed frame into valid rows and rejects (line, reason, raw).

    Every rule of :mod:`geoapp.model` is checked column-wise; a row failing
    several rules is reported with the first reason found.
    """
    reason = pd.Series([None] * len(frame), index=frame.index, dtype=object)

    def flag(mask: pd.Series | np.ndarray, message: str, column: str | None = None,
             fmt: Callable[[str], str] = repr, after: str = "") -> None:
        """Give unflagged rows in ``mask`` a reason: ``message`` + their ``column`` value +
        ``after``; the value is formatted for those rows only (most batches have none)."""
        mask = pd.Series(mask, index=frame.index).fillna(False).astype(bool) & reason.isna()
        if not mask.any():
            return
        if column is None:
            reason[mask] = message
        else:
            reason[mask] = message + frame.loc[mask, column].astype(str).map(fmt) + after

    flag(frame["event_id"].isna() | (frame["event_id"].astype(str) == ""), "missing event id")
    flag(frame["date_start"].isna(), "missing or unreadable start date")
    flag(frame["date_end"].isna(), "missing or unreadable end date")
    flag(frame["date_end"] < frame["date_start"], "end date is before start date")
    for name, allowed in (
        ("event_type", EVENT_TYPES),
        ("date_precision", DATE_PRECISIONS),
        ("geo_precision", GEO_PRECISIONS),
        ("status", STATUSES),
    ):
        flag(~frame[name].isin(allowed), f"unknown {name} ", name,
             after=f"; use one of {list(allowed)}")
    kind = frame["source_kind"]
    flag(kind.notna() & ~kind.isin(SOURCE_KINDS), "unknown source_kind ", "source_kind")
    modality = frame["modality"]
    flag(modality.notna() & ~modality.isin(MODALITIES), "unknown modality ", "modality",
         after=f"; use one of {list(MODALITIES)}")
    flag(frame["lat"].abs() > 90, "latitude ", "lat", str, " out of range")
    flag(frame["lon"].abs() > 180, "longitude ", "lon", str, " out of range")
    flag(frame["lat"].isna() != frame["lon"].isna(), "only one of longitude/latitude given")
    for name in FIGURE_FIELDS:
        flag(frame[name] < 0, f"{name} is negative")
    for low, high in (("killed_low", "killed_high"), ("wounded_low", "wounded_high"),
                      ("casualties_low", "casualties_high"), ("count_low", "count_high")):
        flag(frame[high] < frame[low], f"{high} is below {low}")
    bad = reason.notna()
    rejects = pd.DataFrame({
        "line": lines[bad].to_numpy(),
        "reason": reason[bad].to_numpy(),
        "raw": frame.loc[bad, "event_id"].astype(object).to_numpy(),
    })
    return frame.loc[~bad], rejects


def content_hashes(frame: pd.DataFrame) -> pd.Series:
    """One hash per row over the content fields, stable across runs and machines."""
    base = _row_texts(frame, CONTENT_FIELDS)
    later = _row_texts(frame, LATER_CONTENT_FIELDS)
    empty = "\x1f" * (len(LATER_CONTENT_FIELDS) - 1)
    texts = [b if extra == empty else f"{b}\x1f{extra}" for b, extra in zip(base, later, strict=True)]
    return pd.Series(_hex_digests(texts, 32), index=frame.index, dtype=object)


def content_ids(frame: pd.DataFrame) -> pd.Series:
    """Ids for rows whose source has none: hash of source, dates, place, type and quote."""
    cols = ("source_name", "date_start", "date_end", "location_text", "event_type", "quote")
    digests = _hex_digests(_row_texts(frame, cols), 20)
    return pd.Series(["h:" + h for h in digests], index=frame.index, dtype=object)


def _row_texts(frame: pd.DataFrame, columns: Iterable[str]) -> list[str]:
    """Each row's field texts joined by U+001F.

    Fields are formatted once per distinct value and rows joined in plain
    Python: pandas' ``str.cat`` over 40 columns took most of ingest's time.
    """
    parts = [_text_values(frame[name]) for name in columns]
    return ["\x1f".join(row) for row in zip(*parts, strict=True)]


def _hex_digests(texts: list[str], length: int) -> list[str]:
    """sha256 of each text as hex cut to ``length``."""
    sha = hashlib.sha256
    return [sha(text.encode()).hexdigest()[:length] for text in texts]


def _text_values(col: pd.Series) -> list[str]:
    """A column as text (dates ISO, floats rounded to 6 places), missing as ""."""
    codes, uniques = pd.factorize(col)
    values = pd.Series(uniques)
    if pd.api.types.is_datetime64_any_dtype(values):
        text = values.dt.strftime("%Y-%m-%d")
    elif pd.api.types.is_float_dtype(values):
        text = values.round(6).astype(str)
    else:
        text = values.astype(str)
    lookup = np.append(text.to_numpy(dtype=object), "")  # code -1 (missing) → ""
    return lookup[codes].tolist()


def empty_rejects() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in REJECT_COLUMNS})
