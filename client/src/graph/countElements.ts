import type { GraphElements } from "../../../contract/elements.ts";

/** How many nodes of each kind the graph holds; kinds absent from the graph are absent here. */
export function countNodesByKind(graph: GraphElements): Map<string, number> {
  return countBy(graph.nodes.map((node) => node.data.kind));
}

/** How many edges of each relationship type the graph holds. */
export function countEdgesByType(graph: GraphElements): Map<string, number> {
  return countBy(graph.edges.map((edge) => edge.data.type));
}

function countBy(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
