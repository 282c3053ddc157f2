/**
 * Redundancy between two entities: how many routes connect them that share no relationship
 * (edge-disjoint) or no intermediate entity (node-disjoint). By Menger's theorem these are
 * also the fewest relationships, or entities, whose loss would separate the two. Direction
 * is ignored: each relationship can be used either way, but only once.
 *
 * Node-disjoint counting splits every entity into in → out with capacity 1. A relationship
 * directly between `from` and `to` is a route with no intermediate entity, so each such
 * relationship counts as one route (parallel ones each count, as they do edge-disjointly).
 *
 * Each count is a max-flow (Dinic, see flow-network.ts): O(E·√E) at worst, a few BFS
 * passes in practice.
 */
import { flowNetwork, maxFlow, resetFlow, type FlowNetwork } from "./flow-network.ts";
import type { Projection } from "./projection.ts";
import { undirectedIndex, type UndirectedIndex } from "./undirected-index.ts";
import { requireDistinctEnds } from "./usage-error.ts";

export interface DisjointPaths {
  edgeDisjointPaths: number;
  nodeDisjointPaths: number;
  /** A maximum set of edge-disjoint simple paths from `from` to `to`, shortest first. */
  paths: { nodes: string[]; edges: string[] }[];
}

/** Throws AnalyticsUsageError when `from` or `to` is unknown or both are the same entity. */
export function disjointPaths(graph: Projection, from: string, to: string): DisjointPaths {
  requireDistinctEnds(graph, from, to);
  const index = undirectedIndex(graph);
  const fromIndex = index.indexOf.get(from) as number;
  const [s, t] = lowerDegreeFirst(index, fromIndex, index.indexOf.get(to) as number);
  const edgeNetwork = edgeDisjointNetwork(index);
  const edgeDisjointPaths = maxFlow(edgeNetwork, s, t);
  const nodeDisjointPaths = maxFlow(nodeDisjointNetwork(index), 2 * s + 1, 2 * t);
  const paths = decomposeIntoPaths(index, edgeNetwork, s, t, edgeDisjointPaths);
  if (s !== fromIndex) {
    for (const path of paths) {
      path.nodes.reverse();
      path.edges.reverse();
    }
  }
  return { edgeDisjointPaths, nodeDisjointPaths, paths };
}

/** Counts edge-disjoint paths for many pairs of one projection, building the network once. */
export interface EdgeDisjointCounter {
  /** Throws AnalyticsUsageError when `from` or `to` is unknown or both are the same entity. */
  count(from: string, to: string): number;
  /** Whether the maximum flow found by the last `count` runs through this relationship. */
  carriesFlow(edgeId: string): boolean;
}

export function edgeDisjointPathCounter(graph: Projection): EdgeDisjointCounter {
  return edgeDisjointCounterOf(undirectedIndex(graph));
}

export function edgeDisjointCounterOf(index: UndirectedIndex): EdgeDisjointCounter {
  const network = edgeDisjointNetwork(index);
  const edgeNumber = new Map(index.edgeIds.map((id, e) => [id, e]));
  const entities = { hasNode: (id: string) => index.indexOf.has(id) };
  return {
    count(from, to) {
      requireDistinctEnds(entities, from, to);
      resetFlow(network);
      const [source, sink] = lowerDegreeFirst(index, index.indexOf.get(from) as number, index.indexOf.get(to) as number);
      return maxFlow(network, source, sink);
    },
    carriesFlow(edgeId) {
      const e = edgeNumber.get(edgeId);
      return e !== undefined && network.residual[2 * e] !== 1;
    },
  };
}

/**
 * The count is symmetric, but the search is not: every BFS starts at the source, and one
 * starting at a partner with three links reaches a hub long before one starting at the hub
 * has finished its first layer.
 */
function lowerDegreeFirst(index: UndirectedIndex, a: number, b: number): [number, number] {
  const degree = (v: number) => (index.start[v + 1] as number) - (index.start[v] as number);
  return degree(a) <= degree(b) ? [a, b] : [b, a];
}

