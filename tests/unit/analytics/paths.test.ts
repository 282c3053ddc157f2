import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allShortestPaths, kShortestPaths } from "../../../server/analytics/paths.ts";
import { buildProjection, type ProjectionInput } from "../../../server/analytics/projection.ts";
import { AnalyticsUsageError } from "../../../server/analytics/usage-error.ts";
import { arbitraryGraphWithPair } from "./arbitrary-graph.ts";
import { otherEnd, shortestPathsBrute, simplePaths, type BrutePath } from "./definitions.ts";
import { cycleGraph, doubledLink, fromPairs, pathGraph } from "./fixtures.ts";

const key = (path: BrutePath) => `${path.nodes.join(" ")} | ${path.edges.join(" ")}`;

function expectValidSimplePath(input: ProjectionInput, path: BrutePath, from: string, to: string) {
  expect(path.nodes[0]).toBe(from);
  expect(path.nodes[path.nodes.length - 1]).toBe(to);
  expect(new Set(path.nodes).size).toBe(path.nodes.length);
  expect(path.edges).toHaveLength(path.nodes.length - 1);
  path.edges.forEach((id, i) => {
    expect(otherEnd(input.edges.find((e) => e.id === id)!, path.nodes[i]!)).toBe(path.nodes[i + 1]);
  });
}

describe("all shortest paths", () => {
  it("are exactly the shortest simple paths, each choice of parallel relationship counted", () => {
    fc.assert(
      fc.property(arbitraryGraphWithPair({ selfLoops: true }), ({ input, from, to }) => {
        const result = allShortestPaths(buildProjection(input), from, to, { limit: 10_000 });
        const expected = shortestPathsBrute(input, from, to);
        if (expected.length === 0) {
          expect(result).toBeNull();
          return;
        }
        expect(result!.length).toBe(expected[0]!.edges.length);
        expect(result!.paths.map(key).sort()).toEqual(expected.map(key).sort());
        expect(result!.truncated).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("with a limit, keep the first paths in lexicographic order and say the list is truncated", () => {
    fc.assert(
      fc.property(arbitraryGraphWithPair(), fc.integer({ min: 1, max: 4 }), ({ input, from, to }, limit) => {
        const graph = buildProjection(input);
        const all = allShortestPaths(graph, from, to, { limit: 10_000 });
        const limited = allShortestPaths(graph, from, to, { limit });
        if (all === null) return;
        expect(limited!.paths).toEqual(all.paths.slice(0, limit));
        expect(limited!.truncated).toBe(all.paths.length > limit);
      }),
    );
  });

  it("take the short way round a cycle, both ways round a square, and each parallel relationship", () => {
    expect(allShortestPaths(cycleGraph(), "a", "d")).toEqual({
      length: 2,
      paths: [{ nodes: ["a", "e", "d"], edges: ["r4", "r3"] }],
      truncated: false,
    });
    const square = allShortestPaths(buildProjection(fromPairs(["a-b", "b-c", "c-d", "d-a"])), "a", "c");
    expect(square?.paths.map((path) => path.nodes)).toEqual([["a", "b", "c"], ["a", "d", "c"]]);
    expect(allShortestPaths(doubledLink(), "a", "c")?.paths.map((path) => path.edges)).toEqual([["r0", "r2"], ["r1", "r2"]]);
  });

  it("are null between disconnected entities, and unknown or equal ends are a usage error", () => {
    expect(allShortestPaths(buildProjection(fromPairs(["a-b"], ["z"])), "a", "z")).toBeNull();
    expect(() => allShortestPaths(pathGraph(), "a", "a")).toThrow(AnalyticsUsageError);
    expect(() => allShortestPaths(pathGraph(), "a", "ghost")).toThrow(AnalyticsUsageError);
    expect(() => allShortestPaths(pathGraph(), "a", "b", { limit: 0 })).toThrow(AnalyticsUsageError);
  });
});

describe("k shortest simple paths (Yen)", () => {
  it("have the lengths of the k shortest of all simple paths, in non-decreasing order, all distinct and valid", () => {
    fc.assert(
      fc.property(arbitraryGraphWithPair({ selfLoops: true }), fc.integer({ min: 1, max: 8 }), ({ input, from, to }, k) => {
        const found = kShortestPaths(buildProjection(input), from, to, { k });
        const expectedLengths = simplePaths(input, from, to)
          .map((path) => path.edges.length)
          .sort((a, b) => a - b)
          .slice(0, k);
        expect(found.map((path) => path.edges.length)).toEqual(expectedLengths);
        expect(new Set(found.map(key)).size).toBe(found.length);
        for (const path of found) expectValidSimplePath(input, path, from, to);
      }),
      { numRuns: 300 },
    );
  });

  it("respect maxHops", () => {
    fc.assert(
      fc.property(arbitraryGraphWithPair(), fc.integer({ min: 1, max: 4 }), ({ input, from, to }, maxHops) => {
        const found = kShortestPaths(buildProjection(input), from, to, { k: 6, maxHops });
        const expectedLengths = simplePaths(input, from, to)
          .map((path) => path.edges.length)
          .filter((length) => length <= maxHops)
          .sort((a, b) => a - b)
          .slice(0, 6);
        expect(found.map((path) => path.edges.length)).toEqual(expectedLengths);
      }),
    );
  });

  it("go round a cycle both ways, then stop; empty when there is no path", () => {
    const paths = kShortestPaths(cycleGraph(), "a", "c", { k: 5 });
    expect(paths.map((path) => path.nodes)).toEqual([["a", "b", "c"], ["a", "e", "d", "c"]]);
    expect(kShortestPaths(buildProjection(fromPairs(["a-b"], ["z"])), "a", "z")).toEqual([]);
    expect(kShortestPaths(pathGraph(), "a", "e", { maxHops: 3 })).toEqual([]);
    expect(() => kShortestPaths(pathGraph(), "a", "b", { k: 0 })).toThrow(AnalyticsUsageError);
    expect(() => kShortestPaths(pathGraph(), "b", "b")).toThrow(AnalyticsUsageError);
  });
});
