import type { Core, ElementDefinition, Position } from "cytoscape";
import type { GraphElements } from "../../../../contract/elements.ts";

export interface SyncOutcome {
  added: string[];
  removed: string[];
}

/**
 * Makes `cy` hold exactly `graph`'s elements while keeping what stays where it is:
 * elements that left are removed, those still there get their new data (names change
 * with the language), and new ones are added at `startPosition`'s answer. One batch.
 */
export function syncElements(
  cy: Core,
  graph: GraphElements,
  startPosition: (newNodeIds: string[]) => ReadonlyMap<string, Position>,
): SyncOutcome {
  const nodeIds = new Set(graph.nodes.map((node) => node.data.id));
  const edgeIds = new Set(graph.edges.map((edge) => edge.data.id));
  const added: string[] = [];
  const removed: string[] = [];

  cy.batch(() => {
    const leaving = cy.elements().filter((ele) => !(ele.isNode() ? nodeIds : edgeIds).has(ele.id()));
    leaving.nodes().forEach((node) => void removed.push(node.id()));
    cy.remove(leaving);

    const newNodes: ElementDefinition[] = [];
    for (const node of graph.nodes) {
      const existing = cy.getElementById(node.data.id);
      if (existing.empty()) newNodes.push({ group: "nodes", data: { ...node.data } });
      else updateData(existing, node.data);
    }
    const positions = startPosition(newNodes.map((node) => node.data.id!));
    for (const node of newNodes) {
      node.position = positions.get(node.data.id!) ?? { x: 0, y: 0 };
      added.push(node.data.id!);
    }
    cy.add(newNodes);

    const newEdges: ElementDefinition[] = [];
    for (const edge of graph.edges) {
      const existing = cy.getElementById(edge.data.id);
      // An edge whose end is missing would make Cytoscape throw; the API never sends one.
      if (!nodeIds.has(edge.data.source) || !nodeIds.has(edge.data.target)) continue;
      if (existing.empty()) newEdges.push({ group: "edges", data: { ...edge.data } });
      else updateData(existing, edge.data);
    }
    cy.add(newEdges);
  });
  return { added, removed };
}

/** Writes only what changed: every `data()` write restyles the element. */
function updateData(element: ReturnType<Core["getElementById"]>, data: Record<string, unknown>): void {
  const changed = Object.entries(data).some(([key, value]) => key !== "id" && element.data(key) !== value);
  if (!changed) return;
  const { id: _id, source: _source, target: _target, ...rest } = data;
  element.data(rest);
}
