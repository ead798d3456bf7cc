"""The same queries as the in-memory view, run by DuckDB over a partitioned GeoParquet dataset.

For datasets larger than one machine's memory, or to check a dataset before
handing it to another engine: :class:`DuckDBEngine` reads the folder written by
``geoapp export --format geoparquet-dataset`` in place, translates an
:class:`EventFilter` with :func:`geoapp.query.sql.where_clause` (partition keys
prune folders, Parquet statistics prune row groups) and answers with a
:class:`~geoapp.query.summary.Summary` equal to the in-memory one.

DuckDB's spatial extension is loaded from the ``duckdb-extension-spatial``
package (the build for the installed DuckDB version), never downloaded:
extension auto-install is switched off, so no query reaches the network. With
it, ``geometry`` reads as a ``GEOMETRY`` column and every ``ST_*`` function is
available to your own SQL on :attr:`DuckDBEngine.connection`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from geoapp.duckdb_extensions import connect as connect_offline
from geoapp.duckdb_extensions import extension_file, install_hint, load
from geoapp.query.aggregate import BUCKETS, Totals
from geoapp.query.filters import EventFilter
from geoapp.query.partitions import KEY_SQL_TYPES, DatasetError, read_manifest
from geoapp.query.sql import where_clause
from geoapp.query.summary import Summary

if TYPE_CHECKING:
    import duckdb

#: The columns a summary needs, copied once per query into a temporary table.
_SELECTED = ("event_id", "date_start", "event_type", "adm1_code", "source_name",
             "killed_low", "killed_high", "wounded_low", "wounded_high")
_REGION_COLUMNS = ("adm1_code", "events", "killed_low", "killed_high", "killed_open",
                   "wounded_low", "wounded_high", "wounded_open")


def spatial_extension_path() -> Path:
    """The spatial extension file shipped by ``duckdb-extension-spatial`` for this DuckDB."""
    path = extension_file("spatial")
    if path is None:
        raise DatasetError(f"DuckDB's spatial extension is not installed; {install_hint('spatial')}")
    return path


def connect() -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with the spatial extension loaded from its package."""
    con = connect_offline()
    load(con, spatial_extension_path())
    return con


class DuckDBEngine:
    """A partitioned dataset opened in DuckDB as the view ``events``."""

    name = "duckdb"

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.manifest = read_manifest(self.folder)
        self.partitioning = tuple(self.manifest["partitioning"])
        self.connection = connect()
        self.empty = not any(self.folder.rglob("*.parquet"))
        if not self.empty:
            self.connection.execute(f"CREATE VIEW events AS SELECT * FROM {self.source_sql()}")

    def source_sql(self) -> str:
        """``read_parquet(...)`` over every file, with the partition keys typed."""
        types = ", ".join(f"{_literal(k)}: {KEY_SQL_TYPES[k]}" for k in self.partitioning)
        files = _literal(str(self.folder / "**" / "*.parquet"))
        return (f"read_parquet({files}, hive_partitioning = true, union_by_name = true"
                + (f", hive_types = {{{types}}})" if types else ")"))

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> DuckDBEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def summary(self, flt: EventFilter, *, limit: int | None = None,
                bucket: str = "month") -> Summary:
        """Ids (``limit=None``: all) in (date, id) order, totals, regions and timeline."""
        if bucket not in BUCKETS:
            raise ValueError(f"unknown bucket {bucket!r}; use one of {list(BUCKETS)}")
        if self.empty:
            return _empty_summary()
        where = where_clause(flt, self.partitioning, int(self.manifest.get("max_span_days", 0)))
        con = self.connection
        con.execute(f"CREATE OR REPLACE TEMP TABLE selected AS SELECT {', '.join(_SELECTED)} "
                    f"FROM events WHERE {where.sql}", where.params)
        try:
            return Summary(self.name, self._ids(limit), self._totals(), self._regions(),
                           self._timeline(bucket))
        finally:
            con.execute("DROP TABLE selected")

    def _ids(self, limit: int | None) -> list[str]:
        sql = "SELECT event_id FROM selected ORDER BY date_start, event_id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [row[0] for row in self.connection.execute(sql).fetchall()]

    def _totals(self) -> Totals:
        row = self.connection.execute(
            f"SELECT count(*), {_ranges('killed')}, {_ranges('wounded')}, "
            # A missing source counts as one, as in the view (its code -1 is one more value).
            "count(DISTINCT source_name) "
            "+ CAST(count(*) FILTER (WHERE source_name IS NULL) > 0 AS INTEGER) "
            "FROM selected").fetchone()
        return Totals(*(int(v) for v in row))

    def _regions(self) -> pd.DataFrame:
        frame = self.connection.execute(
            f"SELECT adm1_code, count(*) AS events, {_ranges('killed')}, {_ranges('wounded')} "
            "FROM selected WHERE adm1_code IS NOT NULL GROUP BY adm1_code ORDER BY adm1_code"
        ).df()
        return frame.astype({c: "int64" for c in _REGION_COLUMNS[1:]}).astype(
            {"adm1_code": "str"})

    def _timeline(self, bucket: str) -> pd.DataFrame:
        key = "date_start" if bucket == "day" else f"date_trunc('{bucket}', date_start)"
        frame = self.connection.execute(
            f"SELECT CAST({key} AS TIMESTAMP) AS bucket, event_type, count(*) AS events "
            "FROM selected GROUP BY ALL ORDER BY bucket, event_type").df()
        return frame.astype({"bucket": "datetime64[s]", "event_type": "str",
                             "events": "int64"})


def _ranges(prefix: str) -> str:
    """Low total, high total (an open high adds its low) and open count, as in the view."""
    low, high = f"{prefix}_low", f"{prefix}_high"
    return (f"coalesce(sum({low}), 0) AS {low}, "
            f"coalesce(sum(coalesce({high}, {low})), 0) AS {high}, "
            f"count(*) FILTER (WHERE {low} IS NOT NULL AND {high} IS NULL) AS {prefix}_open")


def _empty_summary() -> Summary:
    regions = pd.DataFrame({c: pd.Series(dtype="str" if c == "adm1_code" else "int64")
                            for c in _REGION_COLUMNS})
    line = pd.DataFrame({"bucket": pd.Series(dtype="datetime64[s]"),
                         "event_type": pd.Series(dtype="str"),
                         "events": pd.Series(dtype="int64")})
    return Summary(DuckDBEngine.name, [], Totals(0, 0, 0, 0, 0, 0, 0, 0), regions, line)


def _literal(text: str) -> str:
    """A SQL string literal (paths cannot be bound as parameters in these statements)."""
    return "'" + text.replace("'", "''") + "'"
