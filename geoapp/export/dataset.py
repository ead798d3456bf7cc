"""A partitioned GeoParquet dataset: the filtered events for engines beyond one machine.

DuckDB, Apache Sedona (Spark and SedonaDB), GeoPandas/dask-geopandas and BigQuery
external tables all read a folder of Hive-style partitions
(:mod:`geoapp.query.partitions`). Each partition gets one file per export, written
so that readers skip what they do not need:

* rows sorted by the Hilbert index of their point (:mod:`.hilbert`), in row groups
  of :data:`ROW_GROUP_ROWS`, so each row group covers a compact area;
* a GeoParquet 1.1 ``bbox`` covering column whose Parquet statistics bound each
  row group, next to the WKB ``geometry`` and plain ``lon``/``lat``;
* typed columns: dates as ``date32``, figures as integers, ``related_places`` as a
  list of structs and ``tags``/``flags`` as lists of strings (not JSON text);
* the partition keys in the folder names only, as Hive readers expect.

The manifest ``_geoapp.json`` records the layout, counts per partition, the date
span and the credits owed, and one entry per export (its filter, count and
files). ``append=True`` adds new files next to the old ones, never rewriting
them; events already in the dataset (by id) are not written twice.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from geoapp import __version__
from geoapp.export import ExportError
from geoapp.export.hilbert import ORDER, hilbert_keys
from geoapp.export.meta import snapshot_meta
from geoapp.export.tables import GEOMETRY, bounds, event_table, geoparquet_metadata
from geoapp.model import RelatedPlace
from geoapp.query import EventFilter, EventView
from geoapp.query.partitions import (
    LAYOUT_VERSION,
    MANIFEST,
    DatasetError,
    parse_partitioning,
    partitions,
    read_manifest,
)
from geoapp.query.view import from_days

#: Rows per row group: large enough for good compression and few footers to read,
#: small enough that a bbox or date filter skips most of a big partition.
ROW_GROUP_ROWS = 100_000
COVERING = "bbox"
_RELATED_PLACE = pa.struct([
    ("role", pa.string()), ("name", pa.string()), ("adm1_code", pa.string()),
    ("country", pa.string()), ("lon", pa.float64()), ("lat", pa.float64()),
])
#: The list-valued model fields and their Arrow types in the dataset.
LIST_TYPES = {"related_places": pa.list_(_RELATED_PLACE), "tags": pa.list_(pa.string()),
              "flags": pa.list_(pa.string())}
_BBOX = pa.struct([(edge, pa.float64()) for edge in ("xmin", "ymin", "xmax", "ymax")])


def write_dataset(view: EventView, flt: EventFilter, path: str | Path, *,
                  partition: str | None = None, append: bool = False,
                  row_group_rows: int = ROW_GROUP_ROWS) -> int:
    """Write the events ``flt`` selects as a partitioned dataset in folder ``path``.

    Returns how many events were written. A new dataset appears whole or not at
    all (it is built in a hidden sibling folder and renamed); an append writes its
    files under temporary names and renames them, then the manifest, last.
    """
    folder = Path(path)
    manifest = _existing_manifest(folder, append)
    keys = parse_partitioning(partition)
    if manifest is not None:
        stored = tuple(manifest["partitioning"])
        if partition is not None and keys != stored:
            raise ExportError(f"{folder} is partitioned by {','.join(stored)}, not "
                              f"{','.join(keys)}; append with the dataset's own partitioning")
        keys = stored
    positions = view.select(flt)
    selected = len(positions)
    if manifest is not None:
        positions = _not_yet_in(folder, view, positions)
    export_id = uuid.uuid4().hex[:12]
    staging = folder if manifest is not None else _staging_folder(folder)
    written: dict[str, int] = {}
    try:
        for part in partitions(view, positions, keys):
            target = staging / part.path / f"part-{export_id}.parquet"
            target.parent.mkdir(parents=True, exist_ok=True)
            _write_file(view, part.positions, _partial(target), row_group_rows)
            written[part.path] = len(part.positions)
        for part_path in written:
            target = staging / part_path / f"part-{export_id}.parquet"
            _partial(target).replace(target)
    except BaseException:
        _discard(staging, export_id, new=manifest is None)
        raise
    entry = {**snapshot_meta(view, flt, positions), "export_id": export_id,
             "already_present": selected - len(positions),
             "files": [f"{p}/part-{export_id}.parquet" for p in written]}
    _write_manifest(staging, _updated(manifest, keys, entry, written, view, positions,
                                      row_group_rows))
    if manifest is None:
        _publish(staging, folder)
    return len(positions)


def dataset_table(view: EventView, positions: np.ndarray) -> pa.Table:
    """The rows as the dataset stores them: typed lists and the ``bbox`` covering column."""
    table = event_table(view, positions)
    for name, kind in LIST_TYPES.items():
        index = table.schema.get_field_index(name)
        table = table.set_column(index, name, _typed_lists(table[name].combine_chunks(), kind))
    lon = table["lon"].combine_chunks()
    lat = table["lat"].combine_chunks()
    located = pc.and_(pc.is_valid(lon), pc.is_valid(lat))
    covering = pa.StructArray.from_arrays([lon, lat, lon, lat], fields=list(_BBOX),
                                          mask=pc.invert(located))
    return table.append_column(COVERING, covering)


def _typed_lists(text: pa.Array, kind: pa.DataType) -> pa.Array:
    """JSON list text → a typed list column, parsing each distinct value once."""
    encoded = pc.dictionary_encode(text)
    codes, uniques = encoded.indices, encoded.dictionary.to_pylist()
    fields = [f.name for f in kind.value_type] if pa.types.is_struct(kind.value_type) else None
    parsed = []
    for value in uniques:
        items = json.loads(value or "[]")
        if fields is not None:
            items = [RelatedPlace.from_dict(item).to_dict() for item in items]
        parsed.append(items)
    return pa.array(parsed, kind).take(codes)


def _write_file(view: EventView, positions: np.ndarray, path: Path, row_group_rows: int) -> None:
    """One partition's rows in Hilbert order, streamed one row group at a time."""
    lon = view.frame["lon"].to_numpy()[positions].round(6)  # as the rows are written
    lat = view.frame["lat"].to_numpy()[positions].round(6)
    positions = positions[np.argsort(hilbert_keys(lon, lat), kind="stable")]
    geo = geoparquet_metadata(bounds(lon, lat), covering=COVERING)
    writer = None
    try:
        for start in range(0, len(positions), row_group_rows):
            table = dataset_table(view, positions[start:start + row_group_rows])
            if writer is None:
                schema = table.schema.with_metadata({b"geo": json.dumps(geo).encode()})
                writer = pq.ParquetWriter(path, schema, compression="zstd")
            writer.write_table(table.replace_schema_metadata(writer.schema.metadata),
                               row_group_size=row_group_rows)
    finally:
        if writer is not None:
            writer.close()


