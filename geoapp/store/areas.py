"""Areas over time in the store: validity intervals per area, merged, with history.

Backend-neutral: plain SQLAlchemy Core on the ``areas`` and ``area_history``
tables (geometry as WKB), so every backend writes and reads areas with these
functions inside its own transactions.

A batch states one area layer's state over its span of days. Writing it:

- replaces what the layer held over that span (earlier and later intervals are
  kept, cut at the span's edges); an interval that was still valid (open end) and
  began before the span's end is superseded from the span on;
- merges touching intervals of one area with the same geometry into one, so 365
  daily snapshots of an unchanged area are one interval, and a day's snapshot that
  repeats yesterday's changes nothing;
- closes an open-ended interval (``valid_to`` NULL, "still valid") where the next
  known interval of the same area begins;
- moves every replaced interval to ``area_history``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

import pandas as pd
from sqlalchemy import Connection, delete, func, insert, select

from geoapp.frames import empty_rejects
from geoapp.store import migrations, schema
from geoapp.store.base import BatchSummary

_EPOCH = dt.date(1970, 1, 1)


@dataclass
class AreaBatch:
    """One ingest of one area layer.

    ``intervals`` has one row per area and validity interval: ``area_key``,
    ``name``, ``valid_from`` and ``valid_to`` (dates, inclusive; None = still
    valid), ``geometry`` (WKB, lon/lat), ``geometry_hash``, ``flags`` (JSON list)
    and ``properties`` (JSON object). ``span`` is the first and last day the batch
    states the layer's state for.
    """

    layer: str
    source: str
    format: str
    intervals: pd.DataFrame
    span: tuple[dt.date, dt.date]
    source_name: str | None = None
    rejects: pd.DataFrame = field(default_factory=empty_rejects)
    read: int = 0
    sha256: str | None = None


@dataclass
class AreaSummary(BatchSummary):
    """What one area ingest did, counted in intervals like an event batch counts events:
    ``added``, ``updated`` (replaced, now in the history), ``duplicates`` (unchanged)."""

    layer: str = ""
    intervals: int = 0  # the layer's intervals after the write


@dataclass
class _Piece:
    key: str
    start: int  # days since 1970
    end: int | None  # inclusive; None = still valid
    hash: str
    row: dict  # the stored or incoming row it comes from
    incoming: bool


def _day(value: dt.date) -> int:
    return (value - _EPOCH).days


def _date(day: int | None) -> dt.date | None:
    return None if day is None else _EPOCH + dt.timedelta(days=day)


def merge_intervals(existing: list[dict], incoming: list[dict],
                    span: tuple[dt.date, dt.date]) -> list[dict]:
    """The layer's intervals after a batch (see the module docstring); rows as dicts with
    ``area_key``, ``valid_from``, ``valid_to``, ``geometry_hash`` and the rest.

    A merged interval that took part of an incoming row carries the incoming row's
    other columns (batch, source, name); otherwise the stored row's.
    """
    lo, hi = _day(span[0]), _day(span[1])
    pieces: dict[str, list[_Piece]] = {}
    for row in existing:
        start, end = _day(row["valid_from"]), None if row["valid_to"] is None else _day(row["valid_to"])
        kept = []
        if start < lo:
            kept.append((start, lo - 1 if end is None else min(end, lo - 1)))
        if end is not None and end > hi:
            kept.append((max(start, hi + 1), end))
        elif end is None and start > hi:  # an open end is "until told otherwise": the batch
            kept.append((start, None))    # tells otherwise from its first day, not after it
        for a, b in kept:
            pieces.setdefault(row["area_key"], []).append(
                _Piece(row["area_key"], a, b, row["geometry_hash"], row, False))
    for row in incoming:
        end = None if row["valid_to"] is None else _day(row["valid_to"])
        pieces.setdefault(row["area_key"], []).append(
            _Piece(row["area_key"], _day(row["valid_from"]), end, row["geometry_hash"], row, True))
    merged: list[_Piece] = []
    for key in sorted(pieces):
        ordered = sorted(pieces[key], key=lambda p: p.start)
        for before, after in zip(ordered, ordered[1:], strict=False):
            if before.end is None or before.end >= after.start:
                before.end = after.start - 1
        run: list[_Piece] = []
        for piece in ordered:
            last = run[-1] if run else None
            if last is not None and last.hash == piece.hash and last.end is not None \
                    and last.end + 1 == piece.start:
                run[-1] = dataclasses.replace(
                    last, end=piece.end,
                    row=piece.row if piece.incoming and not last.incoming else last.row,
                    incoming=last.incoming or piece.incoming)
            else:
                run.append(piece)
        merged += run
    return [{**p.row, "valid_from": _date(p.start), "valid_to": _date(p.end)} for p in merged]


def _identity(row: dict) -> tuple:
    return row["area_key"], row["valid_from"], row["valid_to"], row["geometry_hash"]


def write_areas(conn: Connection, batch: AreaBatch, batch_id: str,
                now: dt.datetime) -> AreaSummary:
    """Write ``batch`` in the caller's transaction: intervals, history, batch row, rejects."""
    summary = AreaSummary(batch_id, batch.source, f"areas:{batch.format}", read=batch.read,
                          rejected=len(batch.rejects), layer=batch.layer)
    table = schema.areas
    stored = [dict(r) for r in conn.execute(
        select(table).where(table.c.layer == batch.layer)).mappings()]
    incoming = [{**row, "layer": batch.layer, "source_name": batch.source_name,
                 "batch_id": batch_id, "ingested_at": now}
                for row in batch.intervals.to_dict("records")]
    for row in incoming:
        row["valid_to"] = None if pd.isna(row["valid_to"]) else row["valid_to"]
    result = merge_intervals(stored, incoming, batch.span)
    before = {_identity(r): r for r in stored}
    after = {_identity(r) for r in result}
    gone = [r for key, r in before.items() if key not in after]
    new = [r for r in result if _identity(r) not in before]
    summary.updated, summary.added = len(gone), len(new)
    summary.duplicates = len(result) - len(new)
    summary.intervals = len(result)
    if gone:
        conn.execute(insert(schema.area_history), [
            {**{c: r[c] for c in schema.AREA_COLUMNS}, "area_id": r["area_id"],
             "replaced_at": now, "replaced_by_batch": batch_id} for r in gone])
        conn.execute(delete(table).where(table.c.area_id.in_([r["area_id"] for r in gone])))
    if new:
        conn.execute(insert(table), [{c: r[c] for c in schema.AREA_COLUMNS} for r in new])
    conn.execute(insert(schema.batches).values(
        batch_id=batch_id, source=batch.source, sha256=batch.sha256,
        format=summary.format, started_at=now, finished_at=now, read=batch.read,
        added=summary.added, updated=summary.updated, duplicates=summary.duplicates,
        rejected=summary.rejected))
    if not batch.rejects.empty:
        conn.execute(insert(schema.rejects), [
            {"batch_id": batch_id, "source": batch.source,
             "line": None if pd.isna(r.line) else int(r.line), "reason": str(r.reason),
             "raw": None if pd.isna(r.raw) else str(r.raw)}
            for r in batch.rejects.itertuples(index=False)])
    if gone or new:
        version = int(migrations.get_meta(conn, "areas_version") or 0) + 1
        migrations.set_meta(conn, "areas_version", str(version))
    return summary


