/* Links layer: a line from each event to a place it refers to, in the colour and dash of
 * the place's role; the tooltip says what the line means.
 */
(function () {
  "use strict";
  const u = window.geoapp.util;

  function style(feature) {
    const p = feature.properties;
    return { color: p.color || "#555555", weight: p.weight || 2, dashArray: p.dash || null,
      opacity: 0.85 };
  }

  function onEachFeature(feature, layer) {
    layer.bindTooltip(() => u.textElement([feature.properties.title]), { sticky: true });
  }

  function exportLayer(props) {
    return L.geoJson(props.data, { pane: "links", style: style, onEachFeature: onEachFeature });
  }

  window.geoapp.layers.links = { style: style, onEachFeature: onEachFeature, exportLayer: exportLayer };
})();
