import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articulationPoints, cutOffByRemoving } from "../../../server/analytics/articulation-points.ts";
import { betweenness } from "../../../server/analytics/betweenness.ts";
import { disjointPaths } from "../../../server/analytics/disjoint-paths.ts";
import { buildProjection, withoutElements, type ProjectionInput } from "../../../server/analytics/projection.ts";
import { AnalyticsUsageError } from "../../../server/analytics/usage-error.ts";
import { whatIf } from "../../../server/analytics/what-if.ts";
import { arbitraryGraph } from "./arbitrary-graph.ts";
import { componentsOf } from "./definitions.ts";
import { bowTie, cycleGraph, fromPairs } from "./fixtures.ts";

/** A graph with a random subset of its entities and relationships to remove. */
const arbitraryRemoval = arbitraryGraph({ selfLoops: true }).chain((input) =>
  fc.record({
    input: fc.constant(input),
    removeNodes: fc.subarray(input.nodes.map((node) => node.id), { maxLength: Math.min(3, input.nodes.length) }),
    removeEdges: fc.subarray(input.edges.map((edge) => edge.id), { maxLength: Math.min(3, input.edges.length) }),
  }),
);

function expectedSeparated(input: ProjectionInput, removeNodes: string[], removeEdges: string[]): string[][] {
  const cutOff: string[][] = [];
  for (const component of componentsOf(input)) {
    const pieces = componentsOf(input, { withoutNodes: removeNodes, withoutEdges: removeEdges })
      .filter((piece) => [...piece].every((id) => component.has(id)))
      .map((piece) => [...piece].sort())
      .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
    cutOff.push(...pieces.slice(1));
  }
  return cutOff.sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
}

