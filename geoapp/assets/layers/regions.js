/* Regions layer: each region filled with the colour class of its value; regions without
 * events are left unfilled. The tooltip names the region and its value.
 *
 * On the live map a query's values arrive through restyle(hideout), which restyles the
 * regions already drawn: setting the component's hideout would make dash-leaflet remove
 * and re-add every polygon on each move of the slider.
 */
(function () {
  "use strict";
  const u = window.geoapp.util;
  let current = null;  // the latest hideout from restyle(), over the component's own
  const drawn = {};  // region code → its Leaflet layer on the live map

  const hideoutOf = (context) => current || (context && context.hideout) || {};

  function style(feature, context) {
    const h = hideoutOf(context);
    const v = (h.values || {})[feature.properties.code];
    if (v === undefined) {
      return { color: h.line || "#666666", weight: 0, fill: false, fillOpacity: 0 };
    }
    let cls = 0;
    while (cls < h.breaks.length && v >= h.breaks[cls]) { cls++; }
    return { color: h.line || "#666666", weight: 0.6, fill: true, fillColor: h.colors[cls],
      fillOpacity: h.opacity || 0.6 };
  }

  function onEachFeature(feature, layer, context) {
    drawn[feature.properties.code] = layer;
    layer.bindTooltip(() => {
      const h = hideoutOf(context);
      const v = (h.values || {})[feature.properties.code];
      return u.textElement([feature.properties.name,
        (h.label || "") + ": " + (v === undefined ? "none" : u.fmt(v))]);
    }, { sticky: true });
  }

  // Only regions whose style changed are touched: each setStyle rewrites the path's attributes.
  function restyle(hideout) {
    current = hideout;
    Object.values(drawn).forEach((layer) => {
      const next = style(layer.feature);
      const key = JSON.stringify(next);
      if (layer.geoappStyle !== key) {
        layer.geoappStyle = key;
        layer.setStyle(next);
      }
    });
  }

  function exportLayer(props, shapes) {
    const context = { hideout: props.hideout };
    return L.geoJson(shapes, {
      pane: "regions",
      style: (f) => style(f, context),
      onEachFeature: (f, l) => onEachFeature(f, l, context),
    });
  }

  window.geoapp.layers.regions = { style: style, onEachFeature: onEachFeature, restyle: restyle,
    exportLayer: exportLayer };
})();
