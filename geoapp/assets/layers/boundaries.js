/* Boundaries layer: country and admin-1 outlines (the line style of each level is in hideout). */
(function () {
  "use strict";

  function style(feature, context) {
    const line = (context.hideout || {})[feature.properties.level] || {};
    return { color: line.color || "#666666", weight: line.weight || 1, dashArray: line.dash || null,
      fill: false, interactive: false };
  }

  function exportLayer(props, shapes) {
    const context = { hideout: props.hideout };
    return L.geoJson(shapes, { pane: "boundaries", interactive: false, style: (f) => style(f, context) });
  }

  window.geoapp.layers.boundaries = { style: style, exportLayer: exportLayer };
})();
