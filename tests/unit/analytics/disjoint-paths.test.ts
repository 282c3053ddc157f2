import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { disjointPaths, edgeDisjointPathCounter } from "../../../server/analytics/disjoint-paths.ts";
import { buildProjection, type ProjectionInput } from "../../../server/analytics/projection.ts";
import { AnalyticsUsageError } from "../../../server/analytics/usage-error.ts";
import { arbitraryGraphWithPair } from "./arbitrary-graph.ts";
import { minimumEdgeCut, minimumNodeCut, otherEnd } from "./definitions.ts";
import { bowTie, cycleGraph, doubledLink, fromPairs, pathGraph } from "./fixtures.ts";

function expectValidPath(input: ProjectionInput, path: { nodes: string[]; edges: string[] }, from: string, to: string) {
  expect(path.nodes[0]).toBe(from);
  expect(path.nodes[path.nodes.length - 1]).toBe(to);
  expect(path.edges).toHaveLength(path.nodes.length - 1);
  expect(new Set(path.nodes).size).toBe(path.nodes.length);
  path.edges.forEach((id, i) => {
    const edge = input.edges.find((e) => e.id === id)!;
    expect(otherEnd(edge, path.nodes[i]!)).toBe(path.nodes[i + 1]);
  });
}

describe("disjoint paths", () => {
  it("count as many edge-disjoint routes as the smallest set of relationships separating the two (Menger)", () => {
    fc.assert(
      fc.property(arbitraryGraphWithPair({ maxEdges: 12 }), ({ input, from, to }) => {
        expect(disjointPaths(buildProjection(input), from, to).edgeDisjointPaths).toBe(minimumEdgeCut(input, from, to));
      }),
      { numRuns: 200 },
    );
  });

  it("count as many node-disjoint routes as the smallest set of intermediate entities separating the two, plus direct links", () => {
    fc.assert(
      fc.property(arbitraryGraphWithPair(), ({ input, from, to }) => {
        expect(disjointPaths(buildProjection(input), from, to).nodeDisjointPaths).toBe(minimumNodeCut(input, from, to));
      }),
      { numRuns: 200 },
    );
  });

  it("return that many valid simple paths from `from` to `to` sharing no relationship", () => {
    fc.assert(
      fc.property(arbitraryGraphWithPair({ selfLoops: true }), ({ input, from, to }) => {
        const result = disjointPaths(buildProjection(input), from, to);
        expect(result.paths).toHaveLength(result.edgeDisjointPaths);
        for (const path of result.paths) expectValidPath(input, path, from, to);
        const used = result.paths.flatMap((path) => path.edges);
        expect(new Set(used).size).toBe(used.length);
        expect(result.nodeDisjointPaths).toBeLessThanOrEqual(result.edgeDisjointPaths);
      }),
      { numRuns: 300 },
    );
  });

  it("agree with the reusable counter, pair after pair, which knows the relationships its flow uses", () => {
    fc.assert(
      fc.property(arbitraryGraphWithPair(), ({ input }) => {
        const graph = buildProjection(input);
        const counter = edgeDisjointPathCounter(graph);
        for (const a of input.nodes) {
          for (const b of input.nodes) {
            if (a.id === b.id) continue;
            const count = counter.count(a.id, b.id);
            expect(count).toBe(disjointPaths(graph, a.id, b.id).edgeDisjointPaths);
            const carrying = input.edges.filter((edge) => counter.carriesFlow(edge.id));
            expect(carrying.length).toBeGreaterThanOrEqual(count);
            if (count === 0) expect(carrying).toEqual([]);
          }
        }
      }),
      { numRuns: 50 },
    );
  });

  it("find one route along a path, two around a cycle and through the bow tie's knot", () => {
    expect(disjointPaths(pathGraph(), "a", "e")).toEqual({
      edgeDisjointPaths: 1,
      nodeDisjointPaths: 1,
      paths: [{ nodes: ["a", "b", "c", "d", "e"], edges: ["r0", "r1", "r2", "r3"] }],
    });
    const cycle = disjointPaths(cycleGraph(), "a", "c");
    expect([cycle.edgeDisjointPaths, cycle.nodeDisjointPaths]).toEqual([2, 2]);
    expect(cycle.paths.map((path) => path.nodes)).toEqual([["a", "b", "c"], ["a", "e", "d", "c"]]);
    const knot = disjointPaths(bowTie(), "a", "e");
    expect([knot.edgeDisjointPaths, knot.nodeDisjointPaths]).toEqual([2, 1]);
  });

  it("count each parallel relationship as a separate route, and none between disconnected entities", () => {
    const doubled = disjointPaths(doubledLink(), "a", "b");
    expect([doubled.edgeDisjointPaths, doubled.nodeDisjointPaths]).toEqual([2, 2]);
    expect(doubled.paths.map((path) => path.edges).sort()).toEqual([["r0"], ["r1"]]);
    expect(disjointPaths(doubledLink(), "a", "c").edgeDisjointPaths).toBe(1);
    const apart = disjointPaths(buildProjection(fromPairs(["a-b"], ["z"])), "a", "z");
    expect(apart).toEqual({ edgeDisjointPaths: 0, nodeDisjointPaths: 0, paths: [] });
  });

  it("reject unknown or identical ends with a usage error", () => {
    expect(() => disjointPaths(pathGraph(), "a", "a")).toThrow(AnalyticsUsageError);
    expect(() => disjointPaths(pathGraph(), "a", "ghost")).toThrow(AnalyticsUsageError);
    expect(() => disjointPaths(pathGraph(), "ghost", "a")).toThrow(AnalyticsUsageError);
    expect(() => edgeDisjointPathCounter(pathGraph()).count("a", "a")).toThrow(AnalyticsUsageError);
  });
});
