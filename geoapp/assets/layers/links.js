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

  // The tooltip says what the line means; the related place's name stays at its end.
  function onEachFeature(feature, layer) {
    const p = feature.properties;
    layer.bindTooltip(() => u.textElement([p.title]), { sticky: true });
    if (!p.name) { return; }
    const end = feature.geometry.coordinates[p.end || 0];
    const label = L.tooltip({ permanent: true, direction: "right", interactive: false,
      className: "geoapp-link-label" }).setLatLng([end[1], end[0]]).setContent(u.textElement([p.name]));
    layer.on("add", (e) => e.target._map.openTooltip(label));
    layer.on("remove", (e) => e.target._map && e.target._map.closeTooltip(label));
  }

  function exportLayer(props) {
    return L.geoJson(props.data, { pane: "links", style: style, onEachFeature: onEachFeature });
  }

  window.geoapp.layers.links = { style: style, onEachFeature: onEachFeature, exportLayer: exportLayer };
})();
