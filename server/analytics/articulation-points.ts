/**
 * Articulation points: entities whose removal splits their connected component, i.e. single
 * points of failure of the cooperation network. Direction is ignored; parallel
 * relationships do not change the answer. O(V + E) via one iterative DFS.
 */
import type { Projection } from "./projection.ts";
import { compareIds, orderGroups } from "./result-order.ts";
import { depthFirstForest, type DepthFirstForest } from "./depth-first-forest.ts";
import { undirectedIndex, type UndirectedIndex } from "./undirected-index.ts";
import { requireNode } from "./usage-error.ts";

/** Sorted ids of every articulation point. */
export function articulationPoints(graph: Projection): string[] {
  return articulationPointsOf(undirectedIndex(graph));
}

export function articulationPointsOf(index: UndirectedIndex): string[] {
  const forest = depthFirstForest(index);
  const isCut = articulationFlags(index.ids.length, forest);
  return index.ids.filter((_, v) => isCut[v] === 1).sort(compareIds);
}

export interface ArticulationCut {
  node: string;
  /** Sizes of the pieces the node's component falls into without it, largest first. */
  pieceSizes: number[];
  /** How many entities end up outside the largest piece: what the node would cut off. */
  cutOffSize: number;
}

/**
 * Every articulation point with the sizes of what its removal separates, most damaging
 * first (ties by id). Sizes only, in O(V + E); `cutOffByRemoving` names the members of one.
 */
export function articulationCuts(graph: Projection): ArticulationCut[] {
  const index = undirectedIndex(graph);
  const forest = depthFirstForest(index);
  const n = index.ids.length;
  const separated = Array.from({ length: n }, (): number[] => []);
  for (let w = 0; w < n; w++) {
    const p = forest.parent[w] as number;
    if (p < 0) continue;
    const isRoot = forest.parent[p] === -1;
    if (isRoot || (forest.low[w] as number) >= (forest.discovery[p] as number)) {
      separated[p]!.push(forest.subtreeSize[w] as number);
    }
  }
  const cuts: ArticulationCut[] = [];
  for (let v = 0; v < n; v++) {
    const pieces = separated[v] as number[];
    const isRoot = forest.parent[v] === -1;
    if (pieces.length < (isRoot ? 2 : 1)) continue;
    const componentSize = forest.subtreeSize[forest.root[v] as number] as number;
    const rest = componentSize - 1 - pieces.reduce((sum, size) => sum + size, 0);
    if (rest > 0) pieces.push(rest);
    pieces.sort((a, b) => b - a);
    cuts.push({ node: index.ids[v] as string, pieceSizes: pieces, cutOffSize: componentSize - 1 - (pieces[0] as number) });
  }
  return cuts.sort((a, b) => b.cutOffSize - a.cutOffSize || compareIds(a.node, b.node));
}

export interface NodeRemovalCut {
  node: string;
  /** The pieces the node's component falls into without it: largest first, each sorted. */
  pieces: string[][];
  /**
   * Everyone outside the kept piece, sorted. The kept piece is the largest; between equally
   * large pieces, the one holding the lexicographically smallest id (i.e. `pieces[0]`).
   */
  cutOff: string[];
}

/** What removing one entity would cut off. Throws AnalyticsUsageError for an unknown id. */
export function cutOffByRemoving(graph: Projection, nodeId: string): NodeRemovalCut {
  requireNode(graph, nodeId, "node");
  const index = undirectedIndex(graph);
  const removed = index.indexOf.get(nodeId) as number;
  const seen = new Uint8Array(index.ids.length);
  seen[removed] = 1;
  const queue = new Int32Array(index.ids.length);
  const pieces: string[][] = [];
  for (let slot = index.start[removed] as number; slot < (index.start[removed + 1] as number); slot++) {
    const first = index.neighbour[slot] as number;
    if (seen[first] === 1) continue;
    seen[first] = 1;
    const piece: string[] = [];
    let head = 0;
    let tail = 0;
    queue[tail++] = first;
    while (head < tail) {
      const v = queue[head++] as number;
      piece.push(index.ids[v] as string);
      for (let s = index.start[v] as number; s < (index.start[v + 1] as number); s++) {
        const w = index.neighbour[s] as number;
        if (seen[w] === 1) continue;
        seen[w] = 1;
        queue[tail++] = w;
      }
    }
    pieces.push(piece);
  }
  orderGroups(pieces);
  return { node: nodeId, pieces, cutOff: pieces.slice(1).flat().sort(compareIds) };
}

function articulationFlags(n: number, forest: DepthFirstForest): Uint8Array {
  const isCut = new Uint8Array(n);
  const rootChildren = new Int32Array(n);
  for (let w = 0; w < n; w++) {
    const p = forest.parent[w] as number;
    if (p < 0) continue;
    if (forest.parent[p] === -1) {
      rootChildren[p] = (rootChildren[p] as number) + 1;
      if ((rootChildren[p] as number) >= 2) isCut[p] = 1;
    } else if ((forest.low[w] as number) >= (forest.discovery[p] as number)) {
      isCut[p] = 1;
    }
  }
  return isCut;
}
