/**
 * The in-memory projection every analysis reads: one node per entity, one edge per
 * relationship, direction kept (some analyses need it) and parallel relationships kept
 * (they are redundancy, which is what the dashboard measures).
 */
import { MultiDirectedGraph } from "graphology";
import { AnalyticsUsageError } from "./usage-error.ts";

export interface NodeAttrs {
  kind: string;
  name?: string;
}

export interface EdgeAttrs {
  type: string;
}

export type Projection = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export interface ProjectionInput {
  nodes: readonly { id: string; kind: string; name?: string }[];
  edges: readonly { id: string; type: string; source: string; target: string }[];
}

/** Throws AnalyticsUsageError on a duplicate id or a relationship whose endpoint is missing. */
export function buildProjection(input: ProjectionInput): Projection {
  const graph: Projection = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  for (const node of input.nodes) {
    if (graph.hasNode(node.id)) throw new AnalyticsUsageError(`Entity id "${node.id}" appears twice.`);
    graph.addNode(node.id, node.name === undefined ? { kind: node.kind } : { kind: node.kind, name: node.name });
  }
  for (const edge of input.edges) {
    if (graph.hasEdge(edge.id)) throw new AnalyticsUsageError(`Relationship id "${edge.id}" appears twice.`);
    for (const end of [edge.source, edge.target]) {
      if (!graph.hasNode(end)) {
        throw new AnalyticsUsageError(`Relationship "${edge.id}" names entity "${end}", which is not in the projection.`);
      }
    }
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { type: edge.type });
  }
  return graph;
}

export interface Removal {
  removeNodes?: readonly string[];
  removeEdges?: readonly string[];
}

/**
 * A copy without the given entities (and their relationships) and relationships.
 * Unknown ids are a usage error rather than ignored, so a typo cannot pass for "no effect".
 */
export function withoutElements(graph: Projection, removal: Removal): Projection {
  requireRemovable(graph, removal);
  const copy = graph.copy();
  for (const id of removal.removeEdges ?? []) if (copy.hasEdge(id)) copy.dropEdge(id);
  for (const id of removal.removeNodes ?? []) if (copy.hasNode(id)) copy.dropNode(id);
  return copy;
}

/** Throws AnalyticsUsageError naming the first removed id that is not in the projection. */
export function requireRemovable(graph: Projection, removal: Removal): void {
  for (const id of removal.removeNodes ?? []) {
    if (!graph.hasNode(id)) throw new AnalyticsUsageError(`Cannot remove entity "${id}": it is not in the projection.`);
  }
  for (const id of removal.removeEdges ?? []) {
    if (!graph.hasEdge(id)) throw new AnalyticsUsageError(`Cannot remove relationship "${id}": it is not in the projection.`);
  }
}

/** A copy keeping every entity but only relationships of the given types. */
export function filterByTypes(graph: Projection, types: Iterable<string>): Projection {
  const keep = new Set(types);
  const copy: Projection = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  graph.forEachNode((node, attributes) => {
    copy.addNode(node, { ...attributes });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (keep.has(attributes.type)) copy.addDirectedEdgeWithKey(edge, source, target, { ...attributes });
  });
  return copy;
}
