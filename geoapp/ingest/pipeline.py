"""Ingest: read a file in chunks, check every value, geolocate and validate into a batch.

The result is a :class:`FileBatch` whose chunks are a generator: the store that
writes it pulls one chunk (~100,000 rows) at a time inside its transaction, so
a file of any size streams through in bounded memory and still lands whole or
not at all. Before the first chunk, one pass over the bytes gives the file's
hash and encoding, and, for files of more than one chunk, one pass over the
date columns decides how each is read (day-first or month-first), so every
chunk reads dates the same way.

A file that cannot be read at all raises :class:`~geoapp.errors.ReadError`
(possibly while the store writes it: the transaction is then rolled back).
Otherwise every row becomes an event or a reject with its line number and a
reason naming the field, and ``read == added + updated + duplicates + rejected``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from geoapp.errors import ReadError
from geoapp.frames import conform, content_ids, empty_rejects, validate
from geoapp.geocode import Geocoder
from geoapp.ingest import jsonfile, parquet, table
from geoapp.ingest.acled import ACLED
from geoapp.ingest.dates import DateOrder, DateRule, Evidence, decide_rules
from geoapp.ingest.detect import detect_format, json_container
from geoapp.ingest.geolocate import geolocate
from geoapp.ingest.raw import Columns, RawChunk, Schema
from geoapp.ingest.records import MODEL, PROVENANCE_FIELDS
from geoapp.ingest.report import IngestReport
from geoapp.ingest.source import scan_file
from geoapp.ingest.ucdp import UCDP
from geoapp.ingest.values import Checker
from geoapp.store.base import Batch, Chunk

FORMATS = ("auto", "acled", "ucdp", "geojson", "json", "jsonl", "csv", "parquet")
DATE_ORDERS = ("dayfirst", "monthfirst")
#: Rows per chunk: big enough for vectorised work, small enough to bound memory.
CHUNK_ROWS = 100_000
#: Publisher layouts recognised by their columns; anything else is read as geoapp's model.
PUBLISHERS = (ACLED, UCDP)
#: A reason longer than this is cut (a reason quotes the bad value).
REASON_LIMIT = 300

Progress = Callable[[float], None]


def _no_progress(done: float) -> None:
    """Default progress callback: say nothing."""


@dataclass
class FileBatch(Batch):
    """A batch read from a file, with what the user should be told about it.

    ``report`` fills while the store consumes the chunks: notes on choices made
    (how an ambiguous date column was read) and the rejected rows by reason.
    """

    report: IngestReport = field(default_factory=IngestReport)


@dataclass
class _Plan:
    """How one file is read: its schema, the columns it reads and its chunks."""

    path: Path
    schema: Schema
    columns: Columns
    chunks: Callable[[Columns], Iterator[RawChunk]]
    decimal_comma: bool = False
    #: Named columns of a hand-made file that no field reads (said once, in the summary).
    unread: tuple[str, ...] = ()


def read_file(
    path: str | Path,
    *,
    fmt: str = "auto",
    mapping: dict[str, str] | None = None,
    date_order: DateOrder | None = None,
    progress: Progress = _no_progress,
    chunk_rows: int = CHUNK_ROWS,
    geocoder: Geocoder | None = None,
) -> FileBatch:
    """Read one file into a batch of valid events and rejects, ready for a store.

    Parameters
    ----------
    fmt : one of :data:`FORMATS`; ``auto`` detects it from the name and content.
    mapping : model field → source column, for files in geoapp's layout.
    date_order : read every ambiguous ``01/02/2024`` day-first or month-first
        instead of deciding from the file.
    progress : called with the fraction of the file read so far.
    geocoder : places rows that have only a name (default: the bundled gazetteer,
        without the store's place lists).

    Example
    -------
    >>> batch = read_file("ucdp_ged_ukraine_sample.csv")
    >>> open_store("var/geoapp.db").write_batch(batch).added  # doctest: +SKIP
    3883
    """
    path = Path(path)
    if fmt not in FORMATS:
        raise ReadError(f"unknown format {fmt!r}; use one of {list(FORMATS)}")
    if date_order not in (None, *DATE_ORDERS):
        raise ReadError(f"unknown date order {date_order!r}; use one of {list(DATE_ORDERS)}")
    if not path.is_file():
        raise ReadError(f"{path}: no such file")
    source = scan_file(path)
    if not source.head.strip():
        raise ReadError(f"{path}: file is empty")
    fmt = detect_format(path, source.head) if fmt == "auto" else fmt
    plan = _plan(source, fmt, mapping or {}, chunk_rows)
    label = plan.schema.name if plan.schema in PUBLISHERS else fmt
    batch = FileBatch(str(path), label, [], source.sha256)
    if plan.unread:
        batch.report.notes.append(
            f"columns not read: {', '.join(repr(n) for n in plan.unread)} (none names a "
            f"field; map one with --map FIELD=COLUMN)")
    batch.chunks = _stream(batch, plan, date_order, progress, geocoder)
    return batch


def _plan(source, fmt: str, mapping: dict[str, str], chunk_rows: int) -> _Plan:
    path = source.path
    forced = {"acled": ACLED, "ucdp": UCDP, "csv": MODEL}.get(fmt)
    if fmt == "parquet":
        names = parquet.parquet_names(path)
        schema = _schema_for(names)
        columns = schema.columns(mapping)
        return _Plan(path, schema, columns,
                     lambda cols: parquet.parquet_chunks(path, cols, chunk_rows),
                     unread=_unread(schema, columns, names))
    if fmt == "csv" or (fmt in ("acled", "ucdp") and not _looks_json(source.head)):
        header = table.read_header(source)
        columns = forced.columns(mapping)
        if forced is MODEL and "date_start" not in columns.header(header.names).values():
            raise ReadError(f"{path}: no date column found (map one with --map "
                            f"date_start=COLUMN); columns are {header.names}")
        return _Plan(path, forced, columns,
                     lambda cols: table.csv_chunks(source, header, cols, chunk_rows),
                     header.decimal_comma, _unread(forced, columns, header.names))
    lines = fmt == "jsonl" or (fmt not in ("geojson", "json")
                               and json_container(path, source.head) == "jsonl")
    items = jsonfile.jsonl_items if lines else jsonfile.document_items
    keys = jsonfile.first_record_keys(path, items)  # a broken start fails here, before writing
    schema = forced or _schema_for(keys)
    columns = schema.columns(mapping)
    return _Plan(path, schema, columns,
                 lambda cols: jsonfile.record_chunks(path, items, cols, chunk_rows),
                 unread=_unread(schema, columns, keys))


#: Columns of geoapp's own exports that are left out on purpose when they come back.
_NOT_READ = frozenset({*PROVENANCE_FIELDS, "geometry"})


def _unread(schema: Schema, columns: Columns, names: list[str]) -> tuple[str, ...]:
    """The named columns of a file in geoapp's own layout that no field reads, beside the
    store's own provenance and the geometry (a publisher's export carries many on purpose)."""
    if schema is not MODEL:
        return ()
    return tuple(n for n in names if n and n not in _NOT_READ and columns.name(n) is None)


def _looks_json(head: bytes) -> bool:
    return head.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] in (b"{", b"[", b"\x1e")


def _schema_for(keys: list[str]) -> Schema:
    return next((s for s in PUBLISHERS if s.matches(keys)), MODEL)


def _stream(batch: FileBatch, plan: _Plan, date_order: DateOrder | None,
            progress: Progress, geocoder: Geocoder | None) -> Iterator[Chunk]:
    """The file's chunks, prepared; the date rules are fixed before the first one."""
    chunks = plan.chunks(plan.columns)
    head = list(itertools.islice(chunks, 2))
    if not head:
        return
    evidence = {name: Evidence() for name in plan.schema.date_columns}
    sample = head if len(head) == 1 else plan.chunks(_only(plan.columns, evidence))
    for raw in sample:
        for name, ev in evidence.items():
            if name in raw.cells:
                ev.add(raw.cells[name])
    rules, notes = decide_rules(evidence, plan.columns.labels, date_order)
    batch.report.notes.extend(notes)
    origin = plan.path.name
    for raw in itertools.chain(head, chunks):
        chunk = _prepare(raw, plan, rules, origin, geocoder)
        batch.report.add_rejects(chunk.rejects)
        progress(raw.done)
        yield chunk


