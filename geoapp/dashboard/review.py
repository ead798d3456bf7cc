"""The review queue panel: candidates to confirm, the report text around each, and the actions.

Pure functions: :func:`queue_outputs` turns the queue into what the panel shows,
:func:`act` turns the panel's values into one call of :mod:`geoapp.review`, and
:func:`add_report` reads a pasted or uploaded report. The callbacks only unpack
Dash values. Report text reaches the page as text (React escapes it); the
quoted span is a ``<mark>``.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

import numpy as np
from dash import dcc, html, no_update

from geoapp import review
from geoapp.dashboard import ids
from geoapp.dashboard.data import DashboardData
from geoapp.errors import GeoappError
from geoapp.extract.sentences import html_to_text, markdown_to_text
from geoapp.figures import Range, format_range
from geoapp.frames import events_to_frame
from geoapp.geocode import reverse
from geoapp.ingest import frame_batch
from geoapp.model import EVENT_TYPES, Event, ModelError
from geoapp.server.auth import has_role, signed_in
from geoapp.store import Store

PICK = "review-pick"  # pattern-matching id type of a queue entry
#: Editable fields of the form, in order: field → label (figures as low/high pairs).
FORM_FIELDS = ("event_type", "place", "date_start", "date_end", "killed_low", "killed_high",
               "wounded_low", "wounded_high", "casualties_low", "casualties_high", "source_name")
#: The "Add an event" form's fields.
NEW_FIELDS = ("event_type", "date", "place", "lon", "lat", "source", "quote")
FIGURES = (("killed", "Killed"), ("wounded", "Wounded"), ("casualties", "Killed or wounded"))
REPORT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_REPORT_CHARS = 500_000
SHORTCUTS = "Keys in this panel: a accept · r reject (with the reason typed) · n next · u undo"


@dataclass(frozen=True)
class Action:
    """What the reviewer asked for, with the panel's values."""

    kind: str  # accept, reject, edit, merge, split, undo
    event_id: str | None = None
    reason: str | None = None
    form: dict[str, Any] | None = None
    into: str | None = None
    parts: str | None = None


def act(store: Store, action: Action, *, reviewer: str) -> str:
    """Do one review action; the sentence to show (what happened, or why it did not)."""
    try:
        if action.kind == "undo":
            return review.undo(store, reviewer=reviewer) or "Nothing of yours to undo."
        if not action.event_id:
            return "No candidate is selected."
        target = action.event_id
        if action.kind == "accept":
            review.accept(store, target, reviewer=reviewer)
            return f"Accepted {target}."
        if action.kind == "reject":
            if not (action.reason or "").strip():
                return "Give a reason to reject (type it, then Reject)."
            review.reject(store, target, reviewer=reviewer, reason=action.reason)
            return f"Rejected {target}: {action.reason.strip()}"
        if action.kind == "edit":
            changes = form_changes(action.form or {})
            if not changes:
                return "Nothing was changed."
            review.edit(store, target, changes, reviewer=reviewer)
            return f"Edited {target}: {', '.join(sorted(changes))}."
        if action.kind == "merge":
            if not action.into:
                return "Choose the event to merge into."
            review.merge(store, target, action.into, reviewer=reviewer)
            return f"Merged {target} into {action.into}."
        if action.kind == "split":
            places = [line.strip() for line in (action.parts or "").splitlines() if line.strip()]
            new = review.split(store, target, [{"place": p} for p in places], reviewer=reviewer)
            return f"Split {target} into {', '.join(new)}."
    except GeoappError as exc:
        return f"Not done: {exc}"
    return f"Unknown action {action.kind!r}."


def link_claims(store: Store, event_id: str | None, other: str, confirmed: bool, *,
                reviewer: str) -> str:
    """Confirm or break the suggested link between two claims; the sentence to show."""
    if not event_id:
        return "No event is selected."
    try:
        review.link(store, event_id, other, confirmed=confirmed, reviewer=reviewer)
    except GeoappError as exc:
        return f"Not done: {exc}"
    return (f"Linked {event_id} and {other} as one incident." if confirmed
            else f"{event_id} and {other} are now separate incidents.")


