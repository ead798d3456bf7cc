"""A standalone HTML map of a snapshot: one file that anyone can open in a browser.

The page (folium) holds the filtered events as one GeoJSON layer drawn on a
canvas by the dashboard's own map script, so symbols, sizes and the dashed
rings of region-level events look as they do live, plus the region
choropleth, popups with quote and source, a month slider with a play button,
a legend with the filter and the credits, and the snapshot metadata as a JSON
block (``<script type="application/json" id="geoapp-snapshot">``; the events are in
``geoapp-events``). Leaflet is inlined, so the page works offline; only the
optional background tiles load from the web.
"""

from __future__ import annotations

import base64
import json
from html import escape
from pathlib import Path
from typing import Any

import folium
import numpy as np
import pandas as pd
import pyarrow as pa
import shapely
from branca.element import Element

from geoapp.export.geojson import feature_array, feature_collection, point_geometry
from geoapp.export.html_popup import POPUP_JS, popup_columns
from geoapp.export.html_style import legend_html, marker_columns
from geoapp.export.jsontext import TEXT, json_values, members
from geoapp.export.meta import snapshot_meta
from geoapp.export.output import atomic_output
from geoapp.export.regions import region_table
from geoapp.query import EventFilter, EventView
from geoapp.styles import LayerSpec, load_layers
from geoapp.styles.mapdata import MarkerStyles, choropleth_hideout, region_values

#: The live map's layer functions (window.geoapp.map), shared with the dashboard.
MAP_SCRIPT = Path(__file__).resolve().parent.parent / "assets" / "geoapp_map.js"
#: Leaflet 1.9.4, vendored (BSD-2-Clause) so the exported page needs no network.
LEAFLET_DIR = Path(__file__).resolve().parent / "vendor" / "leaflet"
#: Region outlines: simplified to about 1 km and rounded to about 100 m.
REGION_TOLERANCE = 0.01
REGION_DECIMALS = 3
#: JSON kind of each property of an event feature.
EVENT_PROPERTIES = {
    "t": "integer", "q": "integer", "r": "number", "date_start": "date", "date_end": "date",
    "type": "text", "when": "text", "place": "text", "figures": "text", "figures_text": "text",
    "quote": "text", "source": "text", "url": "text", "notes": "text", "id": "text",
}

#: geoappExport.timeSlider(map, layer, months): show the events overlapping one month at a time.
TIME_SLIDER_JS = """
geoappExport.timeSlider = function (map, layer, months) {
  var markers = layer.getLayers();
  var control = L.control({position: "bottomleft"});
  control.onAdd = function () {
    var div = L.DomUtil.create("div", "geoapp-time leaflet-bar");
    var play = L.DomUtil.create("button", "", div);
    var input = L.DomUtil.create("input", "", div);
    var label = L.DomUtil.create("span", "", div);
    play.type = "button";
    play.textContent = "▶";
    play.title = "Play month by month";
    input.type = "range";
    input.min = 0;
    input.max = months.length;
    input.value = 0;
    L.DomEvent.disableClickPropagation(div);
    L.DomEvent.disableScrollPropagation(div);
    function show(i) {
      var first = i ? months[i - 1] + "-01" : "", last = i ? months[i - 1] + "-31" : "";
      var shown = 0;
      layer.clearLayers();
      markers.forEach(function (m) {
        var p = m.feature.properties;
        if (!i || (p.date_start <= last && p.date_end >= first)) { layer.addLayer(m); shown++; }
      });
      label.textContent = " " + (i ? months[i - 1] : "all dates") + " · " +
        shown.toLocaleString("en-US") + " events";
    }
    var timer = null;
    function stop() { clearInterval(timer); timer = null; play.textContent = "▶"; }
    input.addEventListener("input", function () { if (timer) { stop(); } show(+input.value); });
    play.addEventListener("click", function () {
      if (timer) { stop(); return; }
      play.textContent = "❚❚";
      timer = setInterval(function () {
        var i = +input.value % months.length + 1;
        input.value = i;
        show(i);
        if (i === months.length) { stop(); }
      }, 900);
    });
    show(0);
    return div;
  };
  control.addTo(map);
};
"""

