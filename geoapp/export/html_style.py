"""The HTML map's legend: each layer's legend, what the snapshot holds, the credits.

The layers (:mod:`geoapp.styles`) say what their legends hold; this module
only writes them as escaped HTML, with symbols drawn like the map's.
"""

from __future__ import annotations

from html import escape
from typing import Any

from geoapp.styles import Legend, LegendEntry

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


def _symbol(entry: LegendEntry) -> str:
    color = escape(entry.color or "#777777")
    if entry.symbol == "marker":
        return (f'<svg width="14" height="14" fill="{color}" stroke="#333" stroke-width="1">'
                f'{SHAPE_SVG.get(entry.shape or "circle", SHAPE_SVG["circle"])}</svg>')
    if entry.symbol == "line":
        dash = f' stroke-dasharray="{escape(entry.dash)}"' if entry.dash else ""
        return (f'<svg width="18" height="14"><line x1="1" y1="7" x2="17" y2="7" stroke="{color}" '
                f'stroke-width="2"{dash}/></svg>')
    if entry.symbol == "ring":
        return ('<svg width="14" height="14"><circle cx="7" cy="7" r="5.5" fill="none" '
                f'stroke="#777" stroke-dasharray="{escape(entry.dash or "3 3")}"/></svg>')
    if entry.symbol == "note":
        return ""
    outline = escape(entry.outline or "#999999")
    return f'<span class="geoapp-swatch" style="background:{color};border-color:{outline}"></span>'


def legend_html(legends: list[Legend], meta: dict[str, Any]) -> str:
    """The legend box: every layer's legend (top layer first), the snapshot, the credits."""
    parts = ['<div class="geoapp-legend">']
    for legend in reversed(legends):
        parts.append(f"<h4>{escape(legend.title)}</h4>")
        parts += [f'<div class="geoapp-row">{_symbol(e)} {escape(e.label)}</div>'
                  for e in legend.entries]
    parts += [f'<p class="geoapp-meta">{meta["count"]:,} {escape(meta["filter_description"])}.'
              f"<br>Snapshot {escape(meta['generated_at'])}, geoapp {escape(meta['version'])}.</p>",
              f'<p class="geoapp-meta">{escape(" · ".join(meta["attributions"]))}</p></div>']
    return "".join(parts)
