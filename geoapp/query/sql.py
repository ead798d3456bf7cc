"""An :class:`EventFilter` as a SQL ``WHERE`` clause over a partitioned dataset.

The clause means exactly what :meth:`EventView.select` does (date windows by
overlap, reviewed events unless asked, precision "at least"), with ``?``
parameters for every value. Besides the row conditions it adds conditions on
the partition keys alone (``year``, ``month``, ``country``) that engines use to
skip whole folders: an event starts no later than the window's end, and no
earlier than its start minus the longest span in the dataset.

The SQL is plain enough for DuckDB, Spark SQL, SedonaDB and BigQuery; only the
placeholder style may need changing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from geoapp.errors import FilterError
from geoapp.model import GEO_PRECISIONS
from geoapp.query.filters import EventFilter


@dataclass
class Where:
    """Conditions joined by AND, and their parameters in placeholder order."""

    conditions: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)

    def add(self, condition: str, *params: object) -> None:
        self.conditions.append(condition)
        self.params.extend(params)

    def add_in(self, column: str, values: tuple[str, ...]) -> None:
        self.add(f"{column} IN ({_marks(values)})", *values)

    @property
    def sql(self) -> str:
        return " AND ".join(f"({c})" for c in self.conditions) or "TRUE"


def where_clause(flt: EventFilter, partitioning: tuple[str, ...] = (),
                 max_span_days: int = 0) -> Where:
    """The filter as SQL over the dataset's columns (and its partition keys, for pruning)."""
    if flt.inside_area:
        raise FilterError("inside_area needs the store's areas over time: a partitioned dataset "
                          "holds events only (use the in-memory engine)")
    if flt.min_sources:
        raise FilterError("min_sources needs the events linked into incidents across the whole "
                          "store (use the in-memory engine)")
    where = Where()
    if flt.date_to is not None:
        where.add("date_start <= ?", flt.date_to)
        _prune_dates(where, partitioning, flt.date_to, "<")
    if flt.date_from is not None:
        where.add("date_end >= ?", flt.date_from)
        earliest = flt.date_from - dt.timedelta(days=max_span_days)
        _prune_dates(where, partitioning, earliest, ">")
    for column, values in (("source_name", flt.sources), ("event_type", flt.event_types),
                           ("country", flt.countries), ("adm1_code", flt.regions)):
        if values:
            where.add_in(column, values)
    if flt.actors:
        marks = _marks(flt.actors)
        where.add(f"actor1 IN ({marks}) OR actor2 IN ({marks})", *flt.actors, *flt.actors)
    where.add_in("status", ("reported", "unreviewed") if flt.include_unreviewed else ("reported",))
    if flt.min_geo_precision:
        finest = GEO_PRECISIONS[:GEO_PRECISIONS.index(flt.min_geo_precision) + 1]
        where.add_in("geo_precision", finest)
    if flt.text:
        needle = flt.text.lower()
        where.add("contains(lower(quote), ?) OR contains(lower(notes), ?)", needle, needle)
    return where


def _prune_dates(where: Where, partitioning: tuple[str, ...], day: dt.date, side: str) -> None:
    """Keep partitions whose (year, month) is on ``side`` of ``day``'s, or equal to it."""
    if "year" not in partitioning:
        return
    if "month" in partitioning:
        where.add(f"year {side} ? OR (year = ? AND month {side}= ?)", day.year, day.year, day.month)
    else:
        where.add(f"year {side}= ?", day.year)


def _marks(values: tuple[object, ...]) -> str:
    return ", ".join("?" * len(values))
