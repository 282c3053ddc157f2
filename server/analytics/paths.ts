/**
 * Routes between two entities by hop count, direction ignored. Parallel relationships give
 * distinct paths (each path names its relationships), since each is a separate channel.
 *
 * - `allShortestPaths`: every shortest path, by BFS then enumeration of the shortest-path
 *   DAG; O(V + E) plus O(hops) per path listed.
 * - `kShortestPaths`: Yen's algorithm for the k shortest simple paths; O(k·L·(V + E)) with L
 *   the longest path returned.
 */
import type { Projection } from "./projection.ts";
import { compareIds } from "./result-order.ts";
import { RestrictedSearch, type IndexPath } from "./restricted-search.ts";
import { undirectedIndex, type UndirectedIndex } from "./undirected-index.ts";
import { AnalyticsUsageError, requireDistinctEnds } from "./usage-error.ts";

export interface Path {
  /** Entity ids from `from` to `to`. */
  nodes: string[];
  /** Relationship ids, `edges[i]` joining `nodes[i]` and `nodes[i + 1]`. */
  edges: string[];
}

export interface ShortestPaths {
  /** Hops of every path listed. */
  length: number;
  /**
   * At most `limit` paths. They come in lexicographic order of (entity ids, then
   * relationship ids) step by step, so a limit keeps the first ones of that order.
   */
  paths: Path[];
  /** True when more shortest paths exist than were listed. */
  truncated: boolean;
}

export const allShortestPathsDefaults = {
  /** Paths listed at most; their number can grow exponentially with length. */
  limit: 100,
};

/** Null when the two are not connected. Throws AnalyticsUsageError on unknown or equal ends. */
export function allShortestPaths(
  graph: Projection,
  from: string,
  to: string,
  options: Partial<typeof allShortestPathsDefaults> = {},
): ShortestPaths | null {
  requireDistinctEnds(graph, from, to);
  const limit = options.limit ?? allShortestPathsDefaults.limit;
  requirePositiveInteger(limit, "limit");
  const index = undirectedIndex(graph);
  const s = index.indexOf.get(from) as number;
  const t = index.indexOf.get(to) as number;
  const distance = breadthFirstDistances(index, s, t);
  const length = distance[t] as number;
  if (length === -1) return null;

  // Nodes from which t is reached going one hop further each time: the shortest-path DAG.
  const onDag = new Uint8Array(index.ids.length);
  onDag[t] = 1;
  const queue = [t];
  for (let head = 0; head < queue.length; head++) {
    const w = queue[head] as number;
    forEachSlot(index, w, (v) => {
      if (onDag[v] === 0 && distance[v] === (distance[w] as number) - 1 && distance[v] !== -1) {
        onDag[v] = 1;
        queue.push(v);
      }
    });
  }
  const successors = new Map<number, [number, number][]>();
  const successorsOf = (v: number): [number, number][] => {
    let steps = successors.get(v);
    if (steps === undefined) {
      steps = [];
      forEachSlot(index, v, (w, e) => {
        if (onDag[w] === 1 && distance[w] === (distance[v] as number) + 1) steps!.push([w, e]);
      });
      steps.sort(([w1, e1], [w2, e2]) => compareIds(index.ids[w1] as string, index.ids[w2] as string)
        || compareIds(index.edgeIds[e1] as string, index.edgeIds[e2] as string));
      successors.set(v, steps);
    }
    return steps;
  };

  const paths: Path[] = [];
  const nodes = [s];
  const edges: number[] = [];
  const cursor = [0];
  while (cursor.length > 0 && paths.length <= limit) {
    const depth = cursor.length - 1;
    const v = nodes[depth] as number;
    if (v === t) {
      paths.push(toPath(index, nodes, edges));
      retreat(nodes, edges, cursor);
      continue;
    }
    const steps = successorsOf(v);
    const step = steps[cursor[depth] as number];
    if (step === undefined) {
      retreat(nodes, edges, cursor);
      continue;
    }
    cursor[depth]! += 1;
    nodes.push(step[0]);
    edges.push(step[1]);
    cursor.push(0);
  }
  return { length, paths: paths.slice(0, limit), truncated: paths.length > limit };
}