/** Arcs 2e and 2e + 1 are relationship e, source → target and back, capacity 1 each. */
function edgeDisjointNetwork(index: UndirectedIndex): FlowNetwork {
  const m = index.edgeIds.length;
  const tails = new Int32Array(2 * m);
  const heads = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    tails[2 * e] = heads[2 * e + 1] = index.edgeSource[e] as number;
    heads[2 * e] = tails[2 * e + 1] = index.edgeTarget[e] as number;
  }
  return flowNetwork(index.ids.length, tails, heads, new Int32Array(2 * m).fill(1));
}

/** Entity v becomes 2v (in) and 2v + 1 (out), joined by an arc of capacity 1. */
function nodeDisjointNetwork(index: UndirectedIndex): FlowNetwork {
  const n = index.ids.length;
  const m = index.edgeIds.length;
  const arcCount = 4 * m + 2 * n;
  const tails = new Int32Array(arcCount);
  const heads = new Int32Array(arcCount);
  const capacity = new Int32Array(arcCount);
  const addPair = (a: number, from: number, to: number) => {
    tails[a] = heads[a + 1] = from;
    heads[a] = tails[a + 1] = to;
    capacity[a] = 1;
  };
  for (let e = 0; e < m; e++) {
    const u = index.edgeSource[e] as number;
    const v = index.edgeTarget[e] as number;
    addPair(4 * e, 2 * u + 1, 2 * v);
    addPair(4 * e + 2, 2 * v + 1, 2 * u);
  }
  for (let v = 0; v < n; v++) addPair(4 * m + 2 * v, 2 * v, 2 * v + 1);
  return flowNetwork(2 * n, tails, heads, capacity);
}

/** Walks the flow from s to t `count` times; loops met on the way are dropped, so paths are simple. */
function decomposeIntoPaths(
  index: UndirectedIndex,
  network: FlowNetwork,
  s: number,
  t: number,
  count: number,
): { nodes: string[]; edges: string[] }[] {
  const n = index.ids.length;
  const m = index.edgeIds.length;
  const outStart = new Int32Array(n + 1);
  // Relationship e carries one unit source → target when its forward arc is saturated, and
  // target → source when the forward arc has gained the unit pushed on its reverse.
  const leaves = (e: number): number => {
    const forward = network.residual[2 * e];
    if (forward === 0) return index.edgeSource[e] as number;
    if (forward === 2) return index.edgeTarget[e] as number;
    return -1;
  };
  for (let e = 0; e < m; e++) {
    const tail = leaves(e);
    if (tail >= 0) outStart[tail + 1]! += 1;
  }
  for (let v = 0; v < n; v++) outStart[v + 1]! += outStart[v] as number;
  const next = outStart.slice(0, n);
  const outEdges = new Int32Array(outStart[n] as number);
  for (let e = 0; e < m; e++) {
    const tail = leaves(e);
    if (tail >= 0) outEdges[next[tail]!++] = e;
  }
  next.set(outStart.subarray(0, n));

  const position = new Int32Array(n).fill(-1);
  const paths: { nodes: string[]; edges: string[] }[] = [];
  for (let p = 0; p < count; p++) {
    const nodes = [s];
    const edges: number[] = [];
    position[s] = 0;
    let current = s;
    while (current !== t) {
      const e = outEdges[next[current]!++] as number;
      const w = (index.edgeSource[e] === current ? index.edgeTarget[e] : index.edgeSource[e]) as number;
      const seenAt = position[w] as number;
      if (seenAt >= 0) {
        for (const dropped of nodes.splice(seenAt + 1)) position[dropped] = -1;
        edges.splice(seenAt);
      } else {
        position[w] = nodes.length;
        nodes.push(w);
        edges.push(e);
      }
      current = w;
    }
    for (const v of nodes) position[v] = -1;
    paths.push({ nodes: nodes.map((v) => index.ids[v] as string), edges: edges.map((e) => index.edgeIds[e] as string) });
  }
  return paths.sort((a, b) => a.edges.length - b.edges.length);
}
