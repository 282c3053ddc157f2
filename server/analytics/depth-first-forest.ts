/**
 * One iterative depth-first search over the undirected multigraph recording, per node, its
 * discovery time, low point, DFS parent and subtree size: the shared ground of articulation
 * points (Hopcroft–Tarjan) and bridges (Tarjan). O(V + E), no recursion (a 100k-node path
 * would overflow the call stack).
 *
 * The low point skips only the relationship the node was reached by, not every relationship
 * to its parent: a parallel twin is a second way back, which is exactly why a doubled
 * relationship is never a bridge.
 */
import type { UndirectedIndex } from "./undirected-index.ts";

export interface DepthFirstForest {
  /** Discovery time per node; a component's nodes occupy consecutive times. */
  readonly discovery: Int32Array;
  /** The node discovered at each time. */
  readonly preorder: Int32Array;
  readonly low: Int32Array;
  /** DFS parent per node, -1 for a root. */
  readonly parent: Int32Array;
  /** The relationship (edge number) to the parent, -1 for a root. */
  readonly parentEdge: Int32Array;
  readonly subtreeSize: Int32Array;
  /** The root of each node's tree, i.e. a representative of its connected component. */
  readonly root: Int32Array;
}

export function depthFirstForest(index: UndirectedIndex): DepthFirstForest {
  const n = index.ids.length;
  const discovery = new Int32Array(n).fill(-1);
  const preorder = new Int32Array(n);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const parentEdge = new Int32Array(n).fill(-1);
  const subtreeSize = new Int32Array(n).fill(1);
  const root = new Int32Array(n);
  const cursor = index.start.slice(0, n);
  const stack = new Int32Array(n);
  let time = 0;

  for (let r = 0; r < n; r++) {
    if (discovery[r] !== -1) continue;
    discovery[r] = low[r] = time;
    preorder[time++] = r;
    root[r] = r;
    let top = 0;
    stack[0] = r;
    while (top >= 0) {
      const v = stack[top] as number;
      const slot = cursor[v] as number;
      if (slot < (index.start[v + 1] as number)) {
        cursor[v] = slot + 1;
        const e = index.edge[slot] as number;
        if (e === parentEdge[v]) continue;
        const w = index.neighbour[slot] as number;
        if (discovery[w] === -1) {
          discovery[w] = low[w] = time;
          preorder[time++] = w;
          parent[w] = v;
          parentEdge[w] = e;
          root[w] = r;
          stack[++top] = w;
        } else if ((discovery[w] as number) < (low[v] as number)) {
          low[v] = discovery[w] as number;
        }
        continue;
      }
      top--;
      const p = parent[v] as number;
      if (p >= 0) {
        if ((low[v] as number) < (low[p] as number)) low[p] = low[v] as number;
        subtreeSize[p] = (subtreeSize[p] as number) + (subtreeSize[v] as number);
      }
    }
  }
  return { discovery, preorder, low, parent, parentEdge, subtreeSize, root };
}

/** For each component root, the node with the lexicographically smallest id (tie-breaking). */
export function smallestIdPerRoot(index: UndirectedIndex, forest: DepthFirstForest): Int32Array {
  const n = index.ids.length;
  const smallest = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const r = forest.root[v] as number;
    const current = smallest[r] as number;
    if (current === -1 || (index.ids[v] as string) < (index.ids[current] as string)) smallest[r] = v;
  }
  return smallest;
}
