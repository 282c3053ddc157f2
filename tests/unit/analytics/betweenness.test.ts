import fc from "fast-check";
import graphologyBetweennessModule from "graphology-metrics/centrality/betweenness.js";
import { describe, expect, it } from "vitest";
import { betweenness } from "../../../server/analytics/betweenness.ts";
import { undirectedSimpleView } from "../../../server/analytics/communities.ts";
import { buildProjection } from "../../../server/analytics/projection.ts";
import { AnalyticsUsageError } from "../../../server/analytics/usage-error.ts";
import { arbitraryGraph } from "./arbitrary-graph.ts";
import { betweennessBrute } from "./definitions.ts";
import { bowTie, fromPairs, pathGraph } from "./fixtures.ts";

// CommonJS package with ES-style typings; see communities.ts.
const graphologyBetweenness = graphologyBetweennessModule as unknown as typeof graphologyBetweennessModule.default;

function expectScoresClose(actual: Map<string, number>, expected: Map<string, number>) {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [node, score] of expected) expect(actual.get(node)).toBeCloseTo(score, 9);
}

describe("betweenness centrality", () => {
  it("equals the share of shortest paths through each entity, over (n−1)(n−2)/2 pairs", () => {
    fc.assert(
      fc.property(arbitraryGraph({ selfLoops: true }), (input) => {
        const result = betweenness(buildProjection(input));
        expect(result.exact).toBe(true);
        expect(result.sampleSize).toBe(input.nodes.length);
        expectScoresClose(result.scores, betweennessBrute(input));
      }),
      { numRuns: 200 },
    );
  });

  it("unnormalised, is the plain sum over unordered pairs", () => {
    fc.assert(
      fc.property(arbitraryGraph(), (input) => {
        expectScoresClose(betweenness(buildProjection(input), { normalized: false }).scores, betweennessBrute(input, false));
      }),
    );
  });

  it("agrees with graphology-metrics run on the simple undirected view", () => {
    fc.assert(
      fc.property(arbitraryGraph(), (input) => {
        const graph = buildProjection(input);
        const reference = graphologyBetweenness(undirectedSimpleView(graph), { normalized: true, getEdgeWeight: null });
        expectScoresClose(betweenness(graph).scores, new Map(Object.entries(reference)));
      }),
    );
  });

  it("sampled with every entity as a source equals the exact scores", () => {
    fc.assert(
      fc.property(arbitraryGraph(), fc.integer(), (input, seed) => {
        const graph = buildProjection(input);
        const sampled = betweenness(graph, { sampleSize: input.nodes.length, seed });
        expect(sampled).toMatchObject({ exact: true, sampleSize: input.nodes.length });
        expectScoresClose(sampled.scores, betweenness(graph).scores);
      }),
    );
  });

  it("sampled, reports its sample size, scales by n/k and repeats itself for the same seed", () => {
    const graph = pathGraph();
    const first = betweenness(graph, { sampleSize: 2, seed: 7 });
    expect(first).toMatchObject({ exact: false, sampleSize: 2 });
    expect(betweenness(graph, { sampleSize: 2, seed: 7 }).scores).toEqual(first.scores);
    const sources = ["a", "e"];
    const fromEnds = betweenness(graph, { sources });
    // From a and e: c lies on a→d, a→e, e→a, e→b (4 ordered pairs); × 5/2 ÷ (4·3).
    expect(fromEnds.scores.get("c")).toBeCloseTo((4 * 5) / 2 / 12, 12);
    expect(() => betweenness(graph, { sampleSize: 0 })).toThrow(AnalyticsUsageError);
    expect(() => betweenness(graph, { sources: ["ghost"] })).toThrow(AnalyticsUsageError);
  });

  it("gives the centre of a star 1 and the bow tie's knot 2/3", () => {
    const star = betweenness(buildProjection(fromPairs(["c-a", "c-b", "c-d", "c-e"]))).scores;
    expect(star.get("c")).toBeCloseTo(1, 12);
    expect(star.get("a")).toBe(0);
    // Pairs through c: the 4 cross pairs of 6.
    expect(betweenness(bowTie()).scores.get("c")).toBeCloseTo(4 / 6, 12);
  });

  it("counts parallel relationships once and gives 0 on graphs of two entities or fewer", () => {
    const doubled = betweenness(buildProjection(fromPairs(["a-b", "a-b", "b-c", "a-d", "d-c"]))).scores;
    // a–c has two shortest routes (via b, via d) whatever the doubling: each gets half.
    expect(doubled.get("b")).toBeCloseTo(doubled.get("d")!, 12);
    expect([...betweenness(buildProjection(fromPairs(["a-b", "a-b"]))).scores.values()]).toEqual([0, 0]);
  });
});
