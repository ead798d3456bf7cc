/* Events layer: a shape per type, sized by casualties. Events located only to a district,
 * region or country sit inside a dashed ring of that uncertainty (hollow by default),
 * so they never look like a precise point. Popups (HTML export) are built as text nodes.
 */
(function () {
  "use strict";
  const u = window.geoapp.util;

  // A cluster's size (it fits its 80 px cell), label and title.
  function clusterLook(p) {
    return { size: Math.round(18 + 6 * Math.log10(Math.max(p.n, 1))),
      text: p.n >= 10000 ? Math.round(p.n / 1000) + "k" : u.fmt(p.n),
      title: u.fmt(p.n) + " events, " + u.fmt(p.kh) + " killed (high) — click to zoom in" };
  }

  function clusterMarker(feature, latlng, pane) {
    const look = clusterLook(feature.properties);
    const label = document.createElement("span");
    label.textContent = look.text;
    const marker = L.marker(latlng, {
      pane: pane,
      icon: L.divIcon({ html: label, className: "geoapp-cluster", iconSize: [look.size, look.size] }),
      title: look.title,
    });
    marker.feature = feature;
    return marker;
  }

  // A cluster marker on the map shown as another cluster: moved, resized and relabelled in
  // place (its element and listeners are what costs when markers are made afresh).
  function reuseCluster(marker, feature) {
    const look = clusterLook(feature.properties);
    const icon = marker._icon;
    marker.feature = feature;
    marker.options.title = icon.title = look.title;
    icon.firstChild.textContent = look.text;
    if (marker.options.icon.options.iconSize[0] !== look.size) {
      marker.options.icon.options.iconSize = [look.size, look.size];
      const px = look.size + "px";
      const margin = -look.size / 2 + "px";
      Object.assign(icon.style, { width: px, height: px, marginLeft: margin, marginTop: margin });
    }
    const [lon, lat] = feature.geometry.coordinates;
    marker.setLatLng([lat, lon]);
  }
  const isShownCluster = (layer) => !!(layer._icon && layer.feature && layer.feature.properties.n !== undefined);

  let liveCanvas = null;  // the live map's choice of renderer for the points it draws (draw)

  function pointToLayer(feature, latlng, context) {
    const p = feature.properties;
    const h = context.hideout || {};
    const canvas = liveCanvas === null ? h.canvas : liveCanvas;
    const pane = context.pane || "overlayPane";
    if (p.n !== undefined) { return clusterMarker(feature, latlng, pane); }
    const type = h.types[p.t] || h.types[h.types.length - 1];
    const ring = h.rings[p.q];
    const hollow = ring && ring.hollow;
    const options = {
      pane: pane, shape: type.shape, radius: p.r, color: hollow ? type.color : "#ffffff",
      weight: hollow ? 2 : 1, fillColor: type.color, fillOpacity: hollow ? 0.08 : 0.85,
      dashArray: hollow ? ring.dash : null, className: "geoapp-marker",
    };
    if (p.u) {  // unreviewed: a dark dashed outline and a "?" beside it
      Object.assign(options, { color: "#111111", weight: 2, dashArray: "3 3" });
    }
    if (canvas) { options.renderer = u.canvasFor(pane); }
    const marker = new u.ShapeMarker(latlng, options);
    marker.feature = feature;
    const parts = [marker];
    if (p.u) {
      parts.push(L.marker(latlng, { pane: pane, interactive: false, keyboard: false,
        icon: L.divIcon({ html: "?", className: "geoapp-unreviewed", iconSize: [14, 14],
          iconAnchor: [-p.r + 2, p.r + 12] }) }));
    }
    if (p.s > 1) {  // independent sources on this incident
      const count = document.createElement("span");
      count.textContent = String(p.s);
      parts.push(L.marker(latlng, { pane: pane, interactive: false, keyboard: false,
        title: p.s + " independent sources",
        icon: L.divIcon({ html: count, className: "geoapp-sources", iconSize: [16, 16],
          iconAnchor: [p.r + 14, p.r + 12] }) }));
    }
    if (!ring) { return parts.length > 1 ? L.featureGroup(parts) : marker; }
    const circle = L.circle(latlng, {
      pane: pane, radius: ring.km * 1000, color: type.color, weight: 1, opacity: 0.7,
      dashArray: ring.dash, fill: false, interactive: false,
      className: "geoapp-ring", renderer: options.renderer,
    });
    circle.feature = feature;
    return L.featureGroup([circle].concat(parts));
  }

  // The popup of one event (HTML export); values only ever set as text.
  function popup(p) {
    const box = document.createElement("div");
    box.className = "geoapp-popup";
    function add(tag, text, className) {
      if (text === null || text === undefined || text === "") { return null; }
      const el = document.createElement(tag);
      el.textContent = text;
      if (className) { el.className = className; }
      box.appendChild(el);
      return el;
    }
    add("strong", p.type);
    add("div", p.when);
    add("div", p.place);
    add("div", p.figures);
    add("div", p.figures_text && "“" + p.figures_text + "”");
    add("blockquote", p.quote);
    const source = add("div", "Source: " + (p.source || "not given"));
    if (p.url && /^https?:\/\//i.test(p.url)) {
      const link = document.createElement("a");
      link.href = p.url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      link.textContent = " (link)";
      source.appendChild(link);
    }
    add("div", p.notes);
    add("div", p.id, "geoapp-id");
    return box;
  }

  // HTML export: the points with their popups and dates (for the page's time slider).
  function exportLayer(props) {
    const features = u.pointFeatures(props);
    features.forEach((f, i) => {
      const text = {};
      Object.keys(props.popup).forEach((name) => { text[name] = props.popup[name][i]; });
      f.id = text.id;
      f.properties.popup = text;
      f.properties.date_start = props.date_start[i];
      f.properties.date_end = props.date_end[i];
    });
    const context = { hideout: Object.assign({}, props.hideout, { canvas: true }), pane: "events" };
    return L.geoJson({ type: "FeatureCollection", features: features }, {
      pointToLayer: (f, ll) => pointToLayer(f, ll, context),
      onEachFeature: (f, layer) => layer.bindPopup(() => popup(f.properties.popup), { maxWidth: 360 }),
    });
  }

  // The live map's points, drawn straight into the events component's Leaflet layer (whose
  // pointToLayer, from dash-leaflet, calls the one above with the component's props); `canvas`
  // draws them on one canvas rather than as SVG.
  // Clusters replacing clusters reuse the markers on the map.
  function draw(layer, features, canvas) {
    liveCanvas = canvas;
    const shown = layer.getLayers();
    const clusters = features.length > 0 && features[0].properties.n !== undefined;
    if (!clusters || !shown.every(isShownCluster)) {
      layer.clearLayers();
      layer.addData(features);
      return;
    }
    const kept = Math.min(shown.length, features.length);
    for (let i = 0; i < kept; i++) { reuseCluster(shown[i], features[i]); }
    shown.slice(kept).forEach((marker) => layer.removeLayer(marker));
    layer.addData(features.slice(kept));
  }

  window.geoapp.layers.events = { pointToLayer: pointToLayer, exportLayer: exportLayer, draw: draw };
})();
