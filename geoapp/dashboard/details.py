"""One event (or a clicked map feature) in full in the details panel, and the events table.

Everything from the data goes into Dash components as text, which React
escapes: a ``<script>`` in a note shows as those characters. A source link is
only made for http(s) addresses and never gets access to this page. No text
is sent whole when it is long: the panel shows :data:`MAX_TEXT` characters of
any field and pages through the rest on request ("Next part").
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

import numpy as np
import pandas as pd
from dash import html

from geoapp.dashboard.data import DashboardData
from geoapp.figures import Range, event_ranges, figure_texts, format_range
from geoapp.model import FIELD_NAMES
from geoapp.styles import Details

PICK = "pick-event"  # pattern-matching id type of the "also at this place" buttons
TEXT_PART = "text-part"  # pattern-matching id types of a long field's shown part ...
NEXT_PART = "next-part"  # ... and of its "Next part" button (the index is the field name)
MAX_COLOCATED = 20
MAX_RELATED = 50
MAX_TEXT = 2_000

TABLE_COLUMNS: tuple[tuple[str, str, int], ...] = (  # field, header, width
    ("date_start", "Dates", 120),
    ("event_type", "Type", 140),
    ("place", "Place", 200),
    ("country", "Country", 80),
    ("actor1", "Actor", 200),
    ("actor2", "Opposing / target", 180),
    ("killed", "Killed", 90),
    ("wounded", "Wounded", 90),
    ("killed_or_wounded", "Killed or wounded", 110),
    ("source_name", "Source", 180),
    ("geo_precision", "Located to", 100),
    ("status", "Review", 100),
)
#: Table columns sortable on the server, and the view column each sorts by
#: (figures by their high value, or their low one where the high is open).
SORT_KEYS = {"date_start": "start_day", "event_type": "event_type", "country": "country",
             "actor1": "actor1", "source_name": "source_name", "killed": "killed",
             "wounded": "wounded", "killed_or_wounded": "casualties", "geo_precision": "geo_rank"}


def safe_link(url: str | None, text: str | None = None) -> html.A | str | None:
    """A link that opens in a new tab without access to this page; plain text if not http(s)."""
    if not url:
        return None
    if urlparse(url.strip()).scheme.lower() not in ("http", "https"):
        return text or url
    return html.A(text or url, href=url.strip(), target="_blank", rel="noopener noreferrer")


def feature_details(details: Details) -> list:
    """The details panel for a clicked feature of a map layer (an area …)."""
    children: list = [html.H3(details.title, className="details-place"),
                      html.Table(html.Tbody([html.Tr([html.Th(k), html.Td(v)])
                                             for k, v in details.rows]), className="kv")]
    if details.note:
        children.append(html.P(details.note, className="muted"))
    return children


def _place(record: dict[str, Any], names) -> str:
    parts = [record.get("place_name") or record.get("location_text"), record.get("admin1"),
             names.country(record["country"]) if record.get("country") else None]
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return ", ".join(seen) or "place unknown"


def clip(text: str | None, limit: int = MAX_TEXT) -> str | None:
    """At most ``limit`` characters of ``text``, saying how much was left out."""
    if text is None or len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text) - limit:,} more characters under “Provenance and every field”)"


def text_part(text: str, part: int, limit: int = MAX_TEXT) -> list:
    """Part ``part`` (from 0, wrapping round) of a long text, with where it lies in the whole."""
    parts = max(-(-len(text) // limit), 1)
    start = (part % parts) * limit
    end = min(start + limit, len(text))
    return [html.Div(f"characters {start + 1:,}–{end:,} of {len(text):,}", className="muted"),
            text[start:end]]


def _paged(name: str, text: str | None) -> Any:
    """A field's value, its first part only (and a "Next part" button) when it is long."""
    if text is None or len(text) <= MAX_TEXT:
        return text
    return html.Div([html.Div(text_part(text, 0), id={"type": TEXT_PART, "index": name}),
                     html.Button("Next part", id={"type": NEXT_PART, "index": name},
                                 className="link-button")])


