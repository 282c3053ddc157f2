/**
 * The shortest path by hops between two nodes of an index, avoiding banned nodes and
 * relationships and bounded in length: the spur search of Yen's algorithm. It keeps its
 * arrays between searches and clears bans by bumping a stamp, because Yen runs one search
 * per node of every accepted path and clearing O(V) arrays each time would dominate.
 */
import type { UndirectedIndex } from "./undirected-index.ts";

/** A path as node numbers and edge numbers of the index. */
export interface IndexPath {
  nodes: number[];
  edges: number[];
}

export class RestrictedSearch {
  private readonly bannedNode: Int32Array;
  private readonly bannedEdge: Int32Array;
  private readonly seen: Int32Array;
  private readonly arrivedBy: Int32Array;
  private readonly depth: Int32Array;
  private readonly queue: Int32Array;
  private nodeBans = 1;
  private edgeBans = 1;
  private searches = 0;

  constructor(private readonly index: UndirectedIndex) {
    const n = index.ids.length;
    this.bannedNode = new Int32Array(n);
    this.bannedEdge = new Int32Array(index.edgeIds.length);
    this.seen = new Int32Array(n);
    this.arrivedBy = new Int32Array(n);
    this.depth = new Int32Array(n);
    this.queue = new Int32Array(n);
  }

  clearNodeBans(): void {
    this.nodeBans++;
  }

  clearEdgeBans(): void {
    this.edgeBans++;
  }

  banNode(v: number): void {
    this.bannedNode[v] = this.nodeBans;
  }

  banEdge(e: number): void {
    this.bannedEdge[e] = this.edgeBans;
  }

  shortest(s: number, t: number, maxHops: number): IndexPath | null {
    const { index, seen, arrivedBy, depth, queue } = this;
    const round = ++this.searches;
    seen[s] = round;
    depth[s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail && seen[t] !== round) {
      const v = queue[head++] as number;
      if ((depth[v] as number) >= maxHops) break;
      for (let slot = index.start[v] as number; slot < (index.start[v + 1] as number); slot++) {
        const w = index.neighbour[slot] as number;
        const e = index.edge[slot] as number;
        if (seen[w] === round || this.bannedNode[w] === this.nodeBans || this.bannedEdge[e] === this.edgeBans) continue;
        seen[w] = round;
        depth[w] = (depth[v] as number) + 1;
        arrivedBy[w] = slot;
        queue[tail++] = w;
      }
    }
    if (seen[t] !== round) return null;
    const nodes = [t];
    const edges: number[] = [];
    for (let v = t; v !== s; ) {
      const slot = arrivedBy[v] as number;
      edges.push(index.edge[slot] as number);
      const e = index.edge[slot] as number;
      v = (index.edgeSource[e] === v ? index.edgeTarget[e] : index.edgeSource[e]) as number;
      nodes.push(v);
    }
    return { nodes: nodes.reverse(), edges: edges.reverse() };
  }
}
