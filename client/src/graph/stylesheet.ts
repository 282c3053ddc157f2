import type { StylesheetJson } from "cytoscape";
import type { GraphModel } from "./graphModelSchema";

export interface StylesheetOptions {
  /**
   * A view too big to draw in detail: straight edges, smaller nodes, and labels only
   * once zoomed in far enough to read them.
   */
  large?: boolean;
}

/** Looks shared by every node and edge; per-kind and per-type rules only add colour and shape. */
function sharedRules(large: boolean): StylesheetJson {
  return [
    {
      selector: "node",
      style: {
        label: "data(name)",
        width: large ? 20 : 28,
        height: large ? 20 : 28,
        // Grey marks a node whose kind the model does not know, rather than hiding it.
        "background-color": "#bdbdbd",
        "border-width": 1,
        "border-color": "#1f2933",
        "border-opacity": 0.35,
        // Cytoscape rejects single-quoted family names; double quotes pass.
        "font-family": 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        "font-size": 12,
        color: "#1f2933",
        // A white halo keeps labels readable over edges and other nodes.
        "text-outline-color": "#ffffff",
        "text-outline-width": 2,
        "text-valign": "bottom",
        "text-halign": "center",
        "text-margin-y": 4,
        "text-wrap": "wrap",
        "text-max-width": "140px",
        // Below 6px on screen a label is noise; hide it until the user zooms in. In a
        // large view thousands of labels cost more than they tell: wait for 16px.
        "min-zoomed-font-size": large ? 16 : 6,
      },
    },
    {
      selector: "edge",
      style: {
        width: large ? 1 : 1.5,
        // Bezier curves separate parallel edges; past a few thousand they cost too much.
        "curve-style": large ? "straight" : "bezier",
        "line-color": "#9e9e9e",
        "target-arrow-shape": "triangle",
        "target-arrow-color": "#9e9e9e",
        "arrow-scale": large ? 0.7 : 0.9,
        opacity: 0.85,
      },
    },
  ];
}

/** A grey cross over a node: removed in the what-if, readable without colour. */
const crossImage =
  "data:image/svg+xml;utf8," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20"><path d="M3 3L17 17M17 3L3 17" stroke="#3a3a3a" stroke-width="2.5" stroke-linecap="round"/></svg>',
  );

/**
 * Marks the canvas sets as classes: filters (`filtered`), findings of a query or path
 * (`finding`, the rest `dimmed`), the what-if (`removed`, `cut-off`, `new-spof`) and pins.
 * Each differs by more than colour: a ring, a border's width or style, a cross.
 */
const markRules: StylesheetJson = [
  { selector: ".filtered", style: { display: "none" } },
  // The hierarchical layout runs left to right: a label beside its node keeps ranks compact.
  {
    selector: "node.label-beside",
    style: { "text-halign": "right", "text-valign": "center", "text-margin-x": 5, "text-margin-y": 0, "text-max-width": "180px" },
  },
  {
    selector: "node.pinned",
    style: { "border-width": 3, "border-color": "#1f2933", "border-opacity": 1 },
  },
  { selector: ".dimmed", style: { opacity: 0.15 } },
  {
    selector: "node.finding",
    style: {
      "border-width": 4,
      "border-color": "#111111",
      "border-opacity": 1,
      "underlay-color": "#111111",
      "underlay-opacity": 0.18,
      "underlay-padding": 8,
      "underlay-shape": "ellipse",
      "z-index": 20,
    },
  },
  { selector: "edge.finding", style: { width: 4, opacity: 1, "z-index": 20 } },
  {
    selector: "node.removed",
    style: {
      "background-opacity": 0.35,
      "border-style": "dashed",
      "border-width": 2,
      "border-color": "#3a3a3a",
      "border-opacity": 1,
      "background-image": crossImage,
      "background-fit": "contain",
      "background-clip": "none",
      color: "#616e7c",
    },
  },
  {
    selector: "edge.removed",
    style: {
      "line-style": "dashed",
      "line-dash-pattern": [4, 4],
      "line-color": "#9e9e9e",
      "target-arrow-color": "#9e9e9e",
      opacity: 0.6,
    },
  },
  {
    selector: "node.cut-off",
    style: {
      "border-style": "double",
      "border-width": 7,
      "border-color": "#c62828",
      "border-opacity": 1,
      "z-index": 15,
    },
  },
  {
    selector: "node.new-spof",
    style: {
      "border-style": "solid",
      "border-width": 7,
      "border-color": "#e66100",
      "border-opacity": 1,
      "z-index": 15,
    },
  },
];

/** Last in the sheet so that they win over the per-kind and per-type colours and the marks. */
const selectionRules: StylesheetJson = [
  {
    selector: "node:selected",
    style: {
      "outline-width": 3,
      "outline-color": "#1d4ed8",
      "outline-offset": 3,
      "outline-opacity": 1,
      "z-index": 30,
    },
  },
  {
    selector: "edge:selected",
    style: { width: 4, opacity: 1, "line-outline-width": 2, "line-outline-color": "#1d4ed8", "z-index": 30 },
  },
];

/**
 * The Cytoscape stylesheet for a graph model: each kind's colour and shape, each
 * relationship type's colour and line style, then the marks the canvas sets as classes.
 * Pure: the same model and options give the same sheet.
 */
export function buildStylesheet(model: GraphModel, { large = false }: StylesheetOptions = {}): StylesheetJson {
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

  return [...sharedRules(large), ...kindRules, ...relationshipRules, ...markRules, ...selectionRules];
}
