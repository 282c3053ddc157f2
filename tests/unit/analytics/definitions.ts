/**
 * The analytics' definitions, computed the slow obvious way on tiny graphs: the oracle the
 * property tests compare the real algorithms with. Recursion and enumeration are fine here.
 */
import type { ProjectionInput } from "../../../server/analytics/projection.ts";

type Edge = ProjectionInput["edges"][number];

export interface Removal {
  withoutNodes?: Iterable<string>;
  withoutEdges?: Iterable<string>;
}

/** Groups of mutually reachable entities (direction ignored) after a removal, as sets. */
export function componentsOf(input: ProjectionInput, removal: Removal = {}): Set<string>[] {
  const goneNodes = new Set(removal.withoutNodes ?? []);
  const goneEdges = new Set(removal.withoutEdges ?? []);
  const leader = new Map<string, string>();
  const find = (x: string): string => {
    const parent = leader.get(x) as string;
    return parent === x ? x : find(parent);
  };
  for (const node of input.nodes) if (!goneNodes.has(node.id)) leader.set(node.id, node.id);
  for (const edge of input.edges) {
    if (goneEdges.has(edge.id) || goneNodes.has(edge.source) || goneNodes.has(edge.target)) continue;
    leader.set(find(edge.source), find(edge.target));
  }
  const groups = new Map<string, Set<string>>();
  for (const node of leader.keys()) {
    const root = find(node);
    if (!groups.has(root)) groups.set(root, new Set());
    groups.get(root)!.add(node);
  }
  return [...groups.values()];
}

export function componentCount(input: ProjectionInput, removal: Removal = {}): number {
  return componentsOf(input, removal).length;
}

export function connected(input: ProjectionInput, from: string, to: string, removal: Removal = {}): boolean {
  return componentsOf(input, removal).some((group) => group.has(from) && group.has(to));
}

export function subsetsOfSize<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  const result: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of subsetsOfSize(items.slice(i + 1), size - 1)) result.push([item, ...rest]);
  });
  return result;
}

/** Fewest relationships whose removal separates the two (0 when already separate). */
export function minimumEdgeCut(input: ProjectionInput, from: string, to: string): number {
  const ids = input.edges.map((edge) => edge.id);
  for (let size = 0; ; size++) {
    if (subsetsOfSize(ids, size).some((cut) => !connected(input, from, to, { withoutEdges: cut }))) return size;
  }
}

/**
 * Menger's vertex form with direct links: each relationship between the two ends is a path
 * no entity can block, plus the fewest intermediate entities separating them otherwise.
 */
export function minimumNodeCut(input: ProjectionInput, from: string, to: string): number {
  const direct = input.edges.filter((e) => (e.source === from && e.target === to) || (e.source === to && e.target === from));
  const directIds = direct.map((edge) => edge.id);
  const internal = input.nodes.map((node) => node.id).filter((id) => id !== from && id !== to);
  for (let size = 0; ; size++) {
    const separates = subsetsOfSize(internal, size).some(
      (cut) => !connected(input, from, to, { withoutNodes: cut, withoutEdges: directIds }),
    );
    if (separates) return size + direct.length;
  }
}

export interface BrutePath {
  nodes: string[];
  edges: string[];
}

/** Every simple path (no entity twice), each relationship choice a distinct path. */
export function simplePaths(input: ProjectionInput, from: string, to: string): BrutePath[] {
  const found: BrutePath[] = [];
  const extend = (nodes: string[], edges: string[]) => {
    const last = nodes[nodes.length - 1] as string;
    if (last === to) {
      found.push({ nodes: [...nodes], edges: [...edges] });
      return;
    }
    for (const edge of input.edges) {
      const next = otherEnd(edge, last);
      if (next === undefined || nodes.includes(next)) continue;
      extend([...nodes, next], [...edges, edge.id]);
    }
  };
  extend([from], []);
  return found;
}

export function shortestPathsBrute(input: ProjectionInput, from: string, to: string): BrutePath[] {
  const all = simplePaths(input, from, to);
  const shortest = Math.min(...all.map((path) => path.edges.length));
  return all.filter((path) => path.edges.length === shortest);
}

/**
 * Betweenness from its definition on the simple view: for each unordered pair, the share of
 * its shortest node sequences passing through v; normalised by (n−1)(n−2)/2.
 */
export function betweennessBrute(input: ProjectionInput, normalized = true): Map<string, number> {
  const ids = input.nodes.map((node) => node.id);
  const n = ids.length;
  const scores = new Map(ids.map((id) => [id, 0]));
  for (const [s, t] of subsetsOfSize(ids, 2) as [string, string][]) {
    const sequences = new Set(shortestPathsBrute(input, s, t).map((path) => path.nodes.join(" ")));
    if (sequences.size === 0 || !connected(input, s, t)) continue;
    for (const sequence of sequences) {
      for (const v of sequence.split(" ").slice(1, -1)) scores.set(v, (scores.get(v) as number) + 1 / sequences.size);
    }
  }
  const scale = normalized ? (n > 2 ? 2 / ((n - 1) * (n - 2)) : 0) : 1;
  for (const id of ids) scores.set(id, (scores.get(id) as number) * scale);
  return scores;
}

export type Dependency = "target-on-source" | "source-on-target" | null;

/** Distance to every entity reachable along "is depended on by" arcs, by relaxation to a fixpoint. */
export function dependencyDistances(
  input: ProjectionInput,
  entity: string,
  dependencyOf: (type: string) => Dependency,
): Map<string, number> {
  const arcs = input.edges.flatMap((edge): [string, string][] => {
    const dependency = dependencyOf(edge.type);
    if (dependency === "target-on-source") return [[edge.source, edge.target]];
    if (dependency === "source-on-target") return [[edge.target, edge.source]];
    return [];
  });
  const distance = new Map([[entity, 0]]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [from, to] of arcs) {
      const via = distance.get(from);
      if (via === undefined) continue;
      if (!distance.has(to) || (distance.get(to) as number) > via + 1) {
        distance.set(to, via + 1);
        changed = true;
      }
    }
  }
  distance.delete(entity);
  return distance;
}

export function otherEnd(edge: Edge, node: string): string | undefined {
  if (edge.source === edge.target) return undefined;
  if (edge.source === node) return edge.target;
  if (edge.target === node) return edge.source;
  return undefined;
}
