// Draws the places of a mission's visits on a map. Without script or tiles, the list of places on the page says the same.
document.addEventListener("DOMContentLoaded", () => {
  const container = document.getElementById("programme-map");
  if (!container || !window.L) return;
  const places = [...document.querySelectorAll(".programme-place-list li")]
    .filter((li) => li.dataset.latitude && li.dataset.longitude)
    .map((li) => ({ point: [Number(li.dataset.latitude), Number(li.dataset.longitude)], name: li.querySelector("strong").textContent }));
  if (places.length === 0) return;

  container.hidden = false;
  // Leaflet's own controls speak English: their titles come from the page, and its credit carries no English title.
  const map = L.map(container, { zoomControl: false });
  L.control.zoom({ zoomInTitle: container.dataset.zoomIn, zoomOutTitle: container.dataset.zoomOut }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com" hreflang="en">Leaflet</a>');
  L.tileLayer(container.dataset.tileUrl, { attribution: container.dataset.attribution, maxZoom: 18 }).addTo(map);
  for (const place of places) {
    L.circleMarker(place.point, { radius: 8, color: "#1d4e89", fillOpacity: 0.8 }).bindTooltip(place.name).addTo(map);
  }
  map.fitBounds(places.map((p) => p.point), { padding: [30, 30], maxZoom: 13 });
});
