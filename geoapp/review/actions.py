"""Review actions on stored events: accept, reject, edit, merge, split, link, undo.

Each reads the events it acts on, builds their new versions through the event
model (so an edit is validated like an ingested row), and hands them to the
store as one :class:`~geoapp.store.base.ReviewWrite`: one data version, the
replaced versions kept in ``event_history`` with the time and the reviewer.
"""

from __future__ import annotations

from typing import Any

from geoapp.errors import GeoappError
from geoapp.frames import events_to_frame, frame_to_events
from geoapp.geocode import Geocoder
from geoapp.model import FIELD_NAMES, FIGURE_FIELDS, Event, ModelError
from geoapp.store import Store, StoreError
from geoapp.store.base import ReviewWrite
from geoapp.store.users import local_user

#: Fields an edit may not set: identity and provenance, and the status (accept/reject set it).
FIXED_FIELDS = ("event_id", "batch_id", "ingested_at", "origin", "status")
#: Where an event happened: set together from a place name (``place``), never one by one.
LOCATION_FIELDS = ("location_text", "place_name", "adm1_code", "admin1", "country", "lon",
                   "lat", "geo_precision")
#: The pseudo-field of an edit that re-geocodes the event.
PLACE = "place"
#: The least role that may review in server mode (``geoapp.server.auth.check_role(REVIEW_ROLE)``).
REVIEW_ROLE = "editor"


class ReviewError(GeoappError):
    """A review action that cannot be done as asked (unknown event or field, bad value)."""


def reviewer_name(explicit: str | None = None) -> str:
    """Who is reviewing: ``explicit``, else the signed-in account in server mode, else the
    operating-system user."""
    if explicit:
        return explicit
    from flask import has_request_context

    if has_request_context():
        from geoapp.server.auth import current_user

        return current_user()
    return local_user()


def accept(store: Store, event_id: str, *, reviewer: str) -> str:
    """Make a candidate (or a rejected event) a reported event; returns the action id."""
    event = _event(store, event_id)
    if event.status == "reported":
        raise ReviewError(f"{event_id} is already accepted (reported)")
    return _write(store, "accept", reviewer, [event_id], [event.replace(status="reported")])


def reject(store: Store, event_id: str, *, reviewer: str, reason: str | None = None) -> str:
    """Hide an event from the map and the totals (kept in the store, with the reason)."""
    event = _event(store, event_id)
    if event.status == "rejected":
        raise ReviewError(f"{event_id} is already rejected")
    return _write(store, "reject", reviewer, [event_id], [event.replace(status="rejected")],
                  reason=(reason or "").strip() or None)


def edit(store: Store, event_id: str, changes: dict[str, Any], *, reviewer: str,
         geocoder: Geocoder | None = None) -> str:
    """Change fields of an event. ``place`` re-geocodes it (name, region, country, point and
    precision together); the status stays as it was."""
    event = _event(store, event_id)
    if not changes:
        raise ReviewError("nothing to change: give at least one field")
    return _write(store, "edit", reviewer, [event_id], [changed(event, changes, geocoder)])


def merge(store: Store, event_id: str, into_id: str, *, reviewer: str) -> str:
    """Record ``event_id`` as another claim of ``into_id``'s incident: a confirmed link, and
    the event accepted. Both claims stay (each source side by side); totals count the
    incident once."""
    if event_id == into_id:
        raise ReviewError("an event cannot be merged into itself")
    event, into = _event(store, event_id), _event(store, into_id)
    if into.status == "rejected":
        raise ReviewError(f"{into_id} is rejected; accept it before merging into it")
    if event.event_type != into.event_type:
        raise ReviewError(f"{event_id} is a {event.event_type}, {into_id} a {into.event_type}: "
                          "edit the type first")
    return _write(store, "merge", reviewer, [event_id, into_id],
                  [event.replace(status="reported")], links=[(event_id, into_id, True)])