def _existing_manifest(folder: Path, append: bool) -> dict[str, Any] | None:
    """The manifest to append to, or ``None`` for a new dataset; refuses to mix or overwrite."""
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder} is a file; a dataset is written to a folder")
    occupied = folder.is_dir() and any(folder.iterdir())
    if append:
        if not occupied:
            return None
        try:
            return read_manifest(folder)
        except DatasetError as exc:
            raise ExportError(str(exc)) from exc
    if occupied:
        raise ExportError(f"{folder} is not empty; add to the dataset in it with --append, "
                          "or write to a new folder")
    return None


def _not_yet_in(folder: Path, view: EventView, positions: np.ndarray) -> np.ndarray:
    """The positions whose event id is not in the dataset yet."""
    files = [str(p) for p in folder.rglob("part-*.parquet")]
    if not files or not len(positions):
        return positions
    present = ds.dataset(files, format="parquet").to_table(columns=["event_id"])["event_id"]
    ids = pa.array(view.frame["event_id"].iloc[positions], pa.string())
    fresh = pc.invert(pc.is_in(ids, value_set=present.combine_chunks()))
    return positions[fresh.to_numpy(zero_copy_only=False)]


def _updated(manifest: dict[str, Any] | None, keys: tuple[str, ...], entry: dict[str, Any],
             written: dict[str, int], view: EventView, positions: np.ndarray,
             row_group_rows: int) -> dict[str, Any]:
    """The manifest after this export: counts, date span and credits merged with the old ones."""
    old = manifest or {}
    counts = dict(old.get("partitions", {}))
    for part_path, count in written.items():
        counts[part_path] = counts.get(part_path, 0) + count
    span = _date_span(view, positions)
    first = [d for d in (old.get("date_start_min"), span[0]) if d]
    last = [d for d in (old.get("date_start_max"), span[1]) if d]
    credits = list(old.get("attributions", []))
    credits += [c for c in entry["attributions"] if c not in credits]
    return {
        "tool": "geoapp",
        "version": __version__,
        "format": "geoparquet-dataset",
        "layout_version": LAYOUT_VERSION,
        "partitioning": list(keys),
        "geometry_column": GEOMETRY,
        "covering_column": COVERING,
        "sort": f"Hilbert curve of lon/lat (order {ORDER}) within each file",
        "row_group_rows": old.get("row_group_rows", row_group_rows),
        "count": int(old.get("count", 0)) + len(positions),
        "max_span_days": max(int(old.get("max_span_days", 0)), span[2]),
        "date_start_min": min(first) if first else None,
        "date_start_max": max(last) if last else None,
        "partitions": dict(sorted(counts.items())),
        "attributions": credits,
        "exports": [*old.get("exports", []), entry],
    }


def _date_span(view: EventView, positions: np.ndarray) -> tuple[str | None, str | None, int]:
    """First and last start date (ISO) and the longest span in days of the rows."""
    if not len(positions):
        return None, None, 0
    start, end = view.start[positions], view.end[positions]
    return (str(from_days(int(start.min()))), str(from_days(int(start.max()))),
            int((end - start).max()))


def _write_manifest(folder: Path, manifest: dict[str, Any]) -> None:
    tmp = folder / (MANIFEST + ".partial")
    tmp.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(folder / MANIFEST)


def _partial(target: Path) -> Path:
    """Where a file is written before it is complete (readers' ``*.parquet`` globs skip it)."""
    return target.with_name(target.name + ".partial")


def _staging_folder(folder: Path) -> Path:
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        return Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    except OSError as exc:
        raise ExportError(f"cannot write {folder}: {exc.strerror}") from exc


def _publish(staging: Path, folder: Path) -> None:
    """Move a complete new dataset into place (an empty target folder is replaced)."""
    if folder.is_dir():
        folder.rmdir()
    os.replace(staging, folder)


def _discard(staging: Path, export_id: str, *, new: bool) -> None:
    """Remove what a failed export wrote: the whole staging folder, or this export's files."""
    if new:
        shutil.rmtree(staging, ignore_errors=True)
        return
    for leftover in staging.rglob(f"part-{export_id}.parquet*"):
        leftover.unlink(missing_ok=True)
