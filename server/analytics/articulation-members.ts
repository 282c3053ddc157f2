/**
 * What every articulation point cuts off, named, in one pass: O(V log V + E) plus the
 * members listed, where naming each cut by its own traversal (`cutOffByRemoving`) costs
 * O(V + E) per cut. It rests on the depth-first forest: a component's nodes hold
 * consecutive discovery times, and so does every subtree, so each piece a removal leaves
 * is a few ranges of times.
 */
import { articulationCuts, type ArticulationCut } from "./articulation-points.ts";
import { depthFirstForest, type DepthFirstForest } from "./depth-first-forest.ts";
import type { Projection } from "./projection.ts";
import { compareIds } from "./result-order.ts";
import { undirectedIndex, type UndirectedIndex } from "./undirected-index.ts";

export interface NamedArticulationCut extends ArticulationCut {
  /**
   * Members of what the node cuts off (as `cutOffByRemoving` decides: everything outside
   * the largest piece, equal pieces by smallest id), sorted; at most `memberLimit` of them
   * (which ones, then, is unspecified).
   */
  cutOff: string[];
  /** More are cut off than listed; `cutOffSize` is always in full. */
  truncated: boolean;
}

export const namedArticulationCutDefaults = {
  /** Members listed per cut: listing all costs the sum of what every cut cuts off, quadratic on a long chain. */
  memberLimit: 100,
};

/** A time range [from, to) of the depth-first forest: the nodes discovered then. */
type TimeRange = [number, number];

interface Piece {
  size: number;
  /** Rank of the piece's smallest id among all ids. */
  smallestRank: number;
  ranges: TimeRange[];
}

/** Every articulation point as `articulationCuts` orders them, each naming what it cuts off. */
export function namedArticulationCuts(
  graph: Projection,
  options: Partial<typeof namedArticulationCutDefaults> = {},
): NamedArticulationCut[] {
  const memberLimit = options.memberLimit ?? namedArticulationCutDefaults.memberLimit;
  const index = undirectedIndex(graph);
  const forest = depthFirstForest(index);
  const ranks = rangeMinima(index, forest);
  return articulationCuts(graph).map((cut) => {
    const v = index.indexOf.get(cut.node) as number;
    const pieces = piecesWithout(forest, ranks, v);
    let kept = 0;
    pieces.forEach((piece, i) => {
      const best = pieces[kept] as Piece;
      if (piece.size > best.size || (piece.size === best.size && piece.smallestRank < best.smallestRank)) kept = i;
    });
    const cutOff: string[] = [];
    pieces.forEach((piece, i) => {
      if (i === kept) return;
      for (const [from, to] of piece.ranges) {
        for (let t = from; t < to && cutOff.length < memberLimit; t++) {
          cutOff.push(index.ids[forest.preorder[t] as number] as string);
        }
      }
    });
    return { ...cut, cutOff: cutOff.sort(compareIds), truncated: cutOff.length < cut.cutOffSize };
  });
}

interface RangeMinima {
  /** Smallest id rank in each node's subtree. */
  subtree: Float64Array;
  /** Smallest id rank over the times of the same component before time t (Infinity if none). */
  before: Float64Array;
  /** Smallest id rank over times t.. to the end of t's component (Infinity past it). */
  from: Float64Array;
}

function rangeMinima(index: UndirectedIndex, forest: DepthFirstForest): RangeMinima {
  const n = index.ids.length;
  const rank = new Float64Array(n);
  [...index.ids.keys()].sort((a, b) => compareIds(index.ids[a] as string, index.ids[b] as string)).forEach((v, r) => {
    rank[v] = r;
  });
  const subtree = new Float64Array(n).fill(Infinity);
  // Children are discovered after their parent: a backward sweep closes every subtree.
  for (let t = n - 1; t >= 0; t--) {
    const v = forest.preorder[t] as number;
    subtree[v] = Math.min(subtree[v] as number, rank[v] as number);
    const p = forest.parent[v] as number;
    if (p >= 0) subtree[p] = Math.min(subtree[p] as number, subtree[v] as number);
  }
  const before = new Float64Array(n + 1).fill(Infinity);
  const from = new Float64Array(n + 1).fill(Infinity);
  for (let t = 0; t < n; t++) {
    const v = forest.preorder[t] as number;
    const startsComponent = forest.parent[v] === -1;
    before[t + 1] = Math.min(startsComponent ? Infinity : (before[t] as number), rank[v] as number);
    if (startsComponent) before[t] = Infinity;
  }
  for (let t = n - 1; t >= 0; t--) {
    const v = forest.preorder[t] as number;
    const next = t + 1 < n && forest.parent[forest.preorder[t + 1] as number] !== -1 ? (from[t + 1] as number) : Infinity;
    from[t] = Math.min(next, rank[v] as number);
  }
  return { subtree, before, from };
}

/**
 * The pieces v's component falls into without v: one per child subtree that cannot reach
 * above v, and the rest (before v, after v's subtree, and the children that reach above v).
 */
function piecesWithout(forest: DepthFirstForest, minima: RangeMinima, v: number): Piece[] {
  const discovered = forest.discovery[v] as number;
  const end = discovered + (forest.subtreeSize[v] as number);
  const root = forest.root[v] as number;
  const componentStart = forest.discovery[root] as number;
  const componentEnd = componentStart + (forest.subtreeSize[root] as number);
  const isRoot = root === v;
  const pieces: Piece[] = [];
  const rest: Piece = {
    size: discovered - componentStart + componentEnd - end,
    smallestRank: Math.min(minima.before[discovered] as number, end < componentEnd ? (minima.from[end] as number) : Infinity),
    ranges: [[componentStart, discovered], [end, componentEnd]],
  };
  // v's children are exactly the subtrees tiling (discovered, end), one after another.
  for (let t = discovered + 1; t < end;) {
    const w = forest.preorder[t] as number;
    const size = forest.subtreeSize[w] as number;
    const range: TimeRange = [t, t + size];
    if (isRoot || (forest.low[w] as number) >= discovered) {
      pieces.push({ size, smallestRank: minima.subtree[w] as number, ranges: [range] });
    } else {
      rest.size += size;
      rest.smallestRank = Math.min(rest.smallestRank, minima.subtree[w] as number);
      rest.ranges.push(range);
    }
    t += size;
  }
  if (rest.size > 0) pieces.push(rest);
  return pieces;
}
