/**
 * The reference implementations the analytics rows are compared with, each fed the same
 * projection: Cytoscape.js (headless) for cut vertices, graphology-components and
 * graphology-metrics. Converting the projection into a reference's input is not part of
 * the timed call; the comparisons tell whether both sides found the same answer.
 */
import cytoscape from "cytoscape";
import { connectedComponents } from "graphology-components";
import betweennessModule from "graphology-metrics/centrality/betweenness.js";
import { undirectedSimpleView } from "../../server/analytics/communities.ts";
import type { Projection } from "../../server/analytics/projection.ts";
import { compareIds, orderGroups } from "../../server/analytics/result-order.ts";

// CommonJS package with ES-style typings: at run time the default import is the function.
const graphologyBetweenness = betweennessModule as unknown as typeof betweennessModule.default;

/** A headless Cytoscape holding the projection as element JSON; destroy it after use. */
export function cytoscapeOf(graph: Projection): cytoscape.Core {
  const elements: cytoscape.ElementDefinition[] = [];
  graph.forEachNode((id) => {
    elements.push({ group: "nodes", data: { id } });
  });
  graph.forEachEdge((id, _attributes, source, target) => {
    elements.push({ group: "edges", data: { id, source, target } });
  });
  return cytoscape({ headless: true, styleEnabled: false, elements });
}

/**
 * Cytoscape's Hopcroft–Tarjan biconnected components: the cut vertices, and the components
 * (a bridge is one holding a single relationship). Recursive, one frame per DFS level.
 */
export function cytoscapeBiconnected(cy: cytoscape.Core): { cut: cytoscape.NodeCollection } {
  return cy.elements().hopcroftTarjanBiconnected();
}

export function graphologyComponents(graph: Projection): string[][] {
  return connectedComponents(graph);
}

/** What exact betweenness runs on: direction ignored, parallel relationships merged. */
export function betweennessReferenceInput(graph: Projection): ReturnType<typeof undirectedSimpleView> {
  return undirectedSimpleView(graph);
}

/** Exact, normalised, unweighted: the convention of server/analytics/betweenness.ts. */
export function graphologyMetricsBetweenness(view: ReturnType<typeof undirectedSimpleView>): Record<string, number> {
  return graphologyBetweenness(view, { normalized: true, getEdgeWeight: null });
}

/** Each function below returns how two answers differ, or undefined when they agree. */
export function differenceInIds(ours: readonly string[], reference: readonly string[]): string | undefined {
  const theirs = new Set(reference);
  const missing = ours.filter((id) => !theirs.has(id));
  const extra = reference.length - (ours.length - missing.length);
  if (missing.length === 0 && extra === 0) return undefined;
  return `${missing.length} only in ours (first: ${[...missing].sort(compareIds)[0] ?? "–"}), ${extra} only in the reference`;
}

export function differenceInGroups(ours: string[][], reference: string[][]): string | undefined {
  const key = (groups: string[][]) => orderGroups(groups.map((group) => [...group])).map((group) => group.join(",")).join("|");
  if (key(ours) === key(reference)) return undefined;
  return `${ours.length} groups in ours, ${reference.length} in the reference, or different members`;
}

export function differenceInScores(ours: ReadonlyMap<string, number>, reference: Record<string, number>): string | undefined {
  let largest = 0;
  for (const [id, score] of ours) largest = Math.max(largest, Math.abs(score - (reference[id] ?? Number.NaN)));
  if (ours.size === Object.keys(reference).length && largest <= 1e-9) return undefined;
  return `largest score difference ${largest.toExponential(2)} over ${ours.size} and ${Object.keys(reference).length} entities`;
}