def form_changes(form: dict[str, Any]) -> dict[str, Any]:
    """The fields whose value differs from the candidate's (``form["was"]``)."""
    was = form.get("was") or {}
    return {name: form.get(name) for name in FORM_FIELDS
            if name in form and _same(form.get(name)) != _same(was.get(name))}


def _same(value: Any) -> str:
    return "" if value is None else str(value).strip()


# -- the panel ------------------------------------------------------------------------
def choose(ids_: list[str], current: str | None, trigger: Any, pick: int | None = None) -> str | None:
    """The candidate to show: a picked entry, the one after ``current`` ("Next", wrapping
    round), or ``current`` while it is still in the queue."""
    if not ids_:
        return None
    if trigger == ids.REVIEW_NEXT:
        return ids_[(ids_.index(current) + 1) % len(ids_)] if current in ids_ else ids_[0]
    if pick is not None and 0 <= pick < len(ids_):
        return ids_[pick]
    return current if current in ids_ else ids_[0]


def queue_outputs(items: list[review.QueueItem], current: str | None,
                  data: DashboardData) -> dict[str, Any]:
    """The list of candidates, the current one in full and the edit form's values.

    ``current`` stays selected while it is in the queue; else the first candidate is.
    """
    ids = [item.event["event_id"] for item in items]
    chosen = current if current in ids else (ids[0] if ids else None)
    item = items[ids.index(chosen)] if chosen else None
    return {
        "list": [_entry(i, it, data, it.event["event_id"] == chosen) for i, it in enumerate(items)]
        or [html.P("Nothing to review: add a report to extract its events.", className="muted")],
        "current": chosen,
        "context": _context(item) if item else None,
        "facts": _facts(item, data) if item else None,
        "form": _form_values(item),
        "places": _place_options(item),
    }


def _entry(index: int, item: review.QueueItem, data: DashboardData, selected: bool) -> html.Button:
    ev = item.event
    return html.Button(
        [html.Span("?", className="badge unreviewed"), " ",
         f"{ev['date_start']} · {data.styles.style(ev['event_type']).label} · "
         f"{ev.get('location_text') or ev.get('country') or 'place unknown'}"],
        id={"type": PICK, "index": index}, className="review-entry" + (" selected" if selected else ""),
        **{"aria-current": "true" if selected else "false", "data-event": ev["event_id"]})


def _context(item: review.QueueItem) -> html.Blockquote:
    """The report around the candidate's quote, the quote itself marked."""
    return html.Blockquote([
        "…" + item.context_before if item.context_before else "",
        html.Mark(item.span),
        item.context_after + "…" if item.context_after else "",
    ], className="review-context")


def _facts(item: review.QueueItem, data: DashboardData) -> html.Table:
    ev = item.event
    dates = ev["date_start"] if ev["date_start"] == ev["date_end"] else (
        f"{ev['date_start']} – {ev['date_end']}")
    place = ", ".join(p for p in (ev.get("place_name") or ev.get("location_text"), ev.get("admin1"),
                                  data.names.country(ev["country"]) if ev.get("country") else None)
                      if p) or "place unknown"
    rows = [
        ("Proposed type", data.styles.style(ev["event_type"]).label),
        ("Place", f"{place} (located to {ev['geo_precision']})"),
        ("Or perhaps", "; ".join(review.place_label(a) for a in item.other_places()[:5]) or None),
        ("Dates", f"{dates} (to the {ev['date_precision']})"),
        *((label, format_range(Range(ev.get(f"{key}_low"), ev.get(f"{key}_high"))))
          for key, label in FIGURES if ev.get(f"{key}_low") is not None
          or ev.get(f"{key}_high") is not None),
        ("Source", _source_label(ev)),
        ("Modality", ev.get("modality")),
        ("Related places", "; ".join(review.place_label({**p, "name": f"{p.get('role')}: {p.get('name')}"})
                                     for p in ev.get("related_places") or []) or None),
        ("Flags", "; ".join(ev.get("flags") or []) or None),
        ("Notes", ev.get("notes")),
        ("Id", ev["event_id"]),
    ]
    return html.Table(html.Tbody([html.Tr([html.Th(k), html.Td(str(v))])
                                  for k, v in rows if v not in (None, "")]), className="kv")


