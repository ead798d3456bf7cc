"""A standalone HTML map of a snapshot: one file that anyone can open in a browser.

The page (folium) draws every registered map layer (:data:`geoapp.styles.LAYERS`)
with the same scripts as the live map (``assets/layers/*.js``): outlines,
region choropleth, related-place links and the filtered events as one canvas
layer with popups, plus a month slider with a play button and a legend with
the filter and the credits. Each layer's data is a JSON block
(``<script type="application/json" id="geoapp-layer-<name>">``, fixed shapes in
``geoapp-shapes-<name>``) and the snapshot metadata is ``geoapp-snapshot``.
Leaflet is inlined and there are no tiles unless asked for, so the page works
offline; with ``tiles="osm"`` the tiles are one more layer, shown when the
browser is online.
"""

from __future__ import annotations

import base64
import json
from html import escape
from pathlib import Path
from typing import Any

import folium
import pandas as pd
from branca.element import Element

from geoapp.export import ExportError
from geoapp.export.html_style import legend_html
from geoapp.export.meta import snapshot_meta
from geoapp.export.output import atomic_output
from geoapp.query import EventFilter, EventView
from geoapp.query.view import from_days
from geoapp.styles import LayerQuery, LayerSet, MapContext, fit_bounds, load_layers
from geoapp.styles.outlines import outlines

#: What every layer's script shares (loaded before the layers' own scripts).
MAP_SCRIPT = Path(__file__).resolve().parent.parent / "assets" / "geoapp_map.js"
#: Leaflet 1.9.4, vendored (BSD-2-Clause) so the exported page needs no network.
LEAFLET_DIR = Path(__file__).resolve().parent / "vendor" / "leaflet"
TILES = {"url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
         "attribution": "&copy; OpenStreetMap contributors"}
#: The closest the page opens on, however small the data's extent (about 20 km across).
MAX_FIT_ZOOM = 8

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

#: geoappExport.draw(map): every layer from its JSON block, bottom to top, in its own pane;
#: the layers control, the data's extent and the time slider over the events.
DRAW_JS = """
geoappExport.draw = function (map) {
  function block(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }
  var page = block("geoapp-map");
  var overlays = {};
  if (page.tiles) {
    var tiles = L.tileLayer(page.tiles.url, {attribution: page.tiles.attribution, maxZoom: 19});
    overlays["OpenStreetMap"] = tiles;
    if (navigator.onLine) { tiles.addTo(map); }
  }
  page.layers.forEach(function (spec) {
    map.createPane(spec.name).style.zIndex = spec.z;
    var layer = geoapp.layers[spec.name].exportLayer(block("geoapp-layer-" + spec.name),
                                                     block("geoapp-shapes-" + spec.name));
    overlays[spec.title] = layer.addTo(map);
  });
  L.control.layers(null, overlays, {collapsed: true}).addTo(map);
  map.fitBounds(page.bounds, {maxZoom: page.maxZoom});
  if (page.months.length) { geoappExport.timeSlider(map, overlays[page.events], page.months); }
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
               layers_dir: str | Path | None = None, tiles: str = "none") -> int:
    """Write the snapshot as a standalone map page; returns the number of events in it.

    ``tiles="osm"`` adds OpenStreetMap tiles (shown when the browser is online).
    """
    if tiles not in ("none", "osm"):
        raise ExportError(f"unknown tiles {tiles!r}; use 'none' or 'osm'")
    specs = load_layers(Path(layers_dir) if layers_dir else None)
    layers = LayerSet(view, MapContext(specs, outlines().names(), tiles))
    query = layers.query(flt)
    page = build_map(layers, query)
    with atomic_output(path) as tmp:
        page.save(str(tmp))
    return len(query.positions)


def build_map(layers: LayerSet, query: LayerQuery) -> folium.Map:
    """The folium map of one query over every layer (not yet saved).

    Data never goes through folium's templates: folium renders each element's
    output again as a Jinja template, so text such as ``{{ ... }}`` in a note
    would be evaluated. Everything built from events is added as raw text.
    """
    meta = snapshot_meta(query.view, query.flt, query.positions)
    countries = layers.countries(query)
    fmap = folium.Map(tiles=None, prefer_canvas=True, control_scale=True, min_zoom=2)
    _inline_leaflet(fmap)
    root = fmap.get_root()
    root.title = f"geoapp snapshot: {meta['count']:,} events"
    draws = {layer.name: layer.export(query, layers.state(layer.name)) for layer in layers}
    page = {
        "layers": [{"name": layer.name, "title": escape(layer.title), "z": layer.live.z_index}
                   for layer in layers],
        "events": escape(layers["events"].title),
        "bounds": fit_bounds(layers.extent(query)),
        "maxZoom": MAX_FIT_ZOOM,
        "months": _months(query),
        "tiles": TILES if layers.context.tiles == "osm" else None,
    }
    blocks = [_json_block("geoapp-snapshot", _json_text(meta)),
              _json_block("geoapp-map", _json_text(page))]
    for layer in layers:
        blocks.append(_json_block(f"geoapp-layer-{layer.name}", _json_text(draws[layer.name].props)))
        if layer.live.shapes:
            blocks.append(_json_block(f"geoapp-shapes-{layer.name}", layer.shapes(countries)))
    scripts = [MAP_SCRIPT.read_text(encoding="utf-8"),
               *(layer.script().read_text(encoding="utf-8") for layer in layers)]
    legends = [draw.legend for draw in draws.values() if draw.legend is not None]
    root.html.add_child(_Raw("".join([
        PAGE_CSS, legend_html(legends, meta), *blocks,
        "<script>", *scripts, "\nvar geoappExport = {};", TIME_SLIDER_JS, DRAW_JS, "</script>",
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


def _months(query: LayerQuery) -> list[str]:
    """Every month from the first start to the last end of the selected events, as YYYY-MM."""
    if not len(query.positions):
        return []
    first = from_days(int(query.view.start[query.positions].min()))
    last = from_days(int(query.view.end[query.positions].max()))
    return [str(p) for p in pd.period_range(first, last, freq="M")]
