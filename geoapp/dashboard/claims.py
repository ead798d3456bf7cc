"""Corroboration in the details panel: every source's claim about the selected event's incident.

Events that describe the same incident (:mod:`geoapp.query.incidents`) are shown
side by side: who says it, the figures each gives, the quote and the link. Each
other claim has a button to break the suggested link, or to confirm it.
"""

from __future__ import annotations

import numpy as np
from dash import html

from geoapp.dashboard.data import DashboardData
from geoapp.dashboard.details import safe_link
from geoapp.figures import KINDS, event_ranges, format_range

LINK = "incident-link"  # pattern-matching id type: index "<other event_id>|confirm" or "|break"
KIND_LABELS = dict(zip(KINDS, ("Killed", "Wounded", "Killed or wounded"), strict=True))


def incident_positions(data: DashboardData, position: int) -> np.ndarray:
    """Every event of the selected event's incident, the selected one first."""
    incidents = data.view.incidents().to_numpy()
    same = np.flatnonzero(incidents == incidents[position])
    return np.concatenate([[position], same[same != position]])


def confirmed_pairs(data: DashboardData) -> dict[frozenset[str], bool]:
    """The analyst's word on pairs of events: True confirmed, False broken."""
    links = data.view.links
    return {frozenset((a, b)): bool(c) for a, b, c in
            zip(links["event_a"], links["event_b"], links["confirmed"], strict=True)}


def claims_section(data: DashboardData, position: int) -> html.Div | None:
    """The claims about this incident, one column each (nothing when only one source speaks)."""
    positions = incident_positions(data, position)
    if len(positions) < 2:
        return None
    word = confirmed_pairs(data)
    selected = data.view.frame["event_id"].iloc[position]
    columns = []
    for pos in positions:
        rec = data.record(int(pos))
        ranges = event_ranges(rec)
        figures = [html.Div([html.Span(KIND_LABELS[k] + ": ", className="muted"),
                             format_range(ranges[k])]) for k in KINDS]
        other = rec["event_id"] != selected
        pair = word.get(frozenset((selected, rec["event_id"])))
        actions = ([html.Span("linked by you" if pair else "suggested", className="muted"),
                    *([html.Button("Same incident", id={"type": LINK, "index": f"{rec['event_id']}|confirm"},
                                   className="link-button")] if not pair else []),
                    html.Button("Not the same", id={"type": LINK, "index": f"{rec['event_id']}|break"},
                                className="link-button")]
                   if other else [html.Span("this event", className="muted")])
        source = rec["source_name"] or rec.get("publisher") or "unnamed source"
        columns.append(html.Div([
            html.Strong(safe_link(rec["source_url"], source) or source),
            html.Div(str(rec["date_start"]), className="muted"),
            *figures,
            html.Div(rec["quote"], className="claim-quote") if rec["quote"] and other else None,
            html.Div(actions, className="claim-actions"),
        ], className="claim"))
    sources = int(data.view.sources()[position])
    return html.Div([
        html.H4(f"Claims about this incident: {len(positions)} events, "
                f"{sources} independent source{'s' if sources != 1 else ''}"),
        html.Div(columns, className="claims"),
    ])
