/**
 * A residual network for integer max-flow, built for the small capacities that disjoint
 * paths need. Arcs come in pairs (a, a ^ 1), each the other's reverse, so pushing on one
 * frees capacity on the other. An undirected relationship is a pair with capacity 1 both
 * ways; a directed arc is a pair with capacity c forward and 0 back.
 *
 * Max flow is Dinic's algorithm: each phase builds BFS levels from the source and saturates
 * every shortest augmenting path at once. With unit capacities that is O(E·√E) in the worst
 * case and, on small-world networks, a handful of phases even between hubs, where
 * one-path-per-BFS (Edmonds–Karp) would need one full BFS per unit of flow.
 */
export interface FlowNetwork {
  readonly nodeCount: number;
  readonly head: Int32Array;
  readonly capacity: Int32Array;
  readonly residual: Int32Array;
  /** Arcs leaving node x are `arcs[arcStart[x]]` … `arcs[arcStart[x + 1] − 1]`. */
  readonly arcStart: Int32Array;
  readonly arcs: Int32Array;
}

/** `tails[a]`/`heads[a]`: the endpoints of arc a; arcs must be listed in reverse pairs. */
export function flowNetwork(nodeCount: number, tails: Int32Array, heads: Int32Array, capacity: Int32Array): FlowNetwork {
  const arcStart = new Int32Array(nodeCount + 1);
  for (const tail of tails) arcStart[tail + 1]! += 1;
  for (let x = 0; x < nodeCount; x++) arcStart[x + 1]! += arcStart[x] as number;
  const fill = arcStart.slice(0, nodeCount);
  const arcs = new Int32Array(tails.length);
  tails.forEach((tail, a) => {
    arcs[fill[tail]!++] = a;
  });
  return { nodeCount, head: heads, capacity, residual: capacity.slice(), arcStart, arcs };
}

export function resetFlow(network: FlowNetwork): void {
  network.residual.set(network.capacity);
}

/** Augments from the current residual state until no augmenting path remains. */
export function maxFlow(network: FlowNetwork, source: number, sink: number): number {
  const { nodeCount, head, residual, arcStart, arcs } = network;
  const level = new Int32Array(nodeCount);
  const levelPhase = new Int32Array(nodeCount);
  const nextArc = new Int32Array(nodeCount);
  const queue = new Int32Array(nodeCount);
  const pathArcs = new Int32Array(nodeCount);
  let flow = 0;
  for (let phase = 1; ; phase++) {
    levelPhase[source] = phase;
    level[source] = 0;
    nextArc[source] = arcStart[source] as number;
    let head0 = 0;
    let tail = 0;
    queue[tail++] = source;
    // Stopping as soon as the sink is seen is enough: every node one level above it was
    // already discovered, and deeper nodes cannot lead to it along increasing levels.
    while (head0 < tail && levelPhase[sink] !== phase) {
      const x = queue[head0++] as number;
      for (let i = arcStart[x] as number; i < (arcStart[x + 1] as number); i++) {
        const a = arcs[i] as number;
        const y = head[a] as number;
        if ((residual[a] as number) <= 0 || levelPhase[y] === phase) continue;
        levelPhase[y] = phase;
        level[y] = (level[x] as number) + 1;
        nextArc[y] = arcStart[y] as number;
        queue[tail++] = y;
      }
    }
    if (levelPhase[sink] !== phase) break;

    // Blocking flow by iterative DFS along level + 1 arcs; dead ends leave the level graph.
    let depth = 0;
    let x = source;
    for (;;) {
      if (x === sink) {
        let bottleneck = Infinity;
        for (let d = 0; d < depth; d++) bottleneck = Math.min(bottleneck, residual[pathArcs[d] as number] as number);
        for (let d = 0; d < depth; d++) {
          const a = pathArcs[d] as number;
          residual[a] = (residual[a] as number) - bottleneck;
          residual[a ^ 1] = (residual[a ^ 1] as number) + bottleneck;
        }
        flow += bottleneck;
        depth = 0;
        x = source;
        continue;
      }
      let advanced = false;
      for (; (nextArc[x] as number) < (arcStart[x + 1] as number); nextArc[x]!++) {
        const a = arcs[nextArc[x] as number] as number;
        const y = head[a] as number;
        if ((residual[a] as number) > 0 && levelPhase[y] === phase && level[y] === (level[x] as number) + 1) {
          pathArcs[depth++] = a;
          x = y;
          advanced = true;
          break;
        }
      }
      if (advanced) continue;
      if (x === source) break;
      levelPhase[x] = 0;
      const back = pathArcs[--depth] as number;
      x = head[back ^ 1] as number;
      nextArc[x]!++;
    }
  }
  return flow;
}
