"""What the HTML map draws, styled exactly like the dashboard's map.

The marker and choropleth helpers the live map uses (:mod:`geoapp.styles.mapdata`)
turn the layer specs into the ``hideout`` its map script reads; the HTML map
embeds that same script (``assets/geoapp_map.js``), so a snapshot's markers,
rings and region colours match the live map for the same ``--layers``.
This module adds the per-event style columns and the legend.
"""

from __future__ import annotations

from html import escape
from typing import Any

import numpy as np
import pandas as pd

from geoapp.model import GEO_PRECISIONS
from geoapp.styles.mapdata import MarkerStyles, casualties

#: Legend symbols (14 px SVG), drawn like the map's shapes.
SHAPE_SVG = {
    "circle": '<circle cx="7" cy="7" r="5.5"/>',
    "triangle": '<polygon points="7,1 13,12 1,12"/>',
    "square": '<rect x="2" y="2" width="10" height="10"/>',
    "diamond": '<polygon points="7,0.5 13.5,7 7,13.5 0.5,7"/>',
    "star": ('<polygon points="7,0.5 8.6,5 13.5,5.2 9.6,8.2 11,13 7,10.2 3,13 4.4,8.2 0.5,5.2 '
             '5.4,5"/>'),
    "cross": '<polygon points="5,1 9,1 9,5 13,5 13,9 9,9 9,13 5,13 5,9 1,9 1,5 5,5"/>',
}


def marker_columns(rows: pd.DataFrame, styles: MarkerStyles) -> pd.DataFrame:
    """The map script's per-event keys: t (type index), q (precision rank), r (radius px)."""
    types = pd.Categorical(rows["event_type"])
    ranks = {name: i for i, name in enumerate(GEO_PRECISIONS)}
    return pd.DataFrame({
        "t": styles.type_index(list(types.categories))[types.codes],
        "q": rows["geo_precision"].map(ranks).fillna(len(GEO_PRECISIONS)).astype("int64"),
        "r": np.round(styles.radius(casualties(rows)).astype("float64"), 1),
    }, index=rows.index)


def legend_html(styles: MarkerStyles, choropleth: dict[str, Any], meta: dict[str, Any],
                shown_types: set[str]) -> str:
    """The legend box: event symbols, region classes, what the snapshot holds, credits."""
    rows = [f'<div class="geoapp-row"><svg width="14" height="14" fill="{escape(s.color or "")}" '
            f'stroke="#333" stroke-width="1">{SHAPE_SVG.get(s.shape, SHAPE_SVG["circle"])}'
            f"</svg> {escape(s.label)}</div>"
            for s in styles.types if s.value in shown_types]
    rings = [p for p, ring in zip(GEO_PRECISIONS, styles.rings, strict=False) if ring]
    if rings:
        rows.append('<div class="geoapp-note">dashed ring: located only to '
                    f'{escape(" / ".join(rings))} level</div>')
    parts = ['<div class="geoapp-legend"><h4>Events</h4>', *rows, *_class_rows(choropleth),
             f'<p class="geoapp-meta">{meta["count"]:,} {escape(meta["filter_description"])}.'
             f"<br>Snapshot {escape(meta['generated_at'])}, geoapp {escape(meta['version'])}.</p>",
             f'<p class="geoapp-meta">{escape(" · ".join(meta["attributions"]))}</p></div>']
    return "".join(parts)


def _class_rows(choropleth: dict[str, Any]) -> list[str]:
    if not choropleth.get("values"):
        return []
    breaks, colors = choropleth["breaks"], choropleth["colors"]
    edges = [f"{b:,.0f}" if abs(b) >= 10 else f"{b:,.1f}" for b in breaks]
    labels = ([f"&lt; {edges[0]}", *(f"{a} – {b}" for a, b in zip(edges, edges[1:],
                                                                  strict=False)),
               f"≥ {edges[-1]}"] if edges else ["all"])
    return [f"<h4>{escape(choropleth['label'])} per region</h4>"] + [
        f'<div class="geoapp-row"><span class="geoapp-swatch" style="background:{escape(c)}">'
        f"</span> {label}</div>" for c, label in zip(colors, labels, strict=False)]