def _row(label: str, value: Any) -> html.Tr | None:
    if value in (None, "", []):
        return None
    return html.Tr([html.Th(label), html.Td(clip(value) if isinstance(value, str) else value)])


def _table(rows: list) -> html.Table:
    return html.Table(html.Tbody([r for r in rows if r is not None]), className="kv")


def details_children(data: DashboardData, position: int, selected: np.ndarray) -> list:
    """The details panel for one event; ``selected`` is the current filter's positions."""
    rec = data.record(position)
    style = data.styles.style(rec["event_type"])
    dates = rec["date_start"] if rec["date_start"] == rec["date_end"] else (
        f"{rec['date_start']} – {rec['date_end']}")
    ranges = {kind: format_range(r) for kind, r in event_ranges(rec).items()}
    if rec["killed_best"] is not None:
        ranges["killed"] += f" (best {rec['killed_best']:,})"
    count = Range(rec["count_low"], rec["count_high"])
    figures = [
        _row("Killed", ranges["killed"]),
        _row("Wounded", ranges["wounded"]),
        _row("Killed or wounded", ranges["killed_or_wounded"]),
        _row("Count", " ".join(x for x in (format_range(count), rec["count_unit"]) if x)
             if count != Range(None, None) else None),
        _row("As reported", rec["figures_text"]),
    ]
    related = [html.Li([html.Span(data.specs["links"].style(p.get("role") or "").label + ": ",
                                  className="muted"),
                        clip(p.get("name")) or "?",
                        f" ({data.names.country(p['country'])})" if p.get("country") else ""])
               for p in rec["related_places"][:MAX_RELATED]]
    if len(rec["related_places"]) > MAX_RELATED:
        related.append(html.Li(f"and {len(rec['related_places']) - MAX_RELATED:,} more "
                               "(every one under “Provenance and every field”)", className="muted"))
    others = data.colocated(position, selected)
    source = rec["source_name"] or "unnamed source"
    children = [
        html.Div("Unreviewed: extracted automatically, not yet confirmed",
                 className="badge unreviewed") if rec["status"] == "unreviewed" else None,
        html.Div([html.Span(className=f"symbol shape-{style.shape or 'circle'}",
                            style={"backgroundColor": style.color}),
                  html.Span(style.label), html.Span(rec["sub_type"] or "", className="muted")],
                 className="details-type"),
        html.H3(clip(_place(rec, data.names)), className="details-place"),
        html.Div([dates, html.Span(f" · dated to the {rec['date_precision']}", className="muted"),
                  html.Span(f" · located to {rec['geo_precision']}", className="muted")],
                 className="details-when"),
        html.Blockquote(clip(rec["quote"]), className="details-quote") if rec["quote"] else None,
        html.Div(["Source: ", safe_link(rec["source_url"], clip(source)) or clip(source),
                  html.Span(f" ({rec['source_kind']})" if rec["source_kind"] else "",
                            className="muted")], className="details-source"),
        _table(figures + [_row("Actor", rec["actor1"]), _row("Opposing / target", rec["actor2"]),
                          _row("Notes", rec["notes"]), _row("Flags", "; ".join(rec["flags"]))]),
        html.Div([html.H4("Related places"), html.Ul(related)]) if related else None,
        html.Details([html.Summary("Provenance and every field"), _table(
            [_row(name, _paged(name, display(rec[name]))) for name in FIELD_NAMES])],
            className="details-all"),
    ]
    if len(others):
        more = len(others) - MAX_COLOCATED
        children.append(html.Div([
            html.H4(f"Also here in this view ({len(others):,})"),
            html.Div([html.Button(_short(data, int(k)), id={"type": PICK, "index": int(k)},
                                  className="link-button")
                      for k in others[:MAX_COLOCATED]]
                     + ([html.Span(f"and {more:,} more: narrow the filter or use the table",
                                   className="muted")] if more > 0 else []),
                     className="colocated"),
        ]))
    return [c for c in children if c is not None]


