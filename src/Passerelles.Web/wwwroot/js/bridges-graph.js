// Draws the bridges as a network graph from the network data; the list beside it is its text alternative.
document.addEventListener("DOMContentLoaded", async () => {
  const container = document.getElementById("bridges-graph");
  if (!container || !window.cytoscape) return;
  const response = await fetch(container.dataset.source, { headers: { Accept: "application/json" } });
  if (!response.ok) return;
  const network = await response.json();

  // Colours come from the legend's swatches, so the stylesheet is their one source.
  const colourOf = (selector, property) => {
    const swatch = document.querySelector(selector);
    return swatch ? getComputedStyle(swatch).getPropertyValue(property) : "#666";
  };
  const elements = [
    ...network.organisations.map((o) => ({
      data: { id: o.id, label: o.name, colour: colourOf(`.swatch.side-${o.side}`, "background-color") },
    })),
    ...network.bridges.map((b) => ({
      data: { id: b.id, source: b.from, target: b.to, colour: colourOf(`.swatch.kind-${b.kind}`, "border-top-color") },
    })),
  ];

  container.hidden = false;
  cytoscape({
    container,
    elements,
    style: [
      { selector: "node", style: { "background-color": "data(colour)", label: "data(label)", "font-size": 10, "text-wrap": "wrap", "text-max-width": 120 } },
      { selector: "edge", style: { "line-color": "data(colour)", width: 2, "curve-style": "bezier" } },
    ],
    layout: { name: "cose", animate: false },
    wheelSensitivity: 0.3,
  });
});