#: geoappExport.draw(map): the region and event layers, layer switcher, extent and slider,
#: from the page's JSON blocks.
DRAW_JS = """
geoappExport.draw = function (map) {
  function block(id) { return JSON.parse(document.getElementById(id).textContent); }
  var d = block("geoapp-layers");
  d.events = block("geoapp-events");
  d.regions = block("geoapp-regions");
  var overlays = {};
  if (d.regions.features.length) {
    overlays[d.titles.regions] = L.geoJson(d.regions, {
      style: function (f) { return geoapp.map.regionStyle(f, d.context.regions); },
      onEachFeature: function (f, l) { geoapp.map.regionTooltip(f, l, d.context.regions); }
    }).addTo(map);
  }
  var events = L.geoJson(d.events, {
    pointToLayer: function (f, ll) { return geoapp.map.pointToLayer(f, ll, d.context.events); },
    onEachFeature: geoappExport.bindPopup
  }).addTo(map);
  overlays[d.titles.events] = events;
  L.control.layers(null, overlays, {collapsed: true}).addTo(map);
  if (d.bounds) { map.fitBounds(d.bounds, {maxZoom: 10}); }
  if (d.months.length) { geoappExport.timeSlider(map, events, d.months); }
};
"""

PAGE_CSS = """<style>
.geoapp-legend { position: fixed; bottom: 24px; right: 10px; z-index: 1000; max-width: 280px;
  max-height: 70vh; overflow-y: auto; background: rgba(255,255,255,.92); padding: 8px 10px;
  border-radius: 4px; font: 12px/1.4 sans-serif; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
.geoapp-legend h4 { margin: 4px 0; font-size: 13px; }
.geoapp-row svg, .geoapp-swatch { vertical-align: middle; }
.geoapp-swatch { display: inline-block; width: 14px; height: 10px; border: 1px solid #999; }
.geoapp-note, .geoapp-meta { color: #555; margin: 4px 0; }
.geoapp-time { background: #fff; padding: 4px 8px; font: 12px sans-serif; }
.geoapp-time input { vertical-align: middle; width: 220px; }
.geoapp-popup blockquote { margin: 4px 0; padding-left: 6px; border-left: 3px solid #ccc; }
.geoapp-popup .geoapp-id { color: #777; font-size: 11px; }
</style>"""


def write_html(view: EventView, flt: EventFilter, path: str | Path, *,
               layers_dir: str | Path | None = None) -> int:
    """Write the snapshot as a standalone map page; returns the number of events in it."""
    positions = view.select(flt)
    page = build_map(view, flt, positions, load_layers(Path(layers_dir) if layers_dir else None))
    with atomic_output(path) as tmp:
        page.save(str(tmp))
    return len(positions)


def build_map(view: EventView, flt: EventFilter, positions: np.ndarray,
              specs: dict[str, LayerSpec]) -> folium.Map:
    """The folium map of the selected rows (not yet saved).

    Data never goes through folium's templates: folium renders each element's
    output again as a Jinja template, so text such as ``{{ ... }}`` in a note
    would be evaluated. Everything built from events is added as raw text.
    """
    meta = snapshot_meta(view, flt, positions)
    rows = view.rows(positions)
    rows = rows[rows["lon"].notna() & rows["lat"].notna()]
    styles = MarkerStyles.from_spec(specs["events"], view.categories("event_type"))
    metric = specs["regions"].options.get("default_metric", "events")
    values = region_values(view, positions, metric, region_table()["area_km2"])
    choropleth = choropleth_hideout(values, specs["regions"], metric)

    fmap = folium.Map(tiles="OpenStreetMap", prefer_canvas=True, control_scale=True)
    _inline_leaflet(fmap)
    root = fmap.get_root()
    root.title = f"geoapp snapshot: {meta['count']:,} events"
    layers = {
        "context": {"events": {"hideout": styles.hideout()}, "regions": {"hideout": choropleth}},
        "titles": {"events": escape(specs["events"].title), "regions": escape(choropleth["label"])},
        "bounds": ([[rows["lat"].min(), rows["lon"].min()], [rows["lat"].max(), rows["lon"].max()]]
                   if len(rows) else None),
        "months": _months(rows),
    }
    root.html.add_child(_Raw("".join([
        PAGE_CSS, legend_html(styles, choropleth, meta, set(rows["event_type"])),
        _json_block("geoapp-snapshot", _json_text(meta)),
        _json_block("geoapp-layers", _json_text(layers)),
        _json_block("geoapp-events", _event_collection(rows, styles)),
        _json_block("geoapp-regions", _region_collection(values.index)),
        "<script>", MAP_SCRIPT.read_text(encoding="utf-8"), "\nvar geoappExport = {};",
        POPUP_JS, TIME_SLIDER_JS, DRAW_JS, "</script>",
    ])))
    fmap.add_child(_MapScript(f"geoappExport.draw({fmap.get_name()});"))
    return fmap


