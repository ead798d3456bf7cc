"""The filter controls as one value, and the date arithmetic of the time window.

:class:`Controls` holds what the filter widgets say; :meth:`Controls.to_filter`
turns it into the one :class:`EventFilter` every output is computed from, and
:meth:`Controls.from_filter` goes back (for links and Reset). The slider counts
days since 1970-01-01; the date inputs and links use ISO dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np

from geoapp.dashboard.data import DashboardData
from geoapp.errors import FilterError
from geoapp.model import EVENT_TYPES
from geoapp.query import EventFilter

_EPOCH = dt.date(1970, 1, 1)
#: Most values one filter control passes on, and the longest text search: whatever a
#: request claims, the filter (and the address, downloads and lists built from it) stays small.
MAX_VALUES = 200
MAX_TEXT = 500


def day_number(value: dt.date | str) -> int:
    """A date (or ISO text) as days since 1970-01-01, the slider's unit."""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return (value - _EPOCH).days


def day_date(day: int) -> dt.date:
    return _EPOCH + dt.timedelta(days=int(day))


def legend_types(data: DashboardData) -> list[str]:
    """The event types the type checklist offers, in legend order."""
    return [s.value for s in data.styles.types if s.value in EVENT_TYPES]


@dataclass(frozen=True)
class Controls:
    """The filter controls' values, in the order the callbacks list them."""

    window: tuple[int, int] | None = None
    sources: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    text: str | None = None
    precision: str | None = None
    unreviewed: bool = False
    inside_area: str | None = None
    min_sources: int | None = None

    @classmethod
    def from_values(cls, window, sources, event_types, countries, regions, actors, text,
                    precision, unreviewed, inside_area=None, min_sources=None) -> Controls:
        """From raw Dash values (``None`` for cleared inputs, lists for multi-selects)."""
        def first(values) -> tuple[str, ...]:
            return tuple(str(v) for v in (values or ())[:MAX_VALUES])

        return cls(
            window=(int(window[0]), int(window[1])) if window else None,
            sources=first(sources), event_types=first(event_types), countries=first(countries),
            regions=first(regions), actors=first(actors), text=str(text)[:MAX_TEXT] if text else None,
            precision=precision or None, unreviewed=bool(unreviewed),
            inside_area=inside_area or None, min_sources=int(min_sources) if min_sources else None,
        )

    def values(self, data: DashboardData) -> list[Any]:
        """Back to Dash values (the inverse of :meth:`from_values`)."""
        return [list(self.window or data.span), list(self.sources),
                list(self.event_types or legend_types(data)), list(self.countries),
                list(self.regions), list(self.actors), self.text or "", self.precision,
                ["yes"] if self.unreviewed else [], self.inside_area, self.min_sources]

    def to_filter(self, data: DashboardData) -> EventFilter:
        """The query: a window covering the whole span and "all types ticked" restrict nothing.

        Unticking every type also shows every type (an empty legend filters nothing).
        """
        first, last = data.span
        lo, hi = self.window or (first, last)
        types = () if set(legend_types(data)) <= set(self.event_types) else self.event_types
        try:
            return EventFilter(
                date_from=day_date(lo) if lo > first else None,
                date_to=day_date(hi) if hi < last else None,
                sources=self.sources, event_types=types, countries=self.countries,
                regions=self.regions, actors=self.actors, text=self.text,
                min_geo_precision=self.precision, include_unreviewed=self.unreviewed,
                inside_area=self.inside_area, min_sources=self.min_sources)
        except FilterError:  # values the controls cannot produce (a stale session): no filter
            return EventFilter()

    @classmethod
    def from_filter(cls, flt: EventFilter, data: DashboardData) -> Controls:
        first, last = data.span
        lo = max(day_number(flt.date_from), first) if flt.date_from else first
        hi = min(day_number(flt.date_to), last) if flt.date_to else last
        return cls(window=(min(lo, hi), hi), sources=flt.sources, event_types=flt.event_types,
                   countries=flt.countries, regions=flt.regions, actors=flt.actors,
                   text=flt.text, precision=flt.min_geo_precision,
                   unreviewed=flt.include_unreviewed, inside_area=flt.inside_area,
                   min_sources=flt.min_sources)


def parse_filter(query: str | None) -> EventFilter:
    """The filter kept in the page's store (a query string); a bad one means no filter."""
    try:
        return EventFilter.from_query(query or "")
    except FilterError:
        return EventFilter()



def dates_of(window: list[int]) -> tuple[str, str]:
    return day_date(window[0]).isoformat(), day_date(window[1]).isoformat()


def slider_marks(span: tuple[int, int]) -> dict[int, str]:
    """A mark on the first of each month; labels on years (on months for short spans)."""
    first, last = span
    months = np.arange(np.datetime64(day_date(first), "M"),
                       np.datetime64(day_date(last), "M") + 1)
    days = (months.astype("datetime64[D]") - np.datetime64("1970-01-01", "D")).astype(int)
    short = len(months) <= 18
    every = max(1, len(months) // 120)  # years between labels: about ten labels at most
    marks = {}
    for day in days[(days >= first) & (days <= last)]:
        date = day_date(int(day))
        if short:
            label = date.strftime("%b %Y" if date.month == 1 or not marks else "%b")
        else:
            label = str(date.year) if date.month == 1 and date.year % every == 0 else ""
        marks[int(day)] = label
    return marks