def _source_label(ev: dict[str, Any]) -> str | None:
    """Who says so, of what kind, and the outlet that carried it when that is someone else."""
    if not ev.get("source_name"):
        return None
    kind = f" ({ev['source_kind']})" if ev.get("source_kind") else ""
    outlet = ev.get("publisher")
    return ev["source_name"] + kind + (f", in {outlet}" if outlet and outlet != ev["source_name"] else "")


def _form_values(item: review.QueueItem | None) -> dict[str, Any]:
    ev = item.event if item else {}
    values = {name: ev.get(name) for name in FORM_FIELDS if name != "place"}
    values["place"] = ev.get("location_text") if item else None
    return values


def _place_options(item: review.QueueItem | None) -> list[dict[str, str]]:
    """The candidate's own place, then the geocoder's alternatives (each a name it finds)."""
    if item is None:
        return []
    own = item.event.get("location_text")
    options = [{"label": f"{own} (as extracted)", "value": own}] if own else []
    for place in item.alternatives:
        value = _place_query(place)
        if value and value not in {o["value"] for o in options}:
            options.append({"label": review.place_label(place), "value": value})
    return options


def _place_query(place: dict[str, Any]) -> str:
    """A name the geocoder resolves to this place again: "name, region" (or the region)."""
    if place.get("geo_precision") in ("region", "country") or not place.get("name"):
        return str(place.get("admin1") or place.get("name") or "")
    return ", ".join(str(p) for p in (place.get("name"), place.get("admin1")) if p)


def place_search(text: str | None, chosen: str | None) -> list[dict[str, str]]:
    """Places a typed name may mean (the geocoder's best reading first), the chosen one kept."""
    options = [{"label": review.place_label(p), "value": _place_query(p)}
               for p in review.place_options(text or "") if _place_query(p)]
    if chosen and chosen not in {o["value"] for o in options}:
        options.insert(0, {"label": chosen, "value": chosen})
    return options


def type_options(data: DashboardData) -> list[dict[str, str]]:
    return [{"label": data.styles.style(t).label, "value": t} for t in EVENT_TYPES]


def merge_options(data: DashboardData, event_id: str | None, search: str | None,
                  limit: int = 50) -> list[dict[str, str]]:
    """Reported events a candidate may be merged into, matching ``search``: their rows are
    read a slice at a time until ``limit`` match (a copy of every reported row took over a
    minute at ten million events)."""
    status = data.view.frame["status"]
    reported = np.flatnonzero(status.array.codes == status.cat.categories.get_loc("reported")) \
        if "reported" in status.cat.categories else np.zeros(0, dtype=np.int64)
    needle = (search or "").casefold()
    options: list[dict[str, str]] = []
    for lo in range(0, len(reported), _MERGE_SLICE):
        rows = data.view.frame.iloc[reported[lo:lo + _MERGE_SLICE]]
        for rec in rows.itertuples(index=False):
            label = (f"{str(rec.date_start)[:10]} · {data.styles.style(rec.event_type).label} · "
                     f"{rec.location_text or rec.country or '?'} · {rec.source_name or '?'}")
            if rec.event_id != event_id and needle in (label + rec.event_id).casefold():
                options.append({"label": label, "value": rec.event_id})
                if len(options) >= limit:
                    return options
    return options


#: Rows :func:`merge_options` reads at a time.
_MERGE_SLICE = 2_000


