/* Areas layer: each area as it stood at the end of the window, in its layer's colour;
 * what it gained since the window's start in one colour, what it lost dashed in another.
 */
(function () {
  "use strict";
  const u = window.geoapp.util;

  function style(feature) {
    const p = feature.properties;
    const change = p.kind !== "area";
    return { color: p.color, weight: change ? 1 : p.weight, fillColor: p.color,
      fillOpacity: p.opacity, dashArray: p.kind === "lost" ? "4 3" : null,
      className: "geoapp-area geoapp-area-" + p.kind };
  }

  function onEachFeature(feature, layer) {
    layer.bindTooltip(() => u.textElement([feature.properties.title]), { sticky: true });
  }

  function exportLayer(props) {
    return L.geoJson(props.data, { pane: "areas", style: style, onEachFeature: onEachFeature });
  }

  window.geoapp.layers.areas = { style: style, onEachFeature: onEachFeature, exportLayer: exportLayer };
})();