def split(store: Store, event_id: str, parts: list[dict[str, Any]], *, reviewer: str,
          geocoder: Geocoder | None = None) -> list[str]:
    """Replace one event by several, each the original with its own changes; returns the
    new ids (``ID:1``, ``ID:2``…)."""
    if len(parts) < 2:
        raise ReviewError("a split needs at least two parts")
    event = _event(store, event_id)
    pieces = [changed(event, part, geocoder).replace(event_id=f"{event_id}:{n}")
              for n, part in enumerate(parts, 1)]
    _write(store, "split", reviewer, [event_id], pieces, removed=[event_id])
    return [p.event_id for p in pieces]


def link(store: Store, a: str, b: str, *, confirmed: bool, reviewer: str) -> str:
    """Confirm (``True``) or break (``False``) the link between two events' incidents."""
    if a == b:
        raise ReviewError("an event cannot be linked to itself")
    _event(store, a), _event(store, b)
    return _write(store, "link" if confirmed else "unlink", reviewer, [a, b], [],
                  links=[(a, b, confirmed)])


def undo(store: Store, *, reviewer: str) -> str | None:
    """Undo ``reviewer``'s latest action; what was undone, or None when there was nothing."""
    try:
        undone = store.undo_review(reviewer)
    except StoreError as exc:
        raise ReviewError(str(exc)) from exc
    if undone is None:
        return None
    return f"undid {undone['kind']} of {', '.join(undone['event_ids'])}"


def changed(event: Event, changes: dict[str, Any], geocoder: Geocoder | None = None) -> Event:
    """``event`` with ``changes`` applied (values as text or typed), checked by the model."""
    unknown = sorted(set(changes) - set(FIELD_NAMES) - {PLACE})
    if unknown:
        raise ReviewError(f"unknown field(s) {unknown}")
    fixed = sorted(set(changes) & set(FIXED_FIELDS))
    if fixed:
        raise ReviewError(f"{', '.join(fixed)} cannot be edited"
                          + ("; use accept or reject" if "status" in fixed else ""))
    loose = sorted(set(changes) & set(LOCATION_FIELDS))
    if loose:
        raise ReviewError(f"set the location with {PLACE!r} (a place name the geocoder finds), "
                          f"not {', '.join(loose)}")
    record = event.to_record()
    for name, value in changes.items():
        if name != PLACE:
            record[name] = _typed(name, value)
    if PLACE in changes:
        record.update(_located(str(changes[PLACE]), geocoder))
    try:
        return Event.from_record(record)
    except (ModelError, TypeError, ValueError) as exc:
        raise ReviewError(f"{event.event_id}: {exc}") from exc


def _typed(name: str, value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        if value == "":
            return [] if name in ("tags", "flags", "related_places") else None
    if value is None:
        return None
    try:
        if name in FIGURE_FIELDS:
            return int(str(value).replace(",", ""))
        if name in ("tags", "flags") and isinstance(value, str):
            return [v.strip() for v in value.split(";") if v.strip()]
    except ValueError as exc:
        raise ReviewError(f"{name}: {value!r} is not a whole number") from exc
    return value


def _located(text: str, geocoder: Geocoder | None) -> dict[str, Any]:
    """The location fields for a place name, as the geocoder resolves it."""
    from geoapp.geocode.geocoder import default_geocoder

    match, reason = (geocoder or default_geocoder()).geocode_verbose(text)
    if match is None:
        raise ReviewError(f"place {text!r} not found: {reason}")
    return {"location_text": text, "place_name": match.name if match.kind == "place" else None,
            "adm1_code": match.adm1_code, "admin1": match.admin1, "country": match.country,
            "lon": match.lon, "lat": match.lat, "geo_precision": match.geo_precision}


def _event(store: Store, event_id: str) -> Event:
    frame = store.read_events([event_id])
    if frame.empty:
        raise ReviewError(f"no event {event_id!r} in {store.describe()}")
    return frame_to_events(frame)[0]


def _write(store: Store, kind: str, reviewer: str, ids: list[str], events: list[Event], *,
           removed: list[str] | None = None, links: list | None = None,
           reason: str | None = None) -> str:
    if not reviewer:
        raise ReviewError("a review action needs the reviewer's name")
    return store.write_review(ReviewWrite(kind, reviewer, ids, events_to_frame(events),
                                          removed or [], links or [], reason))
