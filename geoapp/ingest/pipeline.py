"""Ingest: read a file, normalise it to the model, geolocate and validate it into a batch.

The result is a :class:`~geoapp.store.Batch` that the caller hands to a store,
which writes it in one transaction. A file that cannot be parsed at all raises
:class:`~geoapp.errors.ReadError` before anything is written. Otherwise every
bad row becomes a reject with its line number and reason, and the good rows
land together.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from geoapp.errors import ReadError
from geoapp.frames import conform, content_ids, validate
from geoapp.geocode import Geocoder
from geoapp.ingest import acled, ucdp
from geoapp.ingest.geolocate import geolocate
from geoapp.ingest.parsed import Parsed
from geoapp.ingest.records import read_geojson, read_jsonl, read_mapped_csv, read_parquet
from geoapp.ingest.table import read_bytes, read_table
from geoapp.store.base import Batch, Chunk

logger = logging.getLogger(__name__)

FORMATS = ("auto", "acled", "ucdp", "geojson", "jsonl", "csv", "parquet")


def detect_format(path: Path, head: bytes) -> str:
    """Guess the format from the extension and, for CSVs, the header's columns."""
    suffix = path.suffix.lower()
    if suffix in (".geojson", ".json") and b"FeatureCollection" in head:
        return "geojson"
    if suffix in (".jsonl", ".ndjson", ".geojsonl", ".geojsons"):
        return "jsonl"
    if suffix in (".parquet", ".geoparquet") or head.startswith(b"PAR1"):
        return "parquet"
    if head.lstrip()[:1] == b"{":
        return "geojson" if b"FeatureCollection" in head else "jsonl"
    first_line = head.split(b"\n", 1)[0].decode("utf-8", errors="replace").lower()
    columns = {c.strip().strip('"\ufeff') for c in first_line.replace(";", ",").split(",")}
    if columns >= acled.SIGNATURE:
        return "acled"
    if columns >= ucdp.SIGNATURE:
        return "ucdp"
    return "csv"


def parse_bytes(data: bytes, source: str, fmt: str, mapping: dict[str, str] | None = None) -> Parsed:
    """Turn a file's bytes into a :class:`Parsed` batch of the given format."""
    if fmt in ("acled", "ucdp", "csv"):
        table = read_table(data, source)
        if fmt == "acled":
            parsed = acled.read_acled(table)
        elif fmt == "ucdp":
            parsed = ucdp.read_ucdp(table)
        else:
            parsed = read_mapped_csv(table, mapping)
        parsed.rejects = pd.concat([table.rejects, parsed.rejects], ignore_index=True)
        parsed.read = len(table.cells) + len(table.rejects)
        return parsed
    readers: dict[str, Callable[[bytes, str], Parsed]] = {
        "geojson": read_geojson, "jsonl": read_jsonl, "parquet": read_parquet,
    }
    parsed = readers[fmt](data, source)
    parsed.read = len(parsed.frame) + len(parsed.rejects)
    return parsed


#: The stages of one ingest, in order, as reported to a ``progress`` callback.
STAGES = ("read", "normalise", "geolocate", "validate", "store")


def _no_progress(stage: str) -> None:
    """Default progress callback: say nothing."""


def prepare(parsed: Parsed, progress: Callable[[str], None] = _no_progress,
            geocoder: Geocoder | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Normalise, geolocate (with ``geocoder``, default the bundled gazetteer) and
    validate a parsed batch into (events, rejects)."""
    progress("normalise")
    rejected_lines = set(parsed.rejects["line"].dropna().astype(int))
    keep = ~parsed.lines.isin(rejected_lines).to_numpy()
    frame = parsed.frame.reset_index(drop=True).loc[keep]
    lines = parsed.lines.reset_index(drop=True).loc[keep]
    frame = conform(frame)
    missing_id = frame["event_id"].isna()
    if missing_id.any():
        frame.loc[missing_id, "event_id"] = content_ids(frame.loc[missing_id])
    progress("geolocate")
    frame = geolocate(frame, geocoder)
    progress("validate")
    good, bad = validate(frame, lines)
    bad["raw"] = bad["raw"].map(lambda v: json.dumps({"event_id": v}) if v is not None else None)
    rejects = pd.concat([parsed.rejects, bad], ignore_index=True).sort_values("line", kind="stable")
    return good, rejects.reset_index(drop=True)


def read_file(
    path: str | Path,
    *,
    fmt: str = "auto",
    mapping: dict[str, str] | None = None,
    progress: Callable[[str], None] = _no_progress,
    geocoder: Geocoder | None = None,
) -> Batch:
    """Read one file into a batch of valid events and rejects, ready for a store.

    ``progress`` is called with the name of each stage as it starts (:data:`STAGES`,
    the last one, "store", by whoever writes the batch). ``geocoder`` places rows that
    have only a name (default: the bundled gazetteer, without the store's place lists).

    Example
    -------
    >>> batch = read_file("ucdp_ged_ukraine_sample.csv")
    >>> open_store("var/geoapp.db").write_batch(batch).added  # doctest: +SKIP
    3883
    """
    path = Path(path)
    if fmt not in FORMATS:
        raise ReadError(f"unknown format {fmt!r}; use one of {list(FORMATS)}")
    data = read_bytes(path)
    fmt = detect_format(path, data[:4096]) if fmt == "auto" else fmt
    progress("read")
    parsed = parse_bytes(data, str(path), fmt, mapping)
    good, rejects = prepare(parsed, progress, geocoder)
    return Batch(str(path), fmt, [Chunk(good, rejects, parsed.read)],
                 hashlib.sha256(data).hexdigest())


def frame_batch(frame: pd.DataFrame, *, source: str, geocoder: Geocoder | None = None) -> Batch:
    """A batch from events already in model columns (extraction results, Python callers)."""
    lines = pd.Series(range(1, len(frame) + 1), dtype="int64")
    parsed = Parsed(frame.reset_index(drop=True), lines, read=len(frame))
    good, rejects = prepare(parsed, geocoder=geocoder)
    return Batch(source, "frame", [Chunk(good, rejects, len(frame))])
