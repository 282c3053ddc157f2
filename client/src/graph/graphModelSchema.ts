import type { Css } from "cytoscape";
import type { GraphModelDefinition, KindDefinition, RelationshipTypeDefinition } from "../../../contract/model.ts";

/** The graph model (`GET /api/model`) as contract/model.ts declares it. */
export type GraphModel = GraphModelDefinition;
export type Kind = KindDefinition;
export type RelationshipType = RelationshipTypeDefinition;

/**
 * Every Cytoscape node shape the dashboard can outline outside the canvas (the legend,
 * the search's swatches): those a model may name (a kind's shape passed to ShapeSwatch
 * checks that), and Cytoscape's other spellings.
 */
export const nodeShapes = [
  "rectangle", "roundrectangle", "ellipse", "triangle", "pentagon", "hexagon", "heptagon",
  "octagon", "star", "barrel", "diamond", "vee", "rhomboid", "tag", "round-rectangle",
  "round-triangle", "round-diamond", "round-pentagon", "round-hexagon", "round-heptagon",
  "round-octagon", "round-tag", "cut-rectangle", "bottom-round-rectangle", "concave-hexagon",
] as const satisfies readonly Css.NodeShape[];

export type NodeShape = (typeof nodeShapes)[number];