def _short(data: DashboardData, position: int) -> str:
    """An event in one line, for the "also here" buttons."""
    frame = data.view.frame
    date = str(frame["date_start"].iloc[position])[:10]
    label = data.styles.style(frame["event_type"].iloc[position]).label
    return f"{date} · {label} · {_cell(frame['source_name'].iloc[position])}"


def display(value: Any) -> str | None:
    """A field's value as one text (lists joined by "; ", dicts as "key: value")."""
    if value in (None, "", []):
        return None
    if isinstance(value, list):
        return "; ".join(display(v) or "" for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items() if v not in (None, ""))
    return str(value)


# -- table -------------------------------------------------------------------------
def table_columns() -> list[dict]:
    return [{"field": f, "headerName": h, "width": w, "sortable": f in SORT_KEYS,
             **({"cellClass": "status-cell"} if f == "status" else {})}
            for f, h, w in TABLE_COLUMNS]


def sort_positions(data: DashboardData, positions: np.ndarray, sort_model: list | None) -> np.ndarray:
    """Positions in the order the table asks for (view order, i.e. by date, by default)."""
    for rule in reversed(sort_model or []):
        column = SORT_KEYS.get(rule.get("colId"))
        if column is None:
            continue
        keys = _sort_keys(data.view.frame, column, positions)
        order = np.argsort(-keys if rule.get("sort") == "desc" else keys, kind="stable")
        positions = positions[order]
    return positions


def _sort_keys(frame, column: str, positions: np.ndarray) -> np.ndarray:
    """Numbers that sort like the column (missing values last in either direction)."""
    if column in ("killed", "wounded", "casualties"):
        low = frame[f"{column}_low"].to_numpy(dtype="float64")[positions]
        high = frame[f"{column}_high"].to_numpy(dtype="float64")[positions]
        return np.where(np.isnan(high), low, high)
    col = frame[column]
    if isinstance(col.dtype, pd.CategoricalDtype):  # by the text, not the category code
        rank = np.argsort(np.argsort(col.cat.categories.astype(str))).astype("float64")
        codes = col.cat.codes.to_numpy()[positions]
        return np.where(codes >= 0, rank[codes.clip(0)], np.nan)
    return col.to_numpy(dtype="float64")[positions]


def _cell(value: Any, limit: int = 200) -> Any:
    """A table cell's text, cut to ``limit`` characters (the details panel has the rest)."""
    return value[:limit] + "…" if isinstance(value, str) and len(value) > limit else value


def table_rows(data: DashboardData, positions: np.ndarray) -> list[dict]:
    """Rows of the events table for the given positions (one page)."""
    if not len(positions):
        return []
    records = data.view.rows(positions)
    figures = figure_texts(records, unknown="").to_dict("records")
    rows = []
    for rec, figs in zip(records.to_dict("records"), figures, strict=True):
        rows.append({
            "event_id": rec["event_id"],
            "date_start": _dates(rec["date_start"], rec["date_end"]),
            "event_type": data.styles.style(rec["event_type"]).label,
            "place": _cell(_place({k: _none(v) for k, v in rec.items()}, data.names)),
            "country": rec["country"],
            "actor1": _cell(rec["actor1"]), "actor2": _cell(rec["actor2"]),
            "killed": figs["killed"], "wounded": figs["wounded"],
            "killed_or_wounded": figs["killed_or_wounded"],
            "source_name": _cell(rec["source_name"]), "geo_precision": rec["geo_precision"],
            "status": "? unreviewed" if rec["status"] == "unreviewed" else "",
        })
    return rows


def _dates(start: Any, end: Any) -> str:
    """"2024-10-01" for one day, "2024-10-01 – 2024-10-05" for a span."""
    first, last = str(start)[:10], str(end)[:10]
    return first if last in (first, "NaT", "None") else f"{first} – {last}"


def _none(value: Any) -> Any:
    return None if value is None or value != value else value  # NaN → None