describe("what-if removal", () => {
  it("reports nothing when nothing is removed", () => {
    fc.assert(
      fc.property(arbitraryGraph(), (input) => {
        const result = whatIf(buildProjection(input), {});
        expect(result).toMatchObject({
          removed: { nodes: [], edges: [] },
          separated: [],
          cutOff: [],
          newArticulationPoints: [],
          redundancy: { lost: [], pairsChecked: 0, truncated: false },
          centrality: { shifts: [], exact: true },
        });
      }),
    );
  });

  it("removing an articulation point reports exactly what cutOffByRemoving says", () => {
    fc.assert(
      fc.property(arbitraryGraph(), (input) => {
        const graph = buildProjection(input);
        for (const node of articulationPoints(graph)) {
          const expected = cutOffByRemoving(graph, node);
          const result = whatIf(graph, { removeNodes: [node] });
          expect(result.cutOff).toEqual(expected.cutOff);
          expect(result.separated.map((piece) => piece.members)).toEqual(
            expected.pieces.slice(1).sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1)),
          );
        }
      }),
    );
  });

  it("cuts off, in each split component, every piece but the largest (ties: the one with the smallest id)", () => {
    fc.assert(
      fc.property(arbitraryRemoval, ({ input, removeNodes, removeEdges }) => {
        const result = whatIf(buildProjection(input), { removeNodes, removeEdges });
        const expected = expectedSeparated(input, removeNodes, removeEdges);
        expect(result.separated.map((piece) => piece.members)).toEqual(expected);
        expect(result.cutOff).toEqual(expected.flat().sort());
      }),
      { numRuns: 300 },
    );
  });

  it("names the articulation points that the removal creates", () => {
    fc.assert(
      fc.property(arbitraryRemoval, ({ input, removeNodes, removeEdges }) => {
        const graph = buildProjection(input);
        const after = withoutElements(graph, { removeNodes, removeEdges });
        const before = new Set(articulationPoints(graph));
        const result = whatIf(graph, { removeNodes, removeEdges });
        expect(result.newArticulationPoints).toEqual(articulationPoints(after).filter((node) => !before.has(node)));
      }),
    );
  });

  it("reports the key pairs whose edge-disjoint path count dropped, with both counts", () => {
    fc.assert(
      fc.property(arbitraryRemoval, ({ input, removeNodes, removeEdges }) => {
        const graph = buildProjection(input);
        const after = withoutElements(graph, { removeNodes, removeEdges });
        const ids = input.nodes.map((node) => node.id);
        const keyPairs = ids.flatMap((from) => ids.filter((to) => to !== from).map((to) => [from, to] as [string, string]));
        const expected = keyPairs
          .filter(([from, to]) => after.hasNode(from) && after.hasNode(to))
          .map(([from, to]) => ({
            from,
            to,
            before: disjointPaths(graph, from, to).edgeDisjointPaths,
            after: disjointPaths(after, from, to).edgeDisjointPaths,
          }))
          .filter((pair) => pair.after < pair.before);
        const result = whatIf(graph, { removeNodes, removeEdges, keyPairs, maxPairs: 1000 });
        const byPair = (a: { from: string; to: string }, b: { from: string; to: string }) =>
          `${a.from} ${a.to}` < `${b.from} ${b.to}` ? -1 : 1;
        expect([...result.redundancy.lost].sort(byPair)).toEqual(expected.sort(byPair));
      }),
      { numRuns: 200 },
    );
  });

  it("checks every (Service, Partner) pair of a touched component when no key pairs are given", () => {
    const input = fromPairs(["s1-p1", "s1-x", "x-p1", "s2-p2"]);
    input.nodes.forEach((node) => (node.kind = node.id.startsWith("p") ? "Partner" : node.id.startsWith("s") ? "Service" : "Body"));
    const result = whatIf(buildProjection(input), { removeNodes: ["x"] });
    expect(result.redundancy).toEqual({ lost: [{ from: "s1", to: "p1", before: 2, after: 1 }], pairsChecked: 1, truncated: false });
    const capped = whatIf(buildProjection(input), { removeEdges: ["r0", "r3"], maxPairs: 1 });
    expect(capped.redundancy).toMatchObject({ pairsChecked: 1, truncated: true });
  });

  it("reports the largest betweenness shifts, exact on small graphs", () => {
    fc.assert(
      fc.property(arbitraryRemoval, ({ input, removeNodes, removeEdges }) => {
        const graph = buildProjection(input);
        const before = betweenness(graph).scores;
        const after = betweenness(withoutElements(graph, { removeNodes, removeEdges })).scores;
        const result = whatIf(graph, { removeNodes, removeEdges });
        expect(result.centrality.exact).toBe(true);
        expect(result.centrality.shifts.length).toBeLessThanOrEqual(10);
        for (const shift of result.centrality.shifts) {
          expect(shift.before).toBeCloseTo(before.get(shift.node)!, 12);
          expect(shift.after).toBeCloseTo(after.get(shift.node)!, 12);
        }
        const largest = [...after].map(([node, score]) => Math.abs(score - before.get(node)!)).sort((a, b) => b - a)[0] ?? 0;
        expect(Math.abs(result.centrality.shifts[0]?.change ?? 0)).toBeCloseTo(largest, 12);
      }),
    );
  });

  it("samples betweenness from surviving entities above the exact threshold, repeatably", () => {
    const graph = cycleGraph();
    const options = { removeEdges: ["r0"], exactBetweennessUpTo: 3, betweennessSampleSize: 2, seed: 3 };
    const result = whatIf(graph, options);
    expect(result.centrality).toMatchObject({ exact: false, sampleSize: 2 });
    expect(whatIf(graph, options)).toEqual(result);
  });

  it("on the bow tie, removing the knot cuts off one triangle's other corners", () => {
    const result = whatIf(bowTie(), { removeNodes: ["c"] });
    expect(result.removed).toEqual({ nodes: ["c"], edges: ["r1", "r2", "r3", "r5"] });
    expect(result.cutOff).toEqual(["d", "e"]);
    expect(whatIf(bowTie(), { removeEdges: ["r0"] }).newArticulationPoints).toEqual([]);
    expect(whatIf(cycleGraph(), { removeEdges: ["r0"] }).newArticulationPoints).toEqual(["c", "d", "e"]);
  });

  it("rejects removing an element that does not exist", () => {
    expect(() => whatIf(bowTie(), { removeNodes: ["ghost"] })).toThrow(AnalyticsUsageError);
    expect(() => whatIf(bowTie(), { removeEdges: ["ghost"] })).toThrow(AnalyticsUsageError);
  });
});
