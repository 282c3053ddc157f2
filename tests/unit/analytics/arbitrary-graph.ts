/**
 * Small random projections for property tests: 1–9 entities with shuffled, non-contiguous
 * ids (so insertion order and id order differ), and random relationships in random
 * directions, often parallel. Self-loops only when asked for.
 */
import fc from "fast-check";
import type { ProjectionInput } from "../../../server/analytics/projection.ts";

const ENTITY_IDS = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"];
const KINDS = ["Service", "Partner", "Body", "Authority", "Liaison"];
const TYPES = ["COOPERATES_WITH", "DISSEMINATES_TO", "ASSIGNS", "PART_OF", "MEETS_INFORMALLY", "OWNS"];

export interface ArbitraryGraphOptions {
  minNodes?: number;
  maxNodes?: number;
  maxEdges?: number;
  selfLoops?: boolean;
}

export function arbitraryGraph(options: ArbitraryGraphOptions = {}): fc.Arbitrary<ProjectionInput> {
  const { minNodes = 1, maxNodes = 9, maxEdges = 14, selfLoops = false } = options;
  return fc
    .shuffledSubarray(ENTITY_IDS, { minLength: minNodes, maxLength: maxNodes })
    .chain((ids) =>
      fc.record({
        kinds: fc.array(fc.constantFrom(...KINDS), { minLength: ids.length, maxLength: ids.length }),
        ends: fc.array(
          fc.record({
            source: fc.integer({ min: 0, max: ids.length - 1 }),
            target: fc.integer({ min: 0, max: ids.length - 1 }),
            type: fc.constantFrom(...TYPES),
          }),
          { maxLength: maxEdges },
        ),
      }).map(({ kinds, ends }) => ({
        nodes: ids.map((id, i) => ({ id, kind: kinds[i] as string })),
        edges: ends
          .filter((end) => selfLoops || end.source !== end.target)
          .map((end, i) => ({ id: `r${i}`, type: end.type, source: ids[end.source] as string, target: ids[end.target] as string })),
      })),
    );
}

/** A graph together with two distinct entities of it. */
export function arbitraryGraphWithPair(options: ArbitraryGraphOptions = {}) {
  return arbitraryGraph({ ...options, minNodes: Math.max(2, options.minNodes ?? 2) }).chain((input) =>
    fc
      .tuple(fc.integer({ min: 0, max: input.nodes.length - 1 }), fc.integer({ min: 1, max: input.nodes.length - 1 }))
      .map(([i, offset]) => ({
        input,
        from: input.nodes[i]!.id,
        to: input.nodes[(i + offset) % input.nodes.length]!.id,
      })),
  );
}
