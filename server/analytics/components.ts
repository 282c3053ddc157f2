/**
 * Connected components, direction ignored: which parts of the network can reach each other
 * at all. O(V + E) breadth-first labelling.
 */
import type { Projection } from "./projection.ts";
import { orderGroups } from "./result-order.ts";
import { undirectedIndex, type UndirectedIndex } from "./undirected-index.ts";

/** Every component as its sorted member ids; largest first, equal sizes by smallest id. */
export function connectedComponents(graph: Projection): string[][] {
  const index = undirectedIndex(graph);
  const { label, count } = componentLabels(index);
  const groups = Array.from({ length: count }, (): string[] => []);
  index.ids.forEach((id, v) => groups[label[v] as number]!.push(id));
  return orderGroups(groups);
}

/** A component number per node (numbered in order of first appearance). */
export function componentLabels(index: UndirectedIndex): { label: Int32Array; count: number } {
  const n = index.ids.length;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let count = 0;
  for (let first = 0; first < n; first++) {
    if (label[first] !== -1) continue;
    label[first] = count;
    let head = 0;
    let tail = 0;
    queue[tail++] = first;
    while (head < tail) {
      const v = queue[head++] as number;
      for (let slot = index.start[v] as number; slot < (index.start[v + 1] as number); slot++) {
        const w = index.neighbour[slot] as number;
        if (label[w] !== -1) continue;
        label[w] = count;
        queue[tail++] = w;
      }
    }
    count++;
  }
  return { label, count };
}
