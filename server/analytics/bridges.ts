/**
 * Bridges: relationships whose removal splits their connected component, i.e. links the
 * network hangs on. Direction is ignored; a relationship with a parallel twin is never a
 * bridge (the twin still connects the two). O(V + E) via one iterative DFS.
 */
import type { Projection } from "./projection.ts";
import { compareIds } from "./result-order.ts";
import { depthFirstForest, smallestIdPerRoot } from "./depth-first-forest.ts";
import { undirectedIndex } from "./undirected-index.ts";

/** Sorted relationship ids of every bridge. */
export function bridges(graph: Projection): string[] {
  return bridgeCuts(graph, { memberLimit: 0 }).map((cut) => cut.edge).sort(compareIds);
}

export interface BridgeCut {
  edge: string;
  /** Size of the smaller side: what removing the relationship would cut off. */
  cutOffSize: number;
  /** Members of that side, sorted; at most `memberLimit` of them (which ones, then, is unspecified). */
  cutOff: string[];
  truncated: boolean;
}

export const bridgeCutDefaults = {
  /**
   * Members listed per bridge. Listing all of them costs the sum of the smaller sides, which
   * is quadratic on a long chain; the sizes are always exact.
   */
  memberLimit: 100,
};

/**
 * Every bridge with the smaller side it cuts off, most damaging first (ties by id). Between
 * two equal sides, the one holding the component's lexicographically smallest id is kept,
 * as in `cutOffByRemoving`.
 */
export function bridgeCuts(graph: Projection, options: Partial<typeof bridgeCutDefaults> = {}): BridgeCut[] {
  const memberLimit = options.memberLimit ?? bridgeCutDefaults.memberLimit;
  const index = undirectedIndex(graph);
  const forest = depthFirstForest(index);
  const smallest = smallestIdPerRoot(index, forest);
  const cuts: BridgeCut[] = [];
  for (let w = 0; w < index.ids.length; w++) {
    const p = forest.parent[w] as number;
    if (p < 0 || (forest.low[w] as number) <= (forest.discovery[p] as number)) continue;
    const root = forest.root[w] as number;
    const componentSize = forest.subtreeSize[root] as number;
    const below = forest.subtreeSize[w] as number;
    const firstBelow = forest.discovery[w] as number;
    const isBelow = (t: number) => t >= firstBelow && t < firstBelow + below;
    const keepBelow =
      below > componentSize - below ||
      (below === componentSize - below && isBelow(forest.discovery[smallest[root] as number] as number));
    const componentStart = forest.discovery[root] as number;
    const cutOffTimes: [number, number][] = keepBelow
      ? [[componentStart, firstBelow], [firstBelow + below, componentStart + componentSize]]
      : [[firstBelow, firstBelow + below]];
    const cutOffSize = keepBelow ? componentSize - below : below;
    const cutOff: string[] = [];
    for (const [from, to] of cutOffTimes) {
      for (let t = from; t < to && cutOff.length < memberLimit; t++) {
        cutOff.push(index.ids[forest.preorder[t] as number] as string);
      }
    }
    cuts.push({
      edge: index.edgeIds[forest.parentEdge[w] as number] as string,
      cutOffSize,
      cutOff: cutOff.sort(compareIds),
      truncated: cutOff.length < cutOffSize,
    });
  }
  return cuts.sort((a, b) => b.cutOffSize - a.cutOffSize || compareIds(a.edge, b.edge));
}
