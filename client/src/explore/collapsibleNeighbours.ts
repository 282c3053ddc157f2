import type { GraphElements } from "../../../contract/elements.ts";

/**
 * The neighbours of `id` that hang on it alone: every relationship they have in `graph`
 * joins them to `id`. Hiding them collapses what expanding `id` brought in, without
 * tearing anything else off the canvas.
 */
export function collapsibleNeighbours(graph: GraphElements, id: string): string[] {
  const others = new Map<string, Set<string>>();
  const touch = (node: string, other: string) => {
    const set = others.get(node) ?? new Set<string>();
    set.add(other);
    others.set(node, set);
  };
  for (const { data } of graph.edges) {
    touch(data.source, data.target);
    touch(data.target, data.source);
  }
  const neighbours = others.get(id) ?? new Set<string>();
  return [...neighbours].filter((neighbour) => {
    if (neighbour === id) return false;
    const theirs = others.get(neighbour)!;
    return theirs.size === 1 && theirs.has(id);
  });
}
