"""One filter object for the dashboard, the CLI, exports and the Python API.

An :class:`EventFilter` is plain data: it round-trips through a URL query
string (so a dashboard view can be shared), through JSON (so a snapshot records
the filter it was made with) and describes itself in words.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, unquote, urlencode

from geoapp.errors import FilterError
from geoapp.model import EVENT_TYPES, GEO_PRECISIONS

_LIST_FIELDS = ("sources", "event_types", "countries", "regions", "actors")
_AREA_TARGET = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}(:.+)?$")


@dataclass(frozen=True)
class EventFilter:
    """Which events to show. Empty tuples and ``None`` mean "no restriction".

    The date window selects events whose span ``[date_start, date_end]``
    overlaps ``[date_from, date_to]`` (both inclusive).
    """

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sources: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    text: str | None = None
    min_geo_precision: str | None = None
    include_unreviewed: bool = False
    #: "LAYER" or "LAYER:AREA": only events inside that area as it stood on their start date.
    inside_area: str | None = None
    #: Only events whose incident is reported by at least this many independent sources.
    min_sources: int | None = None

    def __post_init__(self) -> None:
        for name in _LIST_FIELDS:
            value = getattr(self, name)
            if isinstance(value, str):
                value = (value,)
            object.__setattr__(self, name, tuple(v for v in (value or ()) if v))
        for name in ("date_from", "date_to"):
            object.__setattr__(self, name, _as_date(getattr(self, name), name))
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise FilterError(f"date_from {self.date_from} is after date_to {self.date_to}")
        unknown = sorted(set(self.event_types) - set(EVENT_TYPES))
        if unknown:
            raise FilterError(f"unknown event type(s) {unknown}; use any of {list(EVENT_TYPES)}")
        if self.min_geo_precision and self.min_geo_precision not in GEO_PRECISIONS:
            raise FilterError(f"unknown precision {self.min_geo_precision!r}; "
                              f"use one of {list(GEO_PRECISIONS)}")
        object.__setattr__(self, "text", (self.text or "").strip() or None)
        object.__setattr__(self, "inside_area", (self.inside_area or "").strip() or None)
        if self.inside_area and not _AREA_TARGET.match(self.inside_area):
            raise FilterError(f"inside_area {self.inside_area!r}: use LAYER or LAYER:AREA "
                              "(an area layer, optionally one of its areas)")
        object.__setattr__(self, "countries", tuple(c.upper() for c in self.countries))
        object.__setattr__(self, "min_sources", _min_sources(self.min_sources))

    def replace(self, **changes: Any) -> EventFilter:
        return dataclasses.replace(self, **changes)

    # -- serialisation ---------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Only the fields that restrict something, JSON-friendly."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if value in (None, (), False):
                continue
            out[f.name] = value.isoformat() if isinstance(value, dt.date) else (
                list(value) if isinstance(value, tuple) else value)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventFilter:
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - names)
        if unknown:
            raise FilterError(f"unknown filter field(s) {unknown}; use any of {sorted(names)}")
        return cls(**data)

    def to_query(self) -> str:
        """URL query string: lists comma-separated (a comma inside a value as %2C), booleans as 1."""
        pairs = []
        for key, value in self.to_dict().items():
            if isinstance(value, list):
                value = ",".join(v.replace("%", "%25").replace(",", "%2C") for v in value)
            elif value is True:
                value = "1"
            pairs.append((key, value))
        return urlencode(pairs)

    @classmethod
    def from_query(cls, query: str) -> EventFilter:
        """Inverse of :meth:`to_query`; unknown keys are ignored (they belong to the view)."""
        names = {f.name for f in dataclasses.fields(cls)}
        data: dict[str, Any] = {}
        for key, values in parse_qs(query.lstrip("?")).items():
            if key not in names:
                continue
            value = values[-1]
            if key in _LIST_FIELDS:
                data[key] = tuple(unquote(v) for v in value.split(",") if v)
            elif key == "include_unreviewed":
                data[key] = value in ("1", "true", "yes")
            else:
                data[key] = value
        return cls(**data)

    def describe(self) -> str:
        """The filter in words, for summary lines and snapshot metadata."""
        parts = []
        if self.date_from or self.date_to:
            parts.append(f"between {self.date_from or 'the start'} and {self.date_to or 'the end'}")
        lead = {"sources": "from", "event_types": "of type", "countries": "in country",
                "regions": "in region", "actors": "involving"}
        for name, words in lead.items():
            values = getattr(self, name)
            if values:
                parts.append(f"{words} {' or '.join(values)}")
        if self.text:
            parts.append(f"mentioning {self.text!r}")
        if self.min_geo_precision:
            parts.append(f"located at least to {self.min_geo_precision} precision")
        if self.inside_area:
            layer, _, area = self.inside_area.partition(":")
            parts.append(f"inside {'area ' + repr(area) + ' of ' if area else 'the areas of '}"
                         f"layer {layer!r} as of their date")
        if self.min_sources:
            parts.append(f"reported by at least {self.min_sources} independent sources")
        parts.append("including unreviewed extractions" if self.include_unreviewed
                     else "reviewed and dataset events only")
        return "events " + "; ".join(parts)


def _min_sources(value: Any) -> int | None:
    """A count of at least 1, or None; 1 restricts nothing and is kept as None."""
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError) as exc:
        raise FilterError(f"min_sources: {value!r} is not a whole number") from exc
    if number < 1:
        raise FilterError(f"min_sources: {number} is below 1")
    return number if number > 1 else None


def _as_date(value: Any, name: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise FilterError(f"{name}: {value!r} is not a date (use YYYY-MM-DD)") from exc
