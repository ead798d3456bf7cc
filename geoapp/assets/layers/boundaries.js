/* Boundaries layer: country and admin-1 outlines (the line style of each level is in hideout)
 * and, on a map without tiles, the names of regions and of their largest places, shown from
 * the zoom level where they fit (the map's container carries its zoom for the stylesheet).
 */
(function () {
  "use strict";

  function style(feature, context) {
    const line = (context.hideout || {})[feature.properties.level] || {};
    return { color: line.color || "#666666", weight: line.weight || 1, dashArray: line.dash || null,
      fill: false, interactive: false };
  }

  function trackZoom(map) {
    if (map._geoappZoom) { return; }
    map._geoappZoom = () => { map.getContainer().dataset.zoom = Math.round(map.getZoom()); };
    map.on("zoomend", map._geoappZoom);
    map._geoappZoom();
  }

  // A place name: text only, never HTML.
  function pointToLayer(feature, latlng, context) {
    const label = document.createElement("span");
    label.className = "geoapp-label";
    label.textContent = feature.properties.name;
    const marker = L.marker(latlng, { pane: (context && context.pane) || "overlayPane",
      interactive: false, keyboard: false,
      icon: L.divIcon({ html: label, className: "geoapp-label-icon " + feature.properties.level,
        iconSize: [0, 0] }) });
    marker.on("add", (e) => trackZoom(e.target._map));
    return marker;
  }

  function exportLayer(props, shapes) {
    const context = { hideout: props.hideout, pane: "boundaries" };
    return L.geoJson(shapes, { pane: "boundaries", interactive: false, style: (f) => style(f, context),
      pointToLayer: (f, ll) => pointToLayer(f, ll, context) });
  }

  window.geoapp.layers.boundaries = { style: style, pointToLayer: pointToLayer, exportLayer: exportLayer };
})();
