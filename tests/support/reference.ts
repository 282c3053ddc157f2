import type { Elements } from "../../server/graph/elements.ts";

/**
 * Reference answers computed by brute force from elements, to check the API against the
 * definitions rather than against fixtures.
 */
export function adjacency(elements: Elements, types?: string[]): Map<string, Set<string>> {
  const neighbours = new Map<string, Set<string>>(elements.nodes.map((node) => [node.data.id, new Set()]));
  for (const { data } of elements.edges) {
    if (types && !types.includes(data.type)) continue;
    neighbours.get(data.source)?.add(data.target);
    neighbours.get(data.target)?.add(data.source);
  }
  return neighbours;
}

/** Hop distance from `start` to every reachable node, ignoring direction. */
export function bfsDistances(neighbours: Map<string, Set<string>>, start: string): Map<string, number> {
  const distance = new Map([[start, 0]]);
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const next of neighbours.get(current) ?? []) {
      if (!distance.has(next)) {
        distance.set(next, distance.get(current)! + 1);
        queue.push(next);
      }
    }
  }
  return distance;
}
