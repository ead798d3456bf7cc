/* geoapp maps: what every layer's script shares, and the dashboard's clientside callbacks.
 *
 * Each layer's script (assets/layers/<name>.js) registers window.geoapp.layers.<name>:
 * the functions the live map references from Python as
 * {"variable": "geoapp.layers.<name>.<prop>"} (dash-leaflet passes the component's
 * props, with `hideout`, as the last argument) and exportLayer(props), which draws
 * the layer in an HTML export. Text from the data only ever reaches the page
 * through textContent, never as HTML.
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
  // One formatter for every number (toLocaleString with options makes a new one each call).
  const numbers = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
  const fmt = (v) => numbers.format(Number(v));
  // A canvas that lets the mouse through to the layers under it (regions, links): it covers
  // the whole map, so it takes no pointer events itself and finds its markers from the map
  // container's events instead (before the layers under it see them; a hit stops the click).
  const PassThroughCanvas = L.Canvas.extend({
    onAdd: function () {
      L.Canvas.prototype.onAdd.call(this);
      this._container.style.pointerEvents = "none";
      this._forward = (e) => {
        if (e.type === "mousemove") {
          this._onMouseMove(e);
          this._map.getContainer().classList.toggle("geoapp-pointer", !!this._hoveredLayer);
        } else if (this._hit(e)) {
          this._onClick(e);
          e.stopPropagation();  // the marker's click: not also a click on the region under it
        }
      };
      ["mousemove", "click"].forEach((t) => this._map.getContainer().addEventListener(t, this._forward, true));
    },
    _hit: function (e) {
      const point = this._map.mouseEventToLayerPoint(e);
      for (let order = this._drawFirst; order; order = order.next) {
        if (order.layer.options.interactive && order.layer._containsPoint(point)) { return true; }
      }
      return false;
    },
    onRemove: function () {
      ["mousemove", "click"].forEach((t) => this._map.getContainer().removeEventListener(t, this._forward, true));
      L.Canvas.prototype.onRemove.call(this);
    },
  });
  const canvases = {};
  function canvasFor(pane) {
    if (!canvases[pane]) { canvases[pane] = new PassThroughCanvas({ pane: pane, padding: 0.3 }); }
    return canvases[pane];
  }
  const CANVAS_ABOVE = 1000;  // more points than this are drawn on one canvas, not as SVG

  // Point features from columns (lon, lat, and one list per property in `columns`).
  function pointFeatures(payload) {
    const names = Object.keys(payload.columns || {});
    const features = new Array(payload.lon.length);
    for (let i = 0; i < payload.lon.length; i++) {
      const props = { k: payload.k[i] };
      names.forEach((name) => { props[name] = payload.columns[name][i]; });
      features[i] = { type: "Feature", properties: props,
        geometry: { type: "Point", coordinates: [payload.lon[i], payload.lat[i]] } };
    }
    return features;
  }

  // The selected event: a ring drawn above everything else.
  function selectedToLayer(feature, latlng, context) {
    return L.circleMarker(latlng, {
      pane: context.pane || "overlayPane", radius: 16, color: "#111111", weight: 3,
      fill: false, interactive: false, className: "geoapp-selected",
    });
  }

  /* -- the live map's Leaflet layers ----------------------------------------------------- */
  // dash-leaflet keeps the Leaflet layer of each GeoJSON component to itself. Each one is noted
  // as it is made and, asked with the event NAME_EVENT, names itself: the layout gives every
  // layer component `geoapp.nameLayer` as that event's handler, which dash-leaflet calls with
  // the component's props. The live map draws its events straight into their layer.
  const NAME_EVENT = "geoapp:name";
  const made = [];
  const named = {};  // component id → its Leaflet layer
  L.GeoJSON.addInitHook(function () { made.push(this); });
  function nameLayer(e, props) { named[props.id] = e.target; }
  // The Leaflet layer of component `id`, once dash-leaflet has set it up (null until then).
  function liveLayer(id) {
    if (!named[id]) { made.forEach((layer) => layer.fire(NAME_EVENT)); }
    const layer = named[id];
    return layer && layer.options.pointToLayer ? layer : null;
  }

  // Each layer's script (assets/layers/<name>.js) adds itself to geoapp.layers.
  window.geoapp = Object.assign(window.geoapp || {}, {
    util: { ShapeMarker: ShapeMarker, textElement: textElement, fmt: fmt, canvasFor: canvasFor,
      pointFeatures: pointFeatures, CANVAS_ABOVE: CANVAS_ABOVE },
    layers: {},
    selectedToLayer: selectedToLayer,
    nameLayer: nameLayer,
  });

  // Shapes on the map are reached by the keyboard through the table, not one Tab stop each.
  L.Path.addInitHook(function () {
    this.on("add", () => { const el = this.getElement && this.getElement(); if (el) { el.setAttribute("tabindex", "-1"); } });
  });

  // Skip links move the keyboard focus, not only the view.
  document.addEventListener("click", (e) => {
    const link = e.target.closest && e.target.closest("a.skip-link");
    const target = link && document.getElementById(link.getAttribute("href").slice(1));
    if (!target) { return; }
    e.preventDefault();
    if (!target.hasAttribute("tabindex") && !/^(BUTTON|A|INPUT|SELECT)$/.test(target.tagName)) {
      target.setAttribute("tabindex", "-1");
    }
    target.focus();
    target.scrollIntoView({ block: "nearest" });
  });

  /* -- clientside callbacks (component ids as in geoapp/dashboard/ids.py) ------------ */
  const DAY = 86400000;
  const isoDay = (day) => new Date(day * DAY).toISOString().slice(0, 10);
  // Where the next play window starts, for one that starts on `day` (days since 1970).
  function nextStart(day, step) {
    if (step !== "month") { return day + (step === "week" ? 7 : 1); }
    const d = new Date(day * DAY);
    return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) / DAY);
  }

  let pendingPoints = null;  // [payload, layer id, caption id, notice id] not drawn yet
  let retry = null;
  function drawPending() {
    retry = null;
    const [payload, layerId, captionId, noticeId] = pendingPoints;
    const layer = liveLayer(layerId);
    if (!layer) { retry = window.setTimeout(drawPending, 50); return; }
    pendingPoints = null;
    const notice = document.getElementById(noticeId);
    if (notice) { notice.textContent = payload.notice || ""; }
    const clusters = payload.mode === "clusters";
    const features = clusters
      ? payload.lon.map((lon, i) => ({ type: "Feature", properties: { n: payload.n[i], kh: payload.kh[i] },
        geometry: { type: "Point", coordinates: [lon, payload.lat[i]] } }))
      : pointFeatures(payload);
    window.geoapp.layers.events.draw(layer, features, !clusters && features.length > CANVAS_ABOVE);
    const caption = document.getElementById(captionId);
    if (caption) {
      caption.textContent = clusters
        ? fmt(payload.n.reduce((a, b) => a + b, 0)) + " events in " + fmt(features.length) + " clusters"
        : fmt(features.length) + (features.length === 1 ? " event" : " events") + " on the map";
    }
  }

  // `value`, once the frame after the one showing what was just drawn has begun (the map is
  // surely on screen then): the renderer's work for what follows, the page's update, would
  // otherwise run first and hold those frames back. A hidden page paints no frames: the
  // timeout lets its updates go on.
  function afterPaint(value) {
    return new Promise((resolve) => {
      const done = () => resolve(value);
      window.requestAnimationFrame(() => window.requestAnimationFrame(() => window.setTimeout(done, 0)));
      window.setTimeout(done, AFTER_PAINT_MS);
    });
  }
  const AFTER_PAINT_MS = 200;

  // The small picture in front of a legend line (the classes of the type checklist's symbols).
  function legendSymbol(entry) {
    const span = document.createElement("span");
    if (entry.symbol === "marker") {
      span.className = "symbol shape-" + (entry.shape || "circle");
      span.style.backgroundColor = entry.color || "";
    } else if (entry.symbol === "line") {
      span.className = "legend-line";
      span.style.borderTopColor = entry.color || "";
      span.style.borderTopStyle = entry.dash ? "dashed" : "solid";
    } else if (entry.symbol === "ring") {
      span.className = "ring-icon";
    } else if (entry.symbol !== "note") {
      span.className = "swatch";
      span.style.backgroundColor = entry.color || "";
      span.style.borderColor = entry.outline || "";
    }
    return span;
  }

  // Each drawn layer's legend ({title, entries}), written into `box` in one go.
  function drawLegend(box, legends) {
    const lines = [];
    (legends || []).forEach((legend) => {
      lines.push(textElement([legend.title], "legend-title"));
      legend.entries.forEach((entry) => {
        const row = document.createElement("div");
        row.className = entry.symbol === "note" ? "legend-empty" : "legend-row";
        row.append(legendSymbol(entry), entry.label);
        lines.push(row);
      });
    });
    box.replaceChildren(...lines);
  }

  window.dash_clientside = Object.assign(window.dash_clientside || {}, {
    geoapp: {
      // A layer's fixed shapes are fetched here, not through the layer's `url`: a layer
      // ignores new styles while its url is loading, and the first values arrive meanwhile.
      fetchJson: async function (url) {
        const response = await fetch(url);
        return response.ok ? response.json() : window.dash_clientside.no_update;
      },

      // A restyled layer's new hideout: its script restyles the shapes already drawn.
      restyle: function (hideout, storeId) {
        const layer = window.geoapp.layers[String(storeId).replace(/-restyle$/, "")];
        if (hideout && layer && layer.restyle) { layer.restyle(hideout); }
        return window.dash_clientside.no_update;
      },

      // The map's parts the page draws itself (no components to build): columns from the
      // server → the events layer's features, drawn straight into its Leaflet layer, with the
      // caption under the map saying how many events it draws and the notice saying what it
      // leaves out; and the legend of the other layers. Until dash-leaflet has made the layer,
      // the latest points wait. Returns the map's keys, which start the page's update: it is
      // sent once the map is on screen, not before (afterPaint).
      drawMap: function (payload, legends, shown, layerId, captionId, noticeId, legendId) {
        const triggered = window.dash_clientside.callback_context.triggered
          .map((t) => t.prop_id.split(".")[0]);
        const legendBox = document.getElementById(legendId);
        if (legends && legendBox && triggered.includes("map-legend-data")) {
          drawLegend(legendBox, legends);
        }
        if (payload && triggered.includes("points-store")) {
          pendingPoints = [payload, layerId, captionId, noticeId];
          if (!retry) { drawPending(); }
        }
        return afterPaint(shown);
      },

      // Play/Pause and each tick: play the chosen window a step at a time, from its start to
      // its end. `range` keeps the window being played and the last frame shown, so Play
      // after the end (the window still on that frame) plays the same window again.
      play: function (clicks, ticks, window_, min, max, step, cumulative, stopped, range) {
        const nu = window.dash_clientside.no_update;
        // A click and a tick can arrive together: the click wins.
        const clicked = window.dash_clientside.callback_context.triggered
          .some((t) => t.prop_id === "play-button.n_clicks");
        const cumul = (cumulative || []).length > 0;
        const [lo, hi] = window_ || [min, max];
        const show = (from, to, r) => {
          const playing = to < r.hi;
          return [[from, to], !playing, playing ? "❚❚ Pause" : "▶ Play", { lo: r.lo, hi: r.hi, last: [from, to] }];
        };
        if (clicked) {
          if (!stopped) { return [nu, true, "▶ Play", nu]; }
          const replay = range && range.last && range.last[0] === lo && range.last[1] === hi;
          const r = replay ? range : { lo: lo, hi: hi };
          return show(r.lo, Math.min(nextStart(r.lo, step) - 1, r.hi), r);
        }
        // A tick while the page is still updating is skipped: playing never queues up work
        // for a slow server, and Pause stops at the window on screen.
        if (stopped || !range || document.querySelector("[data-dash-is-loading]")) { return [nu, nu, nu, nu]; }
        if (hi >= range.hi) { return [nu, true, "▶ Play", nu]; }
        const newHi = Math.min(nextStart(hi + 1, step) - 1, range.hi);
        return show(cumul ? range.lo : hi + 1, newHi, range);
      },

      // The slider, the two date inputs and a box drawn on the timeline show one window:
      // whichever the user moved sets the others (in the browser: no round trip). A date
      // outside the slider's range widens the range; one outside the data is moved to the
      // data's first or last day, and the note under the dates says so.
      syncWindow: function (window_, start, end, selected, min, max, span) {
        const nu = window.dash_clientside.no_update;
        const trigger = window.dash_clientside.callback_context.triggered_id;
        const [first, last] = span || [min, max];
        const notes = [];
        const dayOf = (text, fallback) => {
          const t = Date.parse(String(text || "").slice(0, 10) + "T00:00:00Z");
          if (Number.isNaN(t)) { return fallback; }
          const day = Math.round(t / DAY);
          if (day > last) { notes.push("The data ends on " + isoDay(last) + ": the window ends there."); }
          if (day < first) { notes.push("The data starts on " + isoDay(first) + ": the window starts there."); }
          return Math.min(Math.max(day, first), last);
        };
        if (trigger === "window-slider") {
          return [nu, isoDay(window_[0]), isoDay(window_[1]), nu, nu, ""];
        }
        let lo = dayOf(start, min);
        let hi = dayOf(end, max);
        if (trigger === "timeline") {
          const x = selected && selected.range && selected.range.x;
          if (!x) { return [nu, nu, nu, nu, nu, nu]; }
          [lo, hi] = [dayOf(x[0], min), dayOf(x[1], max)];
        }
        [lo, hi] = [Math.min(lo, hi), Math.max(lo, hi)];
        const same = window_ && window_[0] === lo && window_[1] === hi;
        return [same ? nu : [lo, hi], isoDay(lo), isoDay(hi), lo < min ? lo : nu,
          hi > max ? hi : nu, notes.join(" ")];
      },

      // The shareable view goes into the address bar without reloading the page.
      // Not while playing: each frame would replace the address (the last one is written).
      writeUrl: function (query, stopped) {
        if (stopped === false) { return window.dash_clientside.no_update; }
        const target = window.location.pathname + (query ? "?" + query : "");
        if (target !== window.location.pathname + window.location.search) {
          window.history.replaceState(null, "", target);
        }
        return window.dash_clientside.no_update;
      },

      // The address bar's link to the clipboard; where the browser refuses, the link is shown
      // to copy by hand.
      copyLink: async function () {
        try {
          await navigator.clipboard.writeText(window.location.href);
          return "Link copied";
        } catch (e) {
          return window.location.href;
        }
      },

      // The filters drawer on small screens (on wide screens the filters are always shown).
      toggleDrawer: function (clicks, className) {
        const open = !String(className || "").includes("open");
        return ["filters-body" + (open ? " open" : ""), open ? "true" : "false"];
      },

      // "Animation" buttons: the server renders the current view (the address bar's query);
      // the page shows its progress, then downloads the file. Nothing waits on this callback.
      animate: function (clicks, query, buttonId) {
        const status = document.getElementById("animation-status");
        const format = String(buttonId).replace("animate-", "");
        const say = (text) => { if (status) { status.textContent = text; } };
        const fail = (text) => say("Animation failed: " + text);
        say("Starting the " + format.toUpperCase() + "…");
        fetch("/geoapp/animation", {
          method: "POST",
          headers: { "Content-Type": "application/json",  // the session's CSRF token, as Dash sends it
            "X-CSRFToken": (document.cookie.match(/(?:^|; )_csrf_token=([^;]*)/) || [])[1] || "" },
          body: JSON.stringify({ view: query || "", format: format }),
        }).then((r) => r.json()).then((started) => {
          if (!started.job) { fail(started.error || "not started"); return; }
          const poll = () => fetch("/geoapp/animation/" + started.job).then((r) => r.json())
            .then((job) => {
              if (job.state === "failed") { fail(job.error || "unknown error"); return; }
              if (job.state === "done") {
                say(format.toUpperCase() + " ready: " + fmt(job.frames) + " frames");
                window.location.assign("/geoapp/animation/" + started.job + "/file");
                return;
              }
              say(job.total ? "Rendering frame " + fmt(job.done) + " of " + fmt(job.total) + "…"
                : "Waiting for the renderer…");
              window.setTimeout(poll, 400);
            }, () => fail("the server did not answer"));
          poll();
        }, () => fail("the server did not answer"));
        return window.dash_clientside.no_update;
      },

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
      refreshTable: function (_filter, _version, gridId) {
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
