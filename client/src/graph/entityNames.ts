import { useMemo } from "react";
import { useGraphStore } from "./graphStore";
import type { GraphEdge, GraphElements } from "../../../contract/elements.ts";

/**
 * Names of what is on the canvas, for answers that carry ids only (what-if, query arrays).
 * An id the canvas does not hold is shown as itself.
 */
export interface EntityNames {
  nameOf(id: string): string;
  edgeOf(id: string): GraphEdge | undefined;
  /** True when the id is a node or an edge on the canvas. */
  has(id: string): boolean;
}

export function entityNamesOf(elements: GraphElements): EntityNames {
  const names = new Map(elements.nodes.map((node) => [node.data.id, node.data.name]));
  const edges = new Map(elements.edges.map((edge) => [edge.data.id, edge]));
  return {
    nameOf: (id) => names.get(id) ?? id,
    edgeOf: (id) => edges.get(id),
    has: (id) => names.has(id) || edges.has(id),
  };
}

export function useEntityNames(): EntityNames {
  const elements = useGraphStore((state) => state.elements);
  return useMemo(() => entityNamesOf(elements), [elements]);
}
