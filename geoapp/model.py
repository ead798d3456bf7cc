"""The event model: one definition of what an event is, used by every stage.

An event is one claim by one source: something happened (or was said to have
happened) at a place, over a span of days, with figures given as ranges. Nothing
here does I/O; readers build :class:`Event` objects, the store persists them and
the query layer reads them back as columns.

Figures follow one convention (see README, "Figures as ranges"):

* exact ``N``               → ``low = high = N``
* "more than N"            → ``low = N + 1``, ``high = None`` (open)
* "at least N"             → ``low = N``, ``high = None``
* "fewer than N"           → ``low = None``, ``high = N - 1``
* "between A and B"        → ``low = A``, ``high = B``
* "nearly / about N"       → ``low = high = N`` with the phrase kept in ``figures_text``

``casualties_low/high`` hold killed-or-wounded totals that the source did not
split; they are never divided between ``killed`` and ``wounded``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

EVENT_TYPES = (
    "unit_sighting",
    "casualty_report",
    "document_seizure",
    "troop_deployment",
    "attack",
    "capture",
    "other",
)
DATE_PRECISIONS = ("day", "week", "month", "year")
#: From finest to coarsest; the order is used by "minimum precision" filters.
GEO_PRECISIONS = ("exact", "near", "district", "region", "country")
STATUSES = ("reported", "unreviewed", "rejected")
#: How a report states an event: as fact, as someone's claim, as expected, planned, denied
#: or hedged. Only the first three are proposed as events by default.
MODALITIES = ("asserted", "reported", "forecast", "planned", "denied", "hedged")
SOURCE_KINDS = (
    "military",
    "intelligence",
    "government",
    "media",
    "ngo",
    "dataset",
    "synthetic",
    "other",
)
#: Largest figure an event holds (killed, wounded, counts): larger ones are typos or garbage.
FIGURE_CEILING = 10_000_000
#: Columns holding figures; each is a (low, high) pair plus killed_best.
FIGURE_FIELDS = (
    "killed_low",
    "killed_high",
    "killed_best",
    "wounded_low",
    "wounded_high",
    "casualties_low",
    "casualties_high",
    "count_low",
    "count_high",
)


class ModelError(ValueError):
    """An event that breaks the model's rules (unknown type, end before start…)."""


@dataclass(frozen=True)
class RelatedPlace:
    """A place an event refers to without happening there (birthplace on IDs, origin…)."""

    role: str
    name: str
    adm1_code: str | None = None
    country: str | None = None
    lon: float | None = None
    lat: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RelatedPlace:
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class Event:
    """One sourced claim about something that happened, where, when and how many."""

    event_id: str
    event_type: str
    date_start: dt.date
    date_end: dt.date
    sub_type: str | None = None
    date_precision: str = "day"
    reported_date: dt.date | None = None
    # place
    location_text: str | None = None
    place_name: str | None = None
    adm1_code: str | None = None
    admin1: str | None = None
    country: str | None = None
    lon: float | None = None
    lat: float | None = None
    geo_precision: str = "exact"
    related_places: tuple[RelatedPlace, ...] = ()
    # who
    actor1: str | None = None
    actor2: str | None = None
    # how many
    killed_low: int | None = None
    killed_high: int | None = None
    killed_best: int | None = None
    wounded_low: int | None = None
    wounded_high: int | None = None
    casualties_low: int | None = None
    casualties_high: int | None = None
    count_low: int | None = None
    count_high: int | None = None
    count_unit: str | None = None
    figures_text: str | None = None
    # who says so
    source_name: str | None = None
    source_kind: str | None = None
    source_url: str | None = None
    #: The outlet that published the report (``--source-name``), when the claim's
    #: ``source_name`` is someone it quotes.
    publisher: str | None = None
    quote: str | None = None
    notes: str | None = None
    tags: tuple[str, ...] = ()
    # provenance
    origin: str | None = None
    batch_id: str | None = None
    ingested_at: dt.datetime | None = None
    status: str = "reported"
    modality: str | None = None
    flags: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        _check_event(self)

    def replace(self, **changes: Any) -> Event:
        return dataclasses.replace(self, **changes)

    def to_record(self) -> dict[str, Any]:
        """Plain JSON-friendly dict: ISO dates, lists for tuples, related places as dicts."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, (dt.date, dt.datetime)):
                value = value.isoformat()
            elif f.name == "related_places":
                value = [p.to_dict() for p in value]
            elif isinstance(value, tuple):
                value = list(value)
            out[f.name] = value
        return out

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> Event:
        """Inverse of :meth:`to_record`; unknown keys are ignored."""
        kwargs: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            if f.name in ("date_start", "date_end", "reported_date"):
                value = parse_iso_date(value)
            elif f.name == "ingested_at":
                value = dt.datetime.fromisoformat(value) if value else None
            elif f.name == "related_places":
                value = tuple(RelatedPlace.from_dict(p) for p in (value or ()))
            elif f.name in ("tags", "flags"):
                value = tuple(value or ())
            kwargs[f.name] = value
        return cls(**kwargs)


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Event))


def parse_iso_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _check_event(event: Event) -> None:
    if not event.event_id:
        raise ModelError("event_id is empty")
    _check_choice("event_type", event.event_type, EVENT_TYPES)
    _check_choice("date_precision", event.date_precision, DATE_PRECISIONS)
    _check_choice("geo_precision", event.geo_precision, GEO_PRECISIONS)
    _check_choice("status", event.status, STATUSES)
    if event.source_kind is not None:
        _check_choice("source_kind", event.source_kind, SOURCE_KINDS)
    if event.modality is not None:
        _check_choice("modality", event.modality, MODALITIES)
    if event.date_end < event.date_start:
        raise ModelError(f"date_end {event.date_end} is before date_start {event.date_start}")
    if event.lat is not None and not -90 <= event.lat <= 90:
        raise ModelError(f"latitude {event.lat} out of range [-90, 90]")
    if event.lon is not None and not -180 <= event.lon <= 180:
        raise ModelError(f"longitude {event.lon} out of range [-180, 180]")
    if (event.lon is None) != (event.lat is None):
        raise ModelError("longitude and latitude must both be given or both be empty")
    for name in FIGURE_FIELDS:
        value = getattr(event, name)
        if value is not None and value < 0:
            raise ModelError(f"{name} is negative ({value})")
    for low, high in (
        ("killed_low", "killed_high"),
        ("wounded_low", "wounded_high"),
        ("casualties_low", "casualties_high"),
        ("count_low", "count_high"),
    ):
        lo, hi = getattr(event, low), getattr(event, high)
        if lo is not None and hi is not None and hi < lo:
            raise ModelError(f"{high} ({hi}) is below {low} ({lo})")


def _check_choice(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ModelError(f"unknown {name} {value!r}; use one of {list(allowed)}")
