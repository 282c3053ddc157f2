/**
 * Betweenness centrality, direction ignored and parallel relationships counted once (a
 * doubled link does not make two shortest routes): how much of the network's shortest
 * traffic runs through each entity. Brandes' algorithm on the simple undirected view,
 * O(V·E) exact, or O(k·(V + E)) from k sampled sources.
 *
 * Normalisation follows NetworkX for undirected graphs (`normalized=True`, endpoints
 * excluded): for n > 2,
 *   b(v) = Σ over unordered pairs {s, t} with v ∉ {s, t} of σ_st(v) / σ_st, divided by (n−1)(n−2)/2,
 * so a value of 1 means v is on every shortest path between every other pair (the centre of
 * a star). n counts every entity of the projection, isolated ones included; for n ≤ 2 every
 * score is 0. Unnormalised scores are the plain sum over unordered pairs. A sampled run sums
 * Brandes' dependencies from k sources and scales by n/k, an unbiased estimate of the same.
 */
import type { Projection } from "./projection.ts";
import { compareIds } from "./result-order.ts";
import { sampleWithoutReplacement, seededRandom } from "./seeded-random.ts";
import { simpleAdjacency, undirectedIndex, type UndirectedIndex } from "./undirected-index.ts";
import { AnalyticsUsageError } from "./usage-error.ts";

export const betweennessDefaults = {
  /** Divide by (n−1)(n−2)/2, NetworkX's undirected convention, so scores lie in [0, 1]. */
  normalized: true,
  /** Sources to sample; absent means exact (every entity is a source). */
  sampleSize: undefined as number | undefined,
  /** Seed of the PRNG that draws the sample, so a refresh shows the same estimate. */
  seed: 1,
  /**
   * Explicit sources instead of a drawn sample: lets a before/after comparison use the same
   * ones on both sides. Overrides `sampleSize`.
   */
  sources: undefined as readonly string[] | undefined,
};

export interface Betweenness {
  /** Score per entity id (every entity of the projection). */
  scores: Map<string, number>;
  /** True when every entity was a source. */
  exact: boolean;
  /** Number of sources used (n when exact). */
  sampleSize: number;
}

export function betweenness(graph: Projection, options: Partial<typeof betweennessDefaults> = {}): Betweenness {
  return betweennessOf(undirectedIndex(graph), options);
}

export function betweennessOf(index: UndirectedIndex, options: Partial<typeof betweennessDefaults> = {}): Betweenness {
  const normalized = options.normalized ?? betweennessDefaults.normalized;
  const n = index.ids.length;
  const sources = chooseSources(index.ids, index.indexOf, options);
  const { start, neighbour } = simpleAdjacency(index);

  const raw = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const distance = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  for (const s of sources) {
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    sigma[s] = 1;
    distance[s] = 0;
    while (head < tail) {
      const v = queue[head++] as number;
      const next = (distance[v] as number) + 1;
      for (let slot = start[v] as number; slot < (start[v + 1] as number); slot++) {
        const w = neighbour[slot] as number;
        if (distance[w] === -1) {
          distance[w] = next;
          queue[tail++] = w;
        }
        if (distance[w] === next) sigma[w] = (sigma[w] as number) + (sigma[v] as number);
      }
    }
    // BFS order read backwards is a valid order of non-increasing distance.
    for (let i = tail - 1; i > 0; i--) {
      const w = queue[i] as number;
      const share = (1 + (delta[w] as number)) / (sigma[w] as number);
      const previous = (distance[w] as number) - 1;
      for (let slot = start[w] as number; slot < (start[w + 1] as number); slot++) {
        const v = neighbour[slot] as number;
        if (distance[v] === previous) delta[v] = (delta[v] as number) + (sigma[v] as number) * share;
      }
      raw[w] = (raw[w] as number) + (delta[w] as number);
    }
    for (let i = 0; i < tail; i++) {
      const v = queue[i] as number;
      sigma[v] = 0;
      delta[v] = 0;
      distance[v] = -1;
    }
  }

  // Each unordered pair is met once from each end, hence the halving in both conventions.
  const k = sources.length;
  const extrapolation = k === 0 ? 0 : n / k;
  const scale = normalized ? (n > 2 ? extrapolation / ((n - 1) * (n - 2)) : 0) : extrapolation / 2;
  const scores = new Map<string, number>();
  index.ids.forEach((id, v) => scores.set(id, (raw[v] as number) * scale));
  return { scores, exact: k === n, sampleSize: k };
}

function chooseSources(
  ids: readonly string[],
  indexOf: ReadonlyMap<string, number>,
  options: Partial<typeof betweennessDefaults>,
): number[] {
  if (options.sources !== undefined) {
    const chosen = new Set<number>();
    for (const id of options.sources) {
      const v = indexOf.get(id);
      if (v === undefined) throw new AnalyticsUsageError(`Betweenness source "${id}" is not in the projection.`);
      chosen.add(v);
    }
    return [...chosen];
  }
  const all = ids.map((_, v) => v);
  if (options.sampleSize === undefined) return all;
  if (!Number.isInteger(options.sampleSize) || options.sampleSize < 1) {
    throw new AnalyticsUsageError(`Betweenness sampleSize must be a positive integer, got ${options.sampleSize}.`);
  }
  // Drawn from the ids in sorted order so the sample does not depend on load order.
  const sorted = all.sort((a, b) => compareIds(ids[a] as string, ids[b] as string));
  return sampleWithoutReplacement(sorted, options.sampleSize, seededRandom(options.seed ?? betweennessDefaults.seed));
}