def _inline_leaflet(fmap: folium.Map) -> None:
    """Leaflet itself goes into the page as data URLs (no CDN): the file works offline.

    The page's own scripts need nothing else of folium's defaults (jQuery, Bootstrap,
    icon fonts), so those are left out; tiles stay optional decoration.
    """
    fmap.default_js = [("leaflet", _data_url("leaflet.js", "text/javascript"))]
    css = (LEAFLET_DIR / "leaflet.css").read_text(encoding="utf-8")
    for image in ("layers-2x.png", "layers.png"):
        css = css.replace(f"url(images/{image})", f"url({_data_url(image, 'image/png')})")
    encoded = base64.b64encode(css.encode()).decode()
    fmap.default_css = [("leaflet_css", f"data:text/css;base64,{encoded}")]


def _data_url(name: str, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode((LEAFLET_DIR / name).read_bytes()).decode()}"


class _Raw(Element):
    """Text put into the page as it is (folium would parse it as a template)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


class _MapScript(Element):
    """JavaScript run after the map it is added to exists."""

    def __init__(self, code: str) -> None:
        super().__init__()
        self.code = code

    def render(self, **kwargs: Any) -> None:
        self.get_root().script.add_child(_Raw(self.code), name=self.get_name())


def _json_block(element_id: str, json_text: bytes) -> str:
    """A ``<script type="application/json">`` block that no text inside can end early.

    ``<``, ``>`` and ``&`` only occur inside JSON strings, where their ``\\u`` escapes
    mean the same, so the block still parses to the same value.
    """
    text = (json_text.decode().replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026"))
    return f'<script type="application/json" id="{element_id}">{text}</script>'


def _json_text(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode()


def _event_collection(rows: pd.DataFrame, styles: MarkerStyles) -> bytes:
    """The located events as a FeatureCollection with the map's style keys and popup text."""
    table = pd.concat([marker_columns(rows, styles), rows[["date_start", "date_end"]],
                       popup_columns(rows, styles)], axis=1)
    return feature_collection(feature_array(
        json_values(rows["event_id"], "text"), point_geometry(rows),
        [*members(table, EVENT_PROPERTIES), "}"], before=","))


def _region_collection(codes: pd.Index) -> bytes:
    """Outlines of the regions with a value, simplified for the browser (shared edges kept)."""
    table = region_table()
    part = table.loc[table.index.intersection(codes)]
    outlines = shapely.transform(
        shapely.coverage_simplify(part["geometry"].to_numpy(), REGION_TOLERANCE),
        lambda xy: np.round(xy, REGION_DECIMALS))
    if part.empty:
        return b'{"type":"FeatureCollection","features":[]}'
    names = pd.DataFrame({"code": part.index, "name": part["name"].to_numpy()})
    return feature_collection(feature_array(
        json_values(names["code"], "text"), pa.array(shapely.to_geojson(outlines), TEXT),
        [*members(names, {"code": "text", "name": "text"}), "}"], before=","))


def _months(rows: pd.DataFrame) -> list[str]:
    """Every month from the first start to the last end, as YYYY-MM."""
    if rows.empty:
        return []
    span = pd.period_range(rows["date_start"].min(), rows["date_end"].max(), freq="M")
    return [str(p) for p in span]
