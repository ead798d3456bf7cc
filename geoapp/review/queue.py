"""The review queue: unreviewed candidates, newest report first, each with its quote in context
and the geocoder's other readings of its place."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from geoapp.frames import frame_to_records
from geoapp.geocode import Geocoder
from geoapp.geocode.match import Match
from geoapp.store import Store

#: Characters of report text shown on each side of a candidate's span.
CONTEXT_CHARS = 300
_SPAN = re.compile(r"^(?P<origin>.*)#chars=(?P<start>\d+)-(?P<end>\d+)$")
_PLACE_KEYS = ("name", "admin1", "adm1_code", "country", "lon", "lat", "geo_precision")


@dataclass(frozen=True)
class QueueItem:
    """One candidate to review: its fields, the report text around its quote, and
    alternative places (dicts with name/admin1/adm1_code/country/lon/lat/geo_precision)."""

    event: dict[str, Any]
    report_id: str | None
    context_before: str
    span: str
    context_after: str
    alternatives: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"event": self.event, "report_id": self.report_id,
                "context_before": self.context_before, "span": self.span,
                "context_after": self.context_after, "alternatives": self.alternatives}

    def other_places(self) -> list[dict[str, Any]]:
        """The geocoder's readings of the name other than the one the candidate stands at
        (its own reading may be any of them, or none: a village not found placed by its
        region)."""
        here = (self.event.get("adm1_code"), self.event.get("place_name"))
        return [a for a in self.alternatives if (a.get("adm1_code"), a.get("name")) != here]


def place_label(place: dict[str, Any]) -> str:
    """"Name, region, country (precision)", each part once: namesakes told apart."""
    seen: list[str] = []
    for part in (place.get("name"), place.get("admin1"), place.get("country")):
        if part and str(part) not in seen:
            seen.append(str(part))
    return ", ".join(seen) + (f" ({place['geo_precision']})" if place.get("geo_precision") else "")


def queue(store: Store, *, geocoder: Geocoder | None = None) -> list[QueueItem]:
    """Unreviewed candidates: newest report first, then in the report's order."""
    frame = store.read_events(status="unreviewed")
    if frame.empty:
        return []
    records = frame_to_records(frame)
    reports: dict[str, dict | None] = {}
    items = []
    for rec in sorted(records, key=_report_order):
        where = _where(rec["origin"])
        report = None
        if where is not None:
            if where[0] not in reports:
                reports[where[0]] = store.report(where[0])
            report = reports[where[0]]
        items.append(_item(rec, where, report, geocoder))
    return items


def queue_size(store: Store) -> int:
    """How many candidates wait for review (what :func:`queue` lists, without reading their
    reports)."""
    return len(store.read_events(status="unreviewed"))


def place_options(text: str, *, geocoder: Geocoder | None = None) -> list[dict[str, Any]]:
    """Places a name may mean, best first (for a place search while editing)."""
    from geoapp.geocode.geocoder import default_geocoder

    match = (geocoder or default_geocoder()).geocode(text) if text.strip() else None
    return [] if match is None else [_place(m) for m in (match, *match.alternatives)]


def _report_order(rec: dict) -> tuple:
    """Newest report first (by publication date, then arrival), then by position in it."""
    where = _where(rec["origin"]) or (rec["origin"] or "", 0, 0)
    return (_descending(rec["reported_date"] or ""), _descending(rec["ingested_at"] or ""),
            where[0], where[1], rec["event_id"])


def _descending(text: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in text)


def _where(origin: str | None) -> tuple[str, int, int] | None:
    found = _SPAN.match(origin or "")
    if not found:
        return None
    return found["origin"], int(found["start"]), int(found["end"])


def _item(rec: dict, where: tuple[str, int, int] | None, report: dict | None,
          geocoder: Geocoder | None) -> QueueItem:
    if report is None or where is None:
        before, span, after = "", rec["quote"] or "", ""
    else:
        text, start, end = report["text"], where[1], where[2]
        before = text[max(0, start - CONTEXT_CHARS):start]
        span, after = text[start:end], text[end:end + CONTEXT_CHARS]
    alternatives: list[dict[str, Any]] = []
    for name in (rec["location_text"], rec["place_name"], rec["admin1"]):
        alternatives = place_options(name or "", geocoder=geocoder)
        if alternatives:
            break
    return QueueItem(rec, where[0] if where else None, before, span, after, alternatives)


def _place(match: Match) -> dict[str, Any]:
    return {key: getattr(match, key) for key in _PLACE_KEYS}
