import type { GraphElements, GraphNode } from "../../../contract/elements.ts";
import type { Scope } from "../view/viewState";

/** What the filters (panel, legend, hand-hiding) take off the canvas. */
export interface ElementFilters {
  hiddenKinds: readonly string[];
  hiddenTypes: readonly string[];
  scope: Scope;
  hiddenNodes: readonly string[];
}

/** Ids of the elements the filters hide; an edge goes with either of its ends. */
export interface HiddenElements {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * Which elements the filters hide. Scope only ever hides entities that carry a `scope`
 * (the model gives it to Partners): an entity without one is never hidden by it.
 */
export function hiddenElements(graph: GraphElements, filters: ElementFilters): HiddenElements {
  const hiddenKinds = new Set(filters.hiddenKinds);
  const hiddenTypes = new Set(filters.hiddenTypes);
  const hiddenByHand = new Set(filters.hiddenNodes);
  const nodes = new Set<string>();
  for (const node of graph.nodes) {
    if (hiddenKinds.has(node.data.kind) || hiddenByHand.has(node.data.id) || isOutOfScope(node, filters.scope)) {
      nodes.add(node.data.id);
    }
  }
  const edges = new Set<string>();
  for (const edge of graph.edges) {
    const { id, type, source, target } = edge.data;
    if (hiddenTypes.has(type) || nodes.has(source) || nodes.has(target)) edges.add(id);
  }
  return { nodes, edges };
}

/** The elements left on the canvas once the filters are applied. */
export function visibleElements(graph: GraphElements, filters: ElementFilters): GraphElements {
  const hidden = hiddenElements(graph, filters);
  return {
    nodes: graph.nodes.filter((node) => !hidden.nodes.has(node.data.id)),
    edges: graph.edges.filter((edge) => !hidden.edges.has(edge.data.id)),
  };
}

function isOutOfScope(node: GraphNode, scope: Scope): boolean {
  if (scope === "all") return false;
  const own = node.data.scope;
  return typeof own === "string" && own !== scope;
}
