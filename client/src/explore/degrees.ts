import type { GraphElements } from "../../../contract/elements.ts";

/** Each node's number of relationships within `graph` (a self-loop counts twice, as in Cytoscape). */
export function degrees(graph: GraphElements): Map<string, number> {
  const counts = new Map<string, number>(graph.nodes.map((node) => [node.data.id, 0]));
  for (const { data } of graph.edges) {
    if (counts.has(data.source)) counts.set(data.source, counts.get(data.source)! + 1);
    if (counts.has(data.target)) counts.set(data.target, counts.get(data.target)! + 1);
  }
  return counts;
}