def _only(columns: Columns, wanted: dict) -> Columns:
    """The same naming, restricted to the columns in ``wanted`` (the date scan)."""
    def lookup(key: str) -> tuple[str, int] | None:
        found = columns.name(key)
        return found if found and found[0] in wanted else None

    return Columns(lookup)


def _prepare(raw: RawChunk, plan: _Plan, rules: dict[str, DateRule], origin: str,
             geocoder: Geocoder | None) -> Chunk:
    check = Checker(raw.cells.index, plan.columns.labels, decimal_comma=plan.decimal_comma)
    frame = plan.schema.parse(raw.cells, check, rules)
    events, rejects = finish(frame, raw.lines, check.reasons, origin, geocoder)
    rejects = pd.concat([raw.rejects, rejects], ignore_index=True) if len(raw.rejects) else rejects
    return Chunk(events, rejects.sort_values("line", kind="stable").reset_index(drop=True),
                 raw.read)


def finish(frame: pd.DataFrame, lines: np.ndarray, reasons: pd.Series, origin: str,
           geocoder: Geocoder | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Checked rows → (valid events, rejects): provenance, ids, places, model rules."""
    bad = reasons.notna().to_numpy()
    rejects = pd.DataFrame({"line": lines[bad], "reason": reasons.to_numpy()[bad], "raw": None})
    frame = conform(frame.loc[~bad] if bad.any() else frame)
    lines = pd.Series(lines[~bad], index=frame.index)
    no_origin = frame["origin"].isna()
    if no_origin.any():
        frame.loc[no_origin, "origin"] = [f"{origin}:{n}" for n in lines[no_origin]]
    missing_id = frame["event_id"].isna()
    if missing_id.any():
        frame.loc[missing_id, "event_id"] = content_ids(frame.loc[missing_id])
    frame = geolocate(frame, geocoder)
    good, invalid = validate(frame, lines)
    invalid["raw"] = None
    rejects = pd.concat([rejects, invalid], ignore_index=True) if len(invalid) else rejects
    rejects["reason"] = rejects["reason"].astype(str).map(_cut)
    return good, rejects


def _cut(reason: str) -> str:
    return reason if len(reason) <= REASON_LIMIT else reason[:REASON_LIMIT - 1] + "…"


def frame_batch(frame: pd.DataFrame, *, source: str, geocoder: Geocoder | None = None) -> Batch:
    """A batch from events already in model columns (extraction results, Python callers).

    The frame's values get the same checks as a file's; a row's "line" is its
    position (1-based).
    """
    cells = frame.reset_index(drop=True)
    lines = np.arange(1, len(cells) + 1, dtype=np.int64)
    evidence = {name: Evidence() for name in MODEL.date_columns}
    for name, ev in evidence.items():
        if name in cells:
            ev.add(cells[name])
    rules, _ = decide_rules(evidence, {})
    check = Checker(cells.index)
    parsed = MODEL.parse(cells, check, rules)
    events, rejects = finish(parsed, lines, check.reasons, source, geocoder)
    return Batch(source, "frame", [Chunk(events, rejects if len(rejects) else empty_rejects(),
                                         len(cells))])


__all__ = ["DATE_ORDERS", "FORMATS", "FileBatch", "detect_format", "frame_batch", "read_file"]
