"""The layout of a partitioned GeoParquet dataset, shared by its writer and its SQL readers.

A dataset is a folder of Hive-style partitions (``year=2024/month=06/part-….parquet``,
``country=UA/…``) and one manifest, ``_geoapp.json``, saying how it is partitioned,
what it holds and whom to credit. The export stage writes it; the query stage's
SQL engines read it and prune partitions from the same keys, so both sides take
the layout from here.

Partition keys come from the event itself: ``year`` and ``month`` of its start
date, its ``country``. An event without a country goes to Hive's null partition
(``country=__HIVE_DEFAULT_PARTITION__``), which DuckDB, Spark, BigQuery and
pyarrow all read back as null.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from geoapp.errors import GeoappError
from geoapp.query.view import EventView, from_days

#: The manifest every dataset folder holds.
MANIFEST = "_geoapp.json"
#: Bumped when columns or keys change meaning; appending needs the same layout.
LAYOUT_VERSION = 1
#: Keys a dataset can be partitioned by, in the only order they may nest.
PARTITION_KEYS = ("country", "year", "month")
DEFAULT_PARTITIONING = ("year", "month")
#: Hive's name for a null partition value.
NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
#: SQL type of each key as readers should declare it (a country code is text, even "NA").
KEY_SQL_TYPES = {"country": "VARCHAR", "year": "INTEGER", "month": "INTEGER"}


class DatasetError(GeoappError):
    """A dataset folder that cannot be written or read as asked."""


def parse_partitioning(spec: str | tuple[str, ...] | None) -> tuple[str, ...]:
    """``"year,month"`` → ``("year", "month")``, checked: known keys, month only under year.

    Keys are put in :data:`PARTITION_KEYS` order (``year,country`` nests as
    ``country=…/year=…``), so the same set of keys always gives the same folders.
    """
    if spec is None:
        return DEFAULT_PARTITIONING
    names = [s.strip() for s in spec.split(",")] if isinstance(spec, str) else list(spec)
    names = [n for n in names if n]
    unknown = sorted(set(names) - set(PARTITION_KEYS))
    if unknown or not names:
        raise DatasetError(f"unknown partition key(s) {unknown or names}; "
                           f"use a comma-separated list of {list(PARTITION_KEYS)}")
    if len(set(names)) != len(names):
        raise DatasetError(f"partition key repeated in {','.join(names)}")
    if "month" in names and "year" not in names:
        raise DatasetError("partitioning by month needs year too (--partition year,month)")
    return tuple(k for k in PARTITION_KEYS if k in names)


@dataclass(frozen=True)
class Partition:
    """One folder of the dataset: its relative path and the view positions it holds."""

    path: str
    positions: np.ndarray


def partitions(view: EventView, positions: np.ndarray,
               keys: tuple[str, ...]) -> Iterator[Partition]:
    """The selected rows grouped by partition folder, folders in sorted key order.

    Within a partition the positions keep their (date, id) order.
    """
    if not len(positions):
        return
    columns = [_key_codes(view, positions, key) for key in keys]
    labels = [labels for _, labels in columns]
    combined = np.zeros(len(positions), dtype=np.int64)
    for codes, key_labels in columns:
        combined = combined * (len(key_labels) + 1) + codes
    order = np.argsort(combined, kind="stable")
    groups, starts = np.unique(combined[order], return_index=True)
    bounds = [*starts[1:], len(order)]
    for group, start, stop in zip(groups, starts, bounds, strict=True):
        parts, rest = [], int(group)
        for key_labels in reversed(labels):
            rest, code = divmod(rest, len(key_labels) + 1)
            parts.append(key_labels[code])
        path = "/".join(f"{key}={value}" for key, value in zip(keys, reversed(parts), strict=True))
        yield Partition(path, positions[order[start:stop]])


def _key_codes(view: EventView, positions: np.ndarray, key: str) -> tuple[np.ndarray, list[str]]:
    """Each row's code for one key and the folder value of each code (codes sort like values)."""
    if key == "country":
        col = view.frame["country"]
        codes = col.cat.codes.to_numpy()[positions].astype(np.int64)
        names = [str(c) for c in col.cat.categories]
        order = np.argsort(names)  # category order is not guaranteed to be sorted
        rank = np.empty(len(names) + 1, dtype=np.int64)
        rank[order] = np.arange(len(names))
        rank[-1] = len(names)  # code -1 (no country) → the null partition, last
        return rank[codes], [names[i] for i in order] + [NULL_PARTITION]
    months = from_days(view.start[positions]).astype("datetime64[M]").astype(np.int64)
    if key == "year":
        years = months // 12 + 1970
        first = int(years.min())
        return years - first, [str(y) for y in range(first, int(years.max()) + 1)]
    month_of_year = months % 12
    return month_of_year, [f"{m + 1:02d}" for m in range(12)]


def read_manifest(folder: str | Path) -> dict[str, Any]:
    """The manifest of a dataset folder; a clear error when the folder is not one."""
    path = Path(folder) / MANIFEST
    if not path.is_file():
        raise DatasetError(f"{folder} is not a geoapp dataset (no {MANIFEST}); "
                           "write one with `geoapp export --format geoparquet-dataset -o DIR`")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DatasetError(f"{path}: cannot read the manifest ({exc})") from exc
    if manifest.get("layout_version") != LAYOUT_VERSION:
        raise DatasetError(f"{path}: layout version {manifest.get('layout_version')!r}; this "
                           f"geoapp reads version {LAYOUT_VERSION}: export the dataset again")
    return manifest