def read_areas(conn: Connection, layer: str | None = None) -> pd.DataFrame:
    """The stored intervals (every layer, or one), ordered by layer, area and start."""
    table = schema.areas
    query = select(table)
    if layer is not None:
        query = query.where(table.c.layer == layer)
    rows = conn.execute(query.order_by(table.c.layer, table.c.area_key,
                                       table.c.valid_from)).mappings().all()
    return pd.DataFrame(rows, columns=[c.name for c in table.columns])


def area_history(conn: Connection, layer: str, area_key: str | None = None) -> pd.DataFrame:
    """Intervals of ``layer`` (one area, or all) that later batches replaced."""
    table = schema.area_history
    query = select(table).where(table.c.layer == layer)
    if area_key is not None:
        query = query.where(table.c.area_key == area_key)
    rows = conn.execute(query.order_by(table.c.history_id)).mappings().all()
    return pd.DataFrame(rows, columns=[c.name for c in table.columns])


def area_layers(conn: Connection) -> pd.DataFrame:
    """Each stored area layer: areas, intervals, first and last day stated."""
    table = schema.areas
    rows = conn.execute(select(
        table.c.layer, func.count(func.distinct(table.c.area_key)).label("areas"),
        func.count().label("intervals"), func.min(table.c.valid_from).label("first"),
        func.max(table.c.valid_from).label("last_change"),
    ).group_by(table.c.layer).order_by(table.c.layer)).mappings().all()
    return pd.DataFrame(rows, columns=["layer", "areas", "intervals", "first", "last_change"])


def areas_version(conn: Connection) -> int:
    """Grows by one with every write that changes areas."""
    return int(migrations.get_meta(conn, "areas_version") or 0)