# -- adding a report -------------------------------------------------------------------
def report_text(pasted: str | None, upload: str | None, filename: str | None) -> str:
    """The report's plain text: the uploaded file's (Markdown and HTML reduced to prose), or
    the pasted text."""
    if not upload:
        return (pasted or "").strip()
    suffix = PurePath(filename or "").suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise review.ReviewError(f"{filename}: give a .txt, .md or .html file")
    try:
        raw = base64.b64decode(upload.split(",", 1)[-1]).decode("utf-8-sig", errors="replace")
    except (binascii.Error, ValueError) as exc:
        raise review.ReviewError(f"{filename}: not a readable file") from exc
    if suffix in (".html", ".htm"):
        return html_to_text(raw)
    return markdown_to_text(raw) if suffix in (".md", ".markdown") else raw.strip()


def add_report(store: Store, pasted: str | None, upload: str | None, filename: str | None,
               published: str | None, outlet: str | None, url: str | None, *,
               reviewer: str) -> str:
    """Extract a report into the queue; the sentence to show."""
    try:
        text = report_text(pasted, upload, filename)
        if len(text) > MAX_REPORT_CHARS:
            return f"Not added: the report is longer than {MAX_REPORT_CHARS:,} characters."
        day = _day(published)
        found = review.add_report(store, text, published=day, outlet=(outlet or "").strip() or None,
                                  url=(url or "").strip() or None, reviewer=reviewer)
    except GeoappError as exc:
        return f"Not added: {exc}"
    return f"{len(found):,} candidate{'s' if len(found) != 1 else ''} added to the queue."


