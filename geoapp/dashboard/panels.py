"""The figures and lists around the map: headline numbers, facet counts, the legends.

Facet counts use every filter except their own, so the source list shows how
many events each source would add, and the type checklist doubles as the map
legend with counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict

import numpy as np
from dash import html

from geoapp.dashboard.data import DashboardData
from geoapp.figures import format_range
from geoapp.model import EVENT_TYPES, GEO_PRECISIONS
from geoapp.query import by_source
from geoapp.query.aggregate import counts
from geoapp.query.summary import Headline
from geoapp.styles import LayerDraw


def summary_children(h: Headline, unreviewed: int = 0) -> list:
    """The headline figures of the current view (each incident counted once); when the user
    includes unreviewed extractions, how many of the events are such."""
    def stat(label: str, value: str, test_id: str, title: str | None = None) -> html.Div:
        return html.Div([html.Span(value, className="stat-value", id=test_id),
                         html.Span(label, className="stat-label")],
                        className="stat", title=title)
    children = [
        stat("events", f"{h.events:,}", "stat-events",
             f"{h.incidents:,} incidents" if h.incidents != h.events else None),
        stat("killed", format_range(h.killed), "stat-killed"),
        stat("wounded", format_range(h.wounded), "stat-wounded"),
        stat("killed or wounded", format_range(h.killed_or_wounded), "stat-killed-or-wounded"),
        stat("sources", f"{h.sources:,}", "stat-sources"),
    ]
    if h.include_unreviewed:
        children.append(html.Div(f"incl. {unreviewed:,} unreviewed", id="stat-unreviewed",
                                 className="badge unreviewed",
                                 title="The figures include extractions no one has reviewed yet"))
    return children


#: Most options a pick list gets at once; typing a few letters finds the others on the server.
MAX_OPTIONS = 200
MORE_OPTIONS = "\u2026more"  # value of the disabled last option that counts the rest


def capped_options(options: list[dict], selected: Iterable[str] = (), search: str | None = None,
                   limit: int = MAX_OPTIONS) -> list[dict]:
    """At most ``limit`` options: the selected ones, then the first that contain ``search``
    (any case), in the given order; a last, disabled option says how many more match."""
    chosen = set(selected)
    needle = (search or "").casefold()
    kept = [o for o in options if o["value"] in chosen]
    matching = [o for o in options if o["value"] not in chosen
                and needle in o.get("search", o["value"]).casefold()]
    room = max(limit - len(kept), 0)
    more = len(matching) - room
    tail = ([{"label": f"\u2026 {more:,} more: type to find them", "value": MORE_OPTIONS,
              "disabled": True}] if more > 0 else [])
    return kept + matching[:room] + tail


def source_options(data: DashboardData, positions: np.ndarray, selected: tuple[str, ...],
                   search: str | None = None) -> list:
    """Sources with their event counts under every other filter, most events first
    (at most :data:`MAX_OPTIONS`, those containing ``search`` when given)."""
    counts = by_source(data.view, positions)
    options = [{"label": f"{name} ({n:,})", "value": name, "search": name}
               for name, n in zip(counts["source_name"], counts["events"], strict=True)]
    shown = set(counts["source_name"])
    options += [{"label": f"{s} (0)", "value": s, "search": s} for s in selected if s not in shown]
    return capped_options(options, selected, search)


def actor_options(data: DashboardData, selected: Iterable[str] = (),
                  search: str | None = None) -> list:
    """Actors in either role, alphabetically (at most :data:`MAX_OPTIONS`)."""
    view = data.view
    names = sorted(set(view.categories("actor1")) | set(view.categories("actor2")))
    return capped_options([{"label": n, "value": n} for n in names], selected, search)


def type_counts(data: DashboardData, positions: np.ndarray) -> dict[str, int]:
    found = counts(data.view, "event_type", positions)
    return dict(zip(data.view.categories("event_type"), found.tolist(), strict=True))


def type_options(data: DashboardData, counts: dict[str, int]) -> list:
    """The type checklist, which is also the map legend: symbol, label and count."""
    options = []
    for style in data.styles.types:
        if style.value not in EVENT_TYPES:
            continue
        n = counts.get(style.value, 0)
        options.append({"value": style.value, "label": html.Span([
            html.Span(className=f"symbol shape-{style.shape or 'circle'}",
                      style={"backgroundColor": style.color}),
            html.Span(style.label, className="type-label"),
            html.Span(f"{n:,}", className="type-count"),
        ], className="type-option" + ("" if n else " empty"))})
    return options


def precision_legend(data: DashboardData) -> html.Div:
    """What a hollow marker in a dashed ring means: the place is only known this coarsely."""
    levels = [f"{name} ({ring['km']:g} km)"
              for name, ring in zip(GEO_PRECISIONS, data.styles.rings, strict=False) if ring]
    return html.Div([html.Span(className="ring-icon"),
                     html.Span("Hollow, in a dashed ring: located only to the "
                               + ", ".join(levels))], className="precision-legend")


def unreviewed_legend() -> html.Div:
    """What a dashed marker with a "?" means."""
    return html.Div([html.Span(className="unreviewed-icon"),
                     html.Span("Dashed, with a “?”: an unreviewed extraction, not yet "
                               "confirmed by anyone")], className="precision-legend")


def map_legend(draws: dict[str, LayerDraw]) -> list[dict]:
    """Each drawn layer's legend, in drawing order (the events' legend is the type checklist),
    as data: the page's script (``drawMap``) writes it under the map, so a slider move
    renders no components for it."""
    return [{"title": draw.legend.title,
             "entries": [{k: v for k, v in asdict(e).items() if v is not None and k != "value"}
                         for e in draw.legend.entries]}
            for draw in draws.values() if draw.legend is not None]
