/** Graph elements as contract/elements.ts declares them: Cytoscape element JSON. */
export type { GraphEdge, GraphElements, GraphNode } from "../../../contract/elements.ts";