export const kShortestPathsDefaults = {
  /** Paths wanted; fewer come back when fewer simple paths exist. */
  k: 5,
  /** Longest path (in hops) worth returning; absent means no bound. */
  maxHops: undefined as number | undefined,
};

/**
 * Yen's k shortest simple paths (no entity twice) in non-decreasing length; equal lengths
 * in the order Yen's algorithm finds them. Empty when the two are not connected (within
 * `maxHops`). Throws AnalyticsUsageError on unknown or equal ends.
 */
export function kShortestPaths(
  graph: Projection,
  from: string,
  to: string,
  options: Partial<typeof kShortestPathsDefaults> = {},
): Path[] {
  requireDistinctEnds(graph, from, to);
  const k = options.k ?? kShortestPathsDefaults.k;
  const maxHops = options.maxHops ?? Infinity;
  requirePositiveInteger(k, "k");
  if (options.maxHops !== undefined) requirePositiveInteger(options.maxHops, "maxHops");
  const index = undirectedIndex(graph);
  const s = index.indexOf.get(from) as number;
  const t = index.indexOf.get(to) as number;
  const search = new RestrictedSearch(index);

  const first = search.shortest(s, t, maxHops);
  if (first === null) return [];
  const accepted: IndexPath[] = [first];
  const candidates: IndexPath[] = [];
  const known = new Set([first.edges.join(",")]);
  while (accepted.length < k) {
    const previous = accepted[accepted.length - 1] as IndexPath;
    // Root nodes stay banned as the spur moves along; only relationship bans change per spur.
    search.clearNodeBans();
    let sharingRoot = accepted;
    for (let i = 0; i < previous.edges.length; i++) {
      if (i > 0) {
        search.banNode(previous.nodes[i - 1] as number);
        sharingRoot = sharingRoot.filter((path) => path.edges[i - 1] === previous.edges[i - 1]);
      }
      search.clearEdgeBans();
      for (const path of sharingRoot) if (path.edges.length > i) search.banEdge(path.edges[i] as number);
      const spur = search.shortest(previous.nodes[i] as number, t, maxHops - i);
      if (spur === null) continue;
      const candidate = {
        nodes: previous.nodes.slice(0, i).concat(spur.nodes),
        edges: previous.edges.slice(0, i).concat(spur.edges),
      };
      const key = candidate.edges.join(",");
      if (known.has(key)) continue;
      known.add(key);
      candidates.push(candidate);
    }
    if (candidates.length === 0) break;
    let best = 0;
    candidates.forEach((c, i) => {
      if (c.edges.length < (candidates[best] as IndexPath).edges.length) best = i;
    });
    accepted.push(candidates.splice(best, 1)[0] as IndexPath);
  }
  return accepted.map((path) => toPath(index, path.nodes, path.edges));
}

function breadthFirstDistances(index: UndirectedIndex, s: number, t: number): Int32Array {
  const distance = new Int32Array(index.ids.length).fill(-1);
  distance[s] = 0;
  const queue = [s];
  for (let head = 0; head < queue.length && distance[t] === -1; head++) {
    const v = queue[head] as number;
    forEachSlot(index, v, (w) => {
      if (distance[w] !== -1) return;
      distance[w] = (distance[v] as number) + 1;
      queue.push(w);
    });
  }
  return distance;
}

function forEachSlot(index: UndirectedIndex, v: number, visit: (w: number, e: number) => void): void {
  for (let slot = index.start[v] as number; slot < (index.start[v + 1] as number); slot++) {
    visit(index.neighbour[slot] as number, index.edge[slot] as number);
  }
}

function retreat(nodes: number[], edges: number[], cursor: number[]): void {
  nodes.pop();
  edges.pop();
  cursor.pop();
}

function toPath(index: UndirectedIndex, nodes: number[], edges: number[]): Path {
  return { nodes: nodes.map((v) => index.ids[v] as string), edges: edges.map((e) => index.edgeIds[e] as string) };
}

function requirePositiveInteger(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 1) throw new AnalyticsUsageError(`${name} must be a positive integer, got ${value}.`);
}