def _day(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError as exc:
        raise review.ReviewError(f"publication date {text!r}: write it as YYYY-MM-DD") from exc


# -- adding an event ---------------------------------------------------------------------
def clicked_place(click: dict | None) -> dict[str, Any] | None:
    """A map click as the new event's point and the region the reverse geocoder puts it in."""
    latlng = (click or {}).get("latlng")  # {"lat", "lng"} (or [lat, lng]) from dash-leaflet
    if isinstance(latlng, dict):
        latlng = [latlng.get("lat"), latlng.get("lng")]
    if not isinstance(latlng, (list, tuple)) or len(latlng) != 2 or None in latlng:
        return None
    lon, lat = round(float(latlng[1]), 5), round(float(latlng[0]), 5)
    unit = reverse([lon], [lat]).iloc[0]
    region = unit["admin1"] if isinstance(unit["admin1"], str) else None
    return {"lon": lon, "lat": lat, "place": region or f"{lat:.4f}, {lon:.4f}"}


def add_event(store: Store, form: dict[str, Any], *, reviewer: str) -> str:
    """A new event from the form, into the queue as unreviewed; the sentence to show.

    With a point (a map click) it is located there; with a place name only, the ingest
    geocodes the name like any row's.
    """
    try:
        day = _day(form.get("date"))
        if day is None or not form.get("event_type"):
            return "Not added: give at least the type and the date."
        point = (form.get("lon"), form.get("lat"))
        fields = {
            "event_type": form["event_type"], "date_start": day, "date_end": day,
            "location_text": (form.get("place") or "").strip() or None,
            "source_name": (form.get("source") or "").strip() or reviewer,
            "quote": (form.get("quote") or "").strip() or None, "status": "unreviewed",
            "origin": f"dashboard:{reviewer}",
            **({"lon": float(point[0]), "lat": float(point[1]), "geo_precision": "exact"}
               if None not in point else {}),
        }
        key = hashlib.sha256(json.dumps(fields, default=str, sort_keys=True).encode()).hexdigest()
        event = Event(event_id=f"manual:{key[:16]}", **fields)
        batch = frame_batch(events_to_frame([event]), source=f"dashboard:{reviewer}")
        batch.user = reviewer
        store.write_batch(batch)
    except (GeoappError, ModelError, TypeError, ValueError) as exc:
        return f"Not added: {exc}"
    return f"Added {event.event_id} to the queue."


# -- layout ----------------------------------------------------------------------------
def _labelled(label: str, control, width: str = "") -> html.Label:
    return html.Label([html.Span(label, className="field-label"), control],
                      className="review-field " + width)


def panel() -> html.Section:
    """The review queue's heading, always on the page: how many candidates wait, what the last
    action did, and the button that opens the queue (:func:`queue_children`).

    The queue is built when first opened: every component on the page costs the renderer
    a selector on each dispatch of its store, and a slider move makes dozens of them.
    Closed again, it is hidden, not taken down, so a half-filled form waits for its user.
    """
    return html.Section([
        html.Div([html.H2("Review queue", className="section-title"),
                  html.Span(id=ids.REVIEW_COUNT, className="muted"),
                  html.Button(TOGGLE_LABELS[False], id=ids.REVIEW_TOGGLE, className="button small",
                              **{"aria-expanded": "false", "aria-controls": ids.REVIEW_QUEUE}),
                  html.Span(id=ids.REVIEW_STATUS, className="review-status", role="status",
                            **{"aria-live": "polite"})], className="panel-head"),
        html.Div(id=ids.REVIEW_QUEUE, hidden=True),
        dcc.Store(id=ids.REVIEW_BUILT, data=False),
        dcc.Store(id=ids.REVIEW_VERSION, data=0),
    ], id=ids.REVIEW, className="review-panel", **{"aria-label": "Review queue"})


#: The toggle's words, by whether the queue is open.
TOGGLE_LABELS = {False: "Open the queue", True: "Close the queue"}


def toggled(data: DashboardData, clicks: int | None, built: bool, can_review: bool,
            who: str | None) -> tuple[Any, bool, bool, str, str]:
    """After ``clicks`` clicks on the toggle (open after an odd number): the queue's children
    (built on the first opening only, else ``no_update``), whether it is hidden, whether it
    is built, the toggle's words and its ``aria-expanded``."""
    opened = bool((clicks or 0) % 2)
    build = opened and not built
    return (queue_children(data, can_review, who) if build else no_update, not opened,
            built or build, TOGGLE_LABELS[opened], "true" if opened else "false")


def count_text(size: int) -> str:
    return f"{size:,} to review"


def access() -> tuple[bool, str | None]:
    """Whether this request's user may review (so the actions show enabled: editors, and the
    local user), and the signed-in name; the server checks again on each action."""
    account = signed_in()
    return has_role(review.REVIEW_ROLE), account.name if account else None


def queue_children(data: DashboardData, can_review: bool, who: str | None) -> list:
    """The open queue: the list, the current candidate with its actions, "Add a report" and
    "Add an event". Filled by a callback as it appears; ``can_review`` is False for a viewer
    (actions shown disabled, and refused by the server too)."""
    off = not can_review
    figure_inputs = [
        _labelled(f"{label} {end}", dcc.Input(id=ids.review_field(f"{key}_{end}"), type="number",
                                              min=0, step=1, debounce=False, className="text-input"),
                  "narrow")
        for key, label in FIGURES for end in ("low", "high")]
    return [
        html.Div([
            html.P(SHORTCUTS if can_review else
                   f"Signed in as {who or 'a viewer'}: reviewing needs the editor role.",
                   className="hint"),
            html.Button("Undo", id=ids.REVIEW_UNDO, className="button small", disabled=off,
                        title="Undo your last review action (u)"),
        ], className="panel-head"),
        html.Div([
            html.Div(id=ids.REVIEW_LIST, className="review-list", role="list"),
            html.Div([
                html.Div(id=ids.REVIEW_CONTEXT),
                html.Div(id=ids.REVIEW_FACTS),
                html.Div([
                    html.Button("Accept", id=ids.REVIEW_ACCEPT, className="button play",
                                disabled=off, title="Accept (a)"),
                    html.Button("Next", id=ids.REVIEW_NEXT, className="button", title="Next (n)"),
                    dcc.Input(id=ids.REVIEW_REASON, placeholder="Reason to reject", debounce=False,
                              className="text-input reason", disabled=off),
                    html.Button("Reject", id=ids.REVIEW_REJECT, className="button", disabled=off,
                                title="Reject with the reason (r)"),
                ], className="review-actions"),
                html.Details([
                    html.Summary("Edit fields"),
                    html.Div([
                        _labelled("Type", dcc.Dropdown(id=ids.review_field("event_type"),
                                                       options=type_options(data), clearable=False)),
                        _labelled("Place (type to search the gazetteer)", dcc.Dropdown(
                            id=ids.review_field("place"), searchable=True, clearable=False)),
                        _labelled("Start", dcc.Input(id=ids.review_field("date_start"), type="text",
                                                     placeholder="YYYY-MM-DD", className="text-input"),
                                  "narrow"),
                        _labelled("End", dcc.Input(id=ids.review_field("date_end"), type="text",
                                                   placeholder="YYYY-MM-DD", className="text-input"),
                                  "narrow"),
                        *figure_inputs,
                        _labelled("Source", dcc.Input(id=ids.review_field("source_name"),
                                                      className="text-input")),
                        html.Button("Save changes", id=ids.REVIEW_SAVE, className="button",
                                    disabled=off),
                    ], className="review-form"),
                ], className="review-more"),
                html.Details([
                    html.Summary("Merge into an existing event"),
                    dcc.Dropdown(id=ids.REVIEW_INTO, searchable=True,
                                 placeholder="Type a place, date or source"),
                    html.Button("Merge", id=ids.REVIEW_MERGE, className="button", disabled=off),
                ], className="review-more"),
                html.Details([
                    html.Summary("Split into several events"),
                    dcc.Textarea(id=ids.REVIEW_PARTS, placeholder="One place per line, one event each",
                                 className="text-input", rows=3),
                    html.Button("Split", id=ids.REVIEW_SPLIT, className="button", disabled=off),
                ], className="review-more"),
            ], id=ids.REVIEW_CURRENT_PANEL, className="review-current"),
        ], className="review-body"),
        html.Details([
            html.Summary("Add a report"),
            html.Div([
                _labelled("Report text", dcc.Textarea(id=ids.REPORT_TEXT, rows=6,
                                                      className="text-input",
                                                      placeholder="Paste the report here"),
                          "wide"),
                dcc.Upload(html.Button("…or choose a .txt, .md or .html file", className="button",
                                       type="button"),
                           id=ids.REPORT_UPLOAD, accept=",".join(REPORT_SUFFIXES),
                           max_size=MAX_REPORT_CHARS * 4),
                html.Span(id=ids.REPORT_FILE, className="muted"),
                _labelled("Published", dcc.Input(id=ids.REPORT_PUBLISHED, type="text",
                                                 placeholder="YYYY-MM-DD", className="text-input"),
                          "narrow"),
                _labelled("Outlet", dcc.Input(id=ids.REPORT_OUTLET, className="text-input")),
                _labelled("URL", dcc.Input(id=ids.REPORT_URL, type="url", className="text-input")),
                html.Button("Extract into the queue", id=ids.REPORT_ADD, className="button play",
                            disabled=off),
            ], className="review-form"),
        ], className="review-more", id=ids.REPORT_PANEL),
        html.Details([
            html.Summary("Add an event"),
            html.P("Click the map to place it, or type a place.", className="hint"),
            html.Div([
                _labelled("Type", dcc.Dropdown(id=ids.new_field("event_type"),
                                               options=type_options(data))),
                _labelled("Date", dcc.Input(id=ids.new_field("date"), placeholder="YYYY-MM-DD",
                                            className="text-input"), "narrow"),
                _labelled("Place", dcc.Input(id=ids.new_field("place"), className="text-input")),
                _labelled("Longitude", dcc.Input(id=ids.new_field("lon"), type="number",
                                                 className="text-input"), "narrow"),
                _labelled("Latitude", dcc.Input(id=ids.new_field("lat"), type="number",
                                                className="text-input"), "narrow"),
                _labelled("Source", dcc.Input(id=ids.new_field("source"), className="text-input")),
                _labelled("Quote", dcc.Textarea(id=ids.new_field("quote"), rows=2,
                                                className="text-input"), "wide"),
                html.Button("Add to the queue", id=ids.EVENT_ADD, className="button play",
                            disabled=off),
            ], className="review-form"),
        ], className="review-more", id=ids.EVENT_PANEL),
        dcc.Store(id=ids.REVIEW_CURRENT),
    ]
