import type { StylesheetJson } from "cytoscape";
import type { GraphModel } from "../model/graphModelSchema";

/** Looks shared by every node and edge; per-kind and per-type rules only add colour and shape. */
const sharedRules: StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(name)",
      width: 28,
      height: 28,
      // Grey marks a node whose kind the model does not know, rather than hiding it.
      "background-color": "#bdbdbd",
      "border-width": 1,
      "border-color": "#1f2933",
      "border-opacity": 0.35,
      // Cytoscape rejects single-quoted family names; double quotes pass.
      "font-family": 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      "font-size": 11,
      color: "#1f2933",
      // A white halo keeps labels readable over edges and other nodes.
      "text-outline-color": "#ffffff",
      "text-outline-width": 2,
      "text-valign": "bottom",
      "text-halign": "center",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": "140px",
      // Below 7px on screen a label is noise; hide it until the user zooms in.
      "min-zoomed-font-size": 7,
    },
  },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "curve-style": "bezier",
      "line-color": "#9e9e9e",
      "target-arrow-shape": "triangle",
      "target-arrow-color": "#9e9e9e",
      "arrow-scale": 0.9,
      opacity: 0.85,
    },
  },
];

/** Last in the sheet so that they win over the per-kind and per-type colours. */
const selectionRules: StylesheetJson = [
  {
    selector: "node:selected",
    style: { "border-width": 3, "border-color": "#111111", "border-opacity": 1 },
  },
  {
    selector: "edge:selected",
    style: { width: 3, opacity: 1 },
  },
];

/**
 * The Cytoscape stylesheet for a graph model: each kind's colour and shape, each
 * relationship type's colour and line style. Pure: the same model gives the same sheet.
 */
export function buildStylesheet(model: GraphModel): StylesheetJson {
  const kindRules: StylesheetJson = model.kinds.map((kind) => ({
    selector: `node[kind = ${JSON.stringify(kind.id)}]`,
    style: { "background-color": kind.color, shape: kind.shape },
  }));

  const relationshipRules: StylesheetJson = model.relationshipTypes.map((relationshipType) => ({
    selector: `edge[type = ${JSON.stringify(relationshipType.id)}]`,
    style: {
      "line-color": relationshipType.color,
      "target-arrow-color": relationshipType.color,
      "line-style": relationshipType.lineStyle,
    },
  }));

  return [...sharedRules, ...kindRules, ...relationshipRules, ...selectionRules];
}
