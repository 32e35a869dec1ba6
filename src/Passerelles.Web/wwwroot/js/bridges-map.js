// Draws the bridges map from the network data. Without script or tiles, the list on the page says the same.
document.addEventListener("DOMContentLoaded", async () => {
  const container = document.getElementById("bridges-map");
  if (!container || !window.L) return;
  const response = await fetch(container.dataset.source, { headers: { Accept: "application/json" } });
  if (!response.ok) return;
  const network = await response.json();
  const placed = new Map(
    network.organisations
      .filter((o) => o.latitude !== null && o.longitude !== null)
      .map((o) => [o.id, o]),
  );

  container.hidden = false;
  // Leaflet's own controls speak English: their titles come from the page, and its credit carries no English title.
  const map = L.map(container, { worldCopyJump: true, zoomControl: false });
  L.control.zoom({ zoomInTitle: container.dataset.zoomIn, zoomOutTitle: container.dataset.zoomOut }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com" hreflang="en">Leaflet</a>');
  L.tileLayer(container.dataset.tileUrl, { attribution: container.dataset.attribution, maxZoom: 18 }).addTo(map);

  const colours = { Quebec: "#1d4e89", France: "#8a2c3c" };
  const points = [];
  for (const organisation of placed.values()) {
    const point = [organisation.latitude, organisation.longitude];
    points.push(point);
    L.circleMarker(point, { radius: 7, color: colours[organisation.side], fillOpacity: 0.8 })
      .bindTooltip(`${organisation.name} (${organisation.kindLabel})`)
      .addTo(map);
  }
  for (const bridge of network.bridges) {
    const from = placed.get(bridge.from);
    const to = placed.get(bridge.to);
    if (!from || !to) continue;
    L.polyline([[from.latitude, from.longitude], [to.latitude, to.longitude]], { color: "#5b4a8b", weight: 2, opacity: 0.6 })
      .bindTooltip(`${from.name} ⟷ ${to.name}: ${bridge.kindLabel}`)
      .addTo(map);
  }
  if (points.length > 0) {
    map.fitBounds(points, { padding: [30, 30], maxZoom: 9 });
  } else {
    map.setView([46, -30], 3);
  }
});
