/**
 * Which entities' betweenness moves most when elements are removed: where traffic
 * re-routes. Both sides use the same sources (all entities, or one seeded sample of
 * entities that survive the removal), so a sampled estimate's noise is shared rather than
 * doubled. Scores are normalised on each side by its own entity count (see betweenness.ts),
 * so removing many entities shifts every score a little.
 */
import { betweennessOf } from "./betweenness.ts";
import { compareIds } from "./result-order.ts";
import { sampleWithoutReplacement, seededRandom } from "./seeded-random.ts";
import type { UndirectedIndex } from "./undirected-index.ts";

export interface CentralityShift {
  node: string;
  before: number;
  after: number;
  /** after − before. */
  change: number;
}

export interface CentralityShiftReport {
  /** Largest absolute change first (ties by id); only entities whose score changed. */
  shifts: CentralityShift[];
  exact: boolean;
  sampleSize: number;
}

export interface CentralityShiftOptions {
  /** Exact Brandes when the projection has at most this many entities. */
  exactUpTo: number;
  sampleSize: number;
  seed: number;
  top: number;
}

// Scores of an unchanged graph come out bit-identical; anything below this is rounding.
const NOISE = 1e-12;

export function centralityShifts(
  before: UndirectedIndex,
  after: UndirectedIndex,
  options: CentralityShiftOptions,
): CentralityShiftReport {
  let sources: string[] | undefined;
  if (before.ids.length > options.exactUpTo && after.ids.length > options.sampleSize) {
    const survivors = [...after.ids].sort(compareIds);
    sources = sampleWithoutReplacement(survivors, options.sampleSize, seededRandom(options.seed));
  }
  const scoresBefore = betweennessOf(before, { normalized: true, sources });
  const scoresAfter = betweennessOf(after, { normalized: true, sources });
  const shifts: CentralityShift[] = [];
  for (const [node, afterScore] of scoresAfter.scores) {
    const beforeScore = scoresBefore.scores.get(node) ?? 0;
    const change = afterScore - beforeScore;
    if (Math.abs(change) > NOISE) shifts.push({ node, before: beforeScore, after: afterScore, change });
  }
  shifts.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || compareIds(a.node, b.node));
  return { shifts: shifts.slice(0, options.top), exact: sources === undefined, sampleSize: scoresBefore.sampleSize };
}
