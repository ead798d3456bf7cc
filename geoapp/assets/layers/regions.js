/* Regions layer: each region filled with the colour class of its value; regions without
 * events are left unfilled. The tooltip names the region and its value.
 */
(function () {
  "use strict";
  const u = window.geoapp.util;

  function style(feature, context) {
    const h = context.hideout || {};
    const v = (h.values || {})[feature.properties.code];
    if (v === undefined) {
      return { color: h.line || "#666666", weight: 0, fill: false, fillOpacity: 0 };
    }
    let cls = 0;
    while (cls < h.breaks.length && v >= h.breaks[cls]) { cls++; }
    return { color: h.line || "#666666", weight: 0.6, fillColor: h.colors[cls],
      fillOpacity: h.opacity || 0.6 };
  }

  function onEachFeature(feature, layer, context) {
    const h = context.hideout || {};
    const v = (h.values || {})[feature.properties.code];
    layer.bindTooltip(() => u.textElement([feature.properties.name,
      (h.label || "") + ": " + (v === undefined ? "none" : u.fmt(v))]), { sticky: true });
  }

  function exportLayer(props, shapes) {
    const context = { hideout: props.hideout };
    return L.geoJson(shapes, {
      pane: "regions",
      style: (f) => style(f, context),
      onEachFeature: (f, l) => onEachFeature(f, l, context),
    });
  }

  window.geoapp.layers.regions = { style: style, onEachFeature: onEachFeature, exportLayer: exportLayer };
})();
