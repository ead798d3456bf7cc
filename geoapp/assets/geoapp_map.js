/* geoapp live map: layer functions for dash-leaflet and the page's clientside callbacks.
 *
 * Functions under window.geoapp.map are referenced from Python as
 * {"variable": "geoapp.map.<name>"}; dash-leaflet passes the component props
 * (with `hideout`) as the last argument. Text from the data only ever reaches
 * the page through textContent, never as HTML.
 */
(function () {
  "use strict";

  /* -- marker shapes -------------------------------------------------------- */
  // Outline points of each shape around (x, y) for a radius r, in pixels.
  function shapePoints(shape, x, y, r) {
    const pts = [];
    const poly = (n, rot, radii) => {
      for (let i = 0; i < n; i++) {
        const a = rot + (2 * Math.PI * i) / n;
        const rr = radii ? radii[i % radii.length] : r;
        pts.push([x + rr * Math.cos(a), y + rr * Math.sin(a)]);
      }
    };
    switch (shape) {
      case "triangle": poly(3, -Math.PI / 2); break;
      case "square": poly(4, Math.PI / 4, [r * 1.05]); break;
      case "diamond": poly(4, 0, [r * 1.1]); break;
      case "star": poly(10, -Math.PI / 2, [r * 1.15, r * 0.5]); break;
      case "cross": {
        const t = r * 0.38;
        [[-t, -r], [t, -r], [t, -t], [r, -t], [r, t], [t, t], [t, r], [-t, r], [-t, t],
         [-r, t], [-r, -t], [-t, -t]].forEach(([dx, dy]) => pts.push([x + dx, y + dy]));
        break;
      }
      default: return null;  // circle: drawn by CircleMarker itself
    }
    return pts;
  }

  // A CircleMarker drawn as another shape: same hit-testing and performance, SVG or canvas.
  const ShapeMarker = L.CircleMarker.extend({
    options: { shape: "circle" },
    _updatePath: function () {
      const pts = shapePoints(this.options.shape, this._point.x, this._point.y, this._radius);
      if (!pts) { return L.CircleMarker.prototype._updatePath.call(this); }
      this._renderer._updateShape(this, pts);
    },
  });
  L.SVG.include({
    _updateShape: function (layer, pts) {
      this._setPath(layer, "M" + pts.map((p) => p[0].toFixed(1) + "," + p[1].toFixed(1)).join("L") + "Z");
    },
  });
  L.Canvas.include({
    _updateShape: function (layer, pts) {
      if (!this._drawing || layer._empty()) { return; }
      const ctx = this._ctx;
      ctx.beginPath();
      pts.forEach((p, i) => (i ? ctx.lineTo(p[0], p[1]) : ctx.moveTo(p[0], p[1])));
      ctx.closePath();
      this._fillStroke(ctx, layer);
    },
  });

  /* -- helpers --------------------------------------------------------------- */
  function textElement(lines, className) {
    const div = document.createElement("div");
    div.className = className || "geoapp-tip";
    lines.filter((l) => l !== null && l !== undefined && l !== "").forEach((line, i) => {
      if (i) { div.appendChild(document.createElement("br")); }
      div.appendChild(document.createTextNode(String(line)));
    });
    return div;
  }
  const fmt = (v) => Number(v).toLocaleString("en-US", { maximumFractionDigits: 1 });
  const canvases = {};
  function canvasFor(pane) {
    if (!canvases[pane]) { canvases[pane] = L.canvas({ pane: pane, padding: 0.3 }); }
    return canvases[pane];
  }
  const CANVAS_ABOVE = 1000;  // more points than this are drawn on one canvas, not as SVG

  /* -- layer functions -------------------------------------------------------- */
  const map = {};

  // Events: a shape per type, sized by casualties; region/country-level events are hollow
  // with a dashed ring of their uncertainty, so they never look like a precise point.
  map.pointToLayer = function (feature, latlng, context) {
    const p = feature.properties;
    const h = context.hideout || {};
    const pane = context.pane || "overlayPane";
    if (p.n !== undefined) { return clusterMarker(feature, latlng, pane); }
    const type = h.types[p.t] || h.types[h.types.length - 1];
    const ring = h.rings[p.q];
    const options = {
      pane: pane, shape: type.shape, radius: p.r, color: ring ? type.color : "#ffffff",
      weight: ring ? 2 : 1, fillColor: type.color, fillOpacity: ring ? 0.08 : 0.85,
      dashArray: ring ? ring.dash : null, className: "geoapp-marker",
    };
    if (h.canvas) { options.renderer = canvasFor(pane); }
    const marker = new ShapeMarker(latlng, options);
    marker.feature = feature;
    if (!ring) { return marker; }
    const circle = L.circle(latlng, {
      pane: pane, radius: ring.km * 1000, color: type.color, weight: 1, opacity: 0.7,
      dashArray: ring.dash, fill: false, interactive: false,
      className: "geoapp-ring", renderer: options.renderer,
    });
    circle.feature = feature;
    return L.featureGroup([circle, marker]);
  };

  function clusterMarker(feature, latlng, pane) {
    const p = feature.properties;
    const size = Math.round(18 + 6 * Math.log10(Math.max(p.n, 1)));  // fits its 80 px cell
    const label = document.createElement("span");
    label.textContent = p.n >= 10000 ? Math.round(p.n / 1000) + "k" : fmt(p.n);
    const marker = L.marker(latlng, {
      pane: pane,
      icon: L.divIcon({ html: label, className: "geoapp-cluster", iconSize: [size, size] }),
      title: fmt(p.n) + " events, " + fmt(p.kh) + " killed (high) — click to zoom in",
    });
    marker.feature = feature;
    return marker;
  }

  // The selected event: a ring drawn above everything else.
  map.selectedToLayer = function (feature, latlng, context) {
    return L.circleMarker(latlng, {
      pane: context.pane || "overlayPane", radius: 16, color: "#111111", weight: 3,
      fill: false, interactive: false, className: "geoapp-selected",
    });
  };

  // Regions: the choropleth colour of each region's value (no events: outline only).
  map.regionStyle = function (feature, context) {
    const h = context.hideout || {};
    const v = (h.values || {})[feature.properties.code];
    if (v === undefined) {
      return { color: h.line || "#666666", weight: 0, fill: false, fillOpacity: 0 };
    }
    let cls = 0;
    while (cls < h.breaks.length && v >= h.breaks[cls]) { cls++; }
    return { color: h.line || "#666666", weight: 0.6, fillColor: h.colors[cls],
      fillOpacity: h.opacity || 0.6 };
  };
  map.regionTooltip = function (feature, layer, context) {
    const h = context.hideout || {};
    const v = (h.values || {})[feature.properties.code];
    layer.bindTooltip(() => textElement([feature.properties.name,
      (h.label || "") + ": " + (v === undefined ? "none" : fmt(v))]), { sticky: true });
  };

  // Links: colour and dash of the role; the tooltip says what the line means.
  map.linkStyle = function (feature) {
    const p = feature.properties;
    return { color: p.color || "#555555", weight: p.weight || 2, dashArray: p.dash || null,
      opacity: 0.85 };
  };
  map.linkTooltip = function (feature, layer) {
    layer.bindTooltip(() => textElement([feature.properties.title]), { sticky: true });
  };

  window.geoapp = Object.assign(window.geoapp || {}, { map: map });

  /* -- clientside callbacks (component ids as in geoapp/dashboard/ids.py) ------------ */
  const DAY = 86400000;
  const isoDay = (day) => new Date(day * DAY).toISOString().slice(0, 10);
  // Where the next play window starts, for one that starts on `day` (days since 1970).
  function nextStart(day, step) {
    if (step !== "month") { return day + (step === "week" ? 7 : 1); }
    const d = new Date(day * DAY);
    return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) / DAY);
  }

  window.dash_clientside = Object.assign(window.dash_clientside || {}, {
    geoapp: {
      // The choropleth's polygons are fetched here, not through the layer's `url`: a layer
      // ignores new styles while its url is loading, and the first values arrive meanwhile.
      fetchJson: async function (url) {
        const response = await fetch(url);
        return response.ok ? response.json() : window.dash_clientside.no_update;
      },

      // Columns from the server → GeoJSON features for the events layer, and a caption
      // saying how many events the map now draws.
      drawPoints: function (payload, hideout) {
        const nu = window.dash_clientside.no_update;
        if (!payload) { return [nu, nu, nu]; }
        const features = new Array(payload.lon.length);
        const clusters = payload.mode === "clusters";
        for (let i = 0; i < payload.lon.length; i++) {
          const props = clusters
            ? { n: payload.n[i], kh: payload.kh[i] }
            : { k: payload.k[i], t: payload.t[i], q: payload.q[i], r: payload.r[i] };
          features[i] = { type: "Feature", properties: props,
            geometry: { type: "Point", coordinates: [payload.lon[i], payload.lat[i]] } };
        }
        const canvas = !clusters && features.length > CANVAS_ABOVE;
        const caption = clusters
          ? fmt(payload.n.reduce((a, b) => a + b, 0)) + " events in " + fmt(features.length) + " clusters"
          : fmt(features.length) + (features.length === 1 ? " event" : " events") + " on the map";
        return [{ type: "FeatureCollection", features: features },
          Object.assign({}, hideout, { canvas: canvas }), caption];
      },

      // Play/Pause and each tick: move the window by one step; stop at the end of the data.
      play: function (clicks, ticks, window_, min, max, step, cumulative, stopped) {
        const nu = window.dash_clientside.no_update;
        // A click and a tick can arrive together: the click wins.
        const clicked = window.dash_clientside.callback_context.triggered
          .some((t) => t.prop_id === "play-button.n_clicks");
        const cumul = (cumulative || []).length > 0;
        const moveTo = (w, playing) => [w, !playing, playing ? "❚❚ Pause" : "▶ Play"];
        let [lo, hi] = window_ || [min, max];
        if (clicked) {
          if (!stopped) { return [nu, true, "▶ Play"]; }
          if (hi >= max) { lo = min; }  // at the end (or showing everything): from the start
          return moveTo([lo, Math.min(nextStart(lo, step) - 1, max)], true);
        }
        // A tick while the page is still updating is skipped: playing never queues up work
        // for a slow server, and Pause stops at the window on screen.
        if (stopped || document.querySelector("[data-dash-is-loading]")) { return [nu, nu, nu]; }
        const newHi = Math.min(nextStart(hi + 1, step) - 1, max);
        return moveTo([cumul ? lo : Math.min(hi + 1, newHi), newHi], newHi < max);
      },

      // The slider, the two date inputs and a box drawn on the timeline show one window:
      // whichever the user moved sets the others (in the browser: no round trip).
      syncWindow: function (window_, start, end, selected, min, max) {
        const nu = window.dash_clientside.no_update;
        const trigger = window.dash_clientside.callback_context.triggered_id;
        const clamp = (day) => Math.min(Math.max(day, min), max);
        const dayOf = (text, fallback) => {
          const t = Date.parse(String(text || "").slice(0, 10) + "T00:00:00Z");
          return Number.isNaN(t) ? fallback : clamp(Math.round(t / DAY));
        };
        if (trigger === "window-slider") {
          return [nu, isoDay(window_[0]), isoDay(window_[1])];
        }
        let lo = dayOf(start, min);
        let hi = dayOf(end, max);
        if (trigger === "timeline") {
          const x = selected && selected.range && selected.range.x;
          if (!x) { return [nu, nu, nu]; }
          [lo, hi] = [dayOf(x[0], min), dayOf(x[1], max)];
        }
        [lo, hi] = [Math.min(lo, hi), Math.max(lo, hi)];
        const same = window_ && window_[0] === lo && window_[1] === hi;
        return [same ? nu : [lo, hi], isoDay(lo), isoDay(hi)];
      },

      // The shareable view goes into the address bar without reloading the page.
      writeUrl: function (query) {
        const target = window.location.pathname + (query ? "?" + query : "");
        if (target !== window.location.pathname + window.location.search) {
          window.history.replaceState(null, "", target);
        }
        return window.dash_clientside.no_update;
      },

      copyLink: function () { return window.location.href; },

      // A box drawn on the timeline has set the window: once the timeline has redrawn, remove
      // the box and the dimming outside it, since the shaded window now shows the same.
      clearBrush: function (_figure, graphId) {
        window.setTimeout(() => {
          const gd = document.querySelector("#" + graphId + " .js-plotly-plot");
          if (gd && window.Plotly && (gd.data || []).some((t) => t.selectedpoints)) {
            window.Plotly.restyle(gd, { selectedpoints: [null] });
            window.Plotly.relayout(gd, { selections: [] });
          }
        }, 100);
        return window.dash_clientside.no_update;
      },

      // A new filter empties the table's cache so it asks for the new rows.
      refreshTable: function (_filter, gridId) {
        if (window.dash_ag_grid && window.dash_ag_grid.getApiAsync) {
          window.dash_ag_grid.getApiAsync(gridId).then((api) => api.purgeInfiniteCache());
        }
        return window.dash_clientside.no_update;
      },

      // "Zoom to" the event in the details panel.
      zoomTo: function (clicks, selection, zoom) {
        const nu = window.dash_clientside.no_update;
        const f = selection && selection.features && selection.features[0];
        if (!clicks || !f) { return nu; }
        const [lon, lat] = f.geometry.coordinates;
        return { center: [lat, lon], zoom: Math.max(zoom || 0, 9), transition: "flyTo" };
      },
    },
  });
})();
