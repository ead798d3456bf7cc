"""The timeline histogram: filtered events per period, stacked by type, window shaded.

It counts events under every filter except the time window, so it always shows
the whole span and where the window sits in it; drawing a box on it sets the
window. Moving the window only moves the shading (a small patch, not a new
figure).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from dash import Patch

from geoapp.dashboard.data import DashboardData
from geoapp.query import timeline
from geoapp.query.view import from_days

WINDOW_FILL = "rgba(31, 119, 180, 0.12)"
WINDOW_LINE = "rgba(31, 119, 180, 0.8)"


def bucket_for(span: tuple[int, int]) -> str:
    """Bars per month over long spans, per week over months, per day over weeks."""
    days = span[1] - span[0]
    return "month" if days > 730 else "week" if days > 120 else "day"


def window_shapes(start: dt.date, end: dt.date, span: tuple[dt.date, dt.date]) -> list[dict]:
    """The shaded window, from the start of its first day to the end of its last (none when
    the window is the whole span)."""
    if (start, end) == span:
        return []
    return [{
        "type": "rect", "xref": "x", "yref": "paper", "layer": "below",
        "x0": start.isoformat(), "x1": (end + dt.timedelta(days=1)).isoformat(), "y0": 0, "y1": 1,
        "fillcolor": WINDOW_FILL, "line": {"color": WINDOW_LINE, "width": 1},
    }]


def figure(data: DashboardData, positions: np.ndarray, start: dt.date, end: dt.date,
           span: tuple[int, int]) -> dict:
    """Stacked bars per type (in legend order and colours) over ``span`` (the slider's range,
    days since 1970), with the window shaded."""
    bucket = bucket_for(span)
    table = timeline(data.view, positions, bucket)
    traces = []
    for style in data.styles.types:
        rows = table[table["event_type"] == style.value]
        if rows.empty:
            continue
        traces.append({
            "type": "bar", "name": style.label, "marker": {"color": style.color},
            "x": rows["bucket"].dt.strftime("%Y-%m-%d").tolist(), "y": rows["events"].tolist(),
            "hovertemplate": f"%{{x|{_hover_format(bucket)}}}<br>{style.label}: %{{y:,}}"
                             "<extra></extra>",
            "xperiod": {"month": "M1", "week": 7 * 86_400_000, "day": 86_400_000}[bucket],
            "xperiodalignment": "start",
        })
    first, last = str(from_days(span[0])), str(from_days(span[1] + 1))
    return {"data": traces, "layout": {
        "barmode": "stack", "bargap": 0.05, "height": 150,
        "margin": {"l": 40, "r": 10, "t": 8, "b": 24},
        "showlegend": False, "dragmode": "select", "selectdirection": "h",
        "hovermode": "closest",
        "xaxis": {"type": "date", "range": [first, last], "fixedrange": True},
        "yaxis": {"fixedrange": True, "rangemode": "tozero", "tickformat": "~s"},
        "plot_bgcolor": "#ffffff", "paper_bgcolor": "rgba(0,0,0,0)",
        "font": {"size": 11, "family": "system-ui, sans-serif"},
        "shapes": window_shapes(start, end, _span_dates(span)),
    }}


def window_patch(start: dt.date, end: dt.date, span: tuple[int, int]) -> Patch:
    """Only the shading moves when only the window moves."""
    patch = Patch()
    patch["layout"]["shapes"] = window_shapes(start, end, _span_dates(span))
    return patch


def _span_dates(span: tuple[int, int]) -> tuple[dt.date, dt.date]:
    first, last = from_days(np.array(span)).tolist()
    return first, last


def _hover_format(bucket: str) -> str:
    return {"month": "%b %Y", "week": "week of %d %b %Y", "day": "%d %b %Y"}[bucket]
