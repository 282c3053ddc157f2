import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  articulationCuts,
  articulationPoints,
  cutOffByRemoving,
} from "../../../server/analytics/articulation-points.ts";
import { buildProjection } from "../../../server/analytics/projection.ts";
import { AnalyticsUsageError } from "../../../server/analytics/usage-error.ts";
import { arbitraryGraph } from "./arbitrary-graph.ts";
import { componentCount, componentsOf } from "./definitions.ts";
import { bowTie, cycleGraph, doubledLink, fromPairs, pathGraph } from "./fixtures.ts";

describe("articulation points", () => {
  it("are exactly the entities whose removal raises the number of components", () => {
    fc.assert(
      fc.property(arbitraryGraph({ selfLoops: true }), (input) => {
        const before = componentCount(input);
        // Removing an isolated entity lowers the count by one; a cut vertex must raise it.
        const expected = input.nodes
          .map((node) => node.id)
          .filter((id) => componentCount(input, { withoutNodes: [id] }) > before)
          .sort();
        expect(articulationPoints(buildProjection(input))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("cut off, when removed, everything outside the largest remaining piece of their component", () => {
    fc.assert(
      fc.property(arbitraryGraph(), (input) => {
        const graph = buildProjection(input);
        for (const node of input.nodes.map((n) => n.id)) {
          const component = componentsOf(input).find((group) => group.has(node))!;
          const pieces = componentsOf(input, { withoutNodes: [node] })
            .filter((piece) => [...piece].every((id) => component.has(id)))
            .map((piece) => [...piece].sort())
            .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
          const cut = cutOffByRemoving(graph, node);
          expect(cut.pieces).toEqual(pieces);
          expect(cut.cutOff).toEqual(pieces.slice(1).flat().sort());
        }
      }),
    );
  });

  it("come with piece sizes that agree with cutOffByRemoving, most damaging first", () => {
    fc.assert(
      fc.property(arbitraryGraph(), (input) => {
        const graph = buildProjection(input);
        const cuts = articulationCuts(graph);
        expect(cuts.map((cut) => cut.node).sort()).toEqual(articulationPoints(graph));
        for (const cut of cuts) {
          const full = cutOffByRemoving(graph, cut.node);
          expect(cut.pieceSizes).toEqual(full.pieces.map((piece) => piece.length));
          expect(cut.cutOffSize).toBe(full.cutOff.length);
        }
        cuts.forEach((cut, i) => {
          if (i > 0) expect(cuts[i - 1]!.cutOffSize).toBeGreaterThanOrEqual(cut.cutOffSize);
        });
      }),
    );
  });

  it("on a path are its inner entities, and the end nearer the smaller side is cut off", () => {
    expect(articulationPoints(pathGraph())).toEqual(["b", "c", "d"]);
    expect(cutOffByRemoving(pathGraph(), "b")).toEqual({ node: "b", pieces: [["c", "d", "e"], ["a"]], cutOff: ["a"] });
    // Equal pieces: the one holding the smallest id ("a") is kept.
    expect(cutOffByRemoving(pathGraph(), "c").cutOff).toEqual(["d", "e"]);
  });

  it("do not exist on a cycle, and the bow tie's knot is one", () => {
    expect(articulationPoints(cycleGraph())).toEqual([]);
    expect(cutOffByRemoving(cycleGraph(), "a").cutOff).toEqual([]);
    expect(articulationPoints(bowTie())).toEqual(["c"]);
    expect(articulationCuts(bowTie())).toEqual([{ node: "c", pieceSizes: [2, 2], cutOffSize: 2 }]);
    expect(cutOffByRemoving(bowTie(), "c")).toEqual({ node: "c", pieces: [["a", "b"], ["d", "e"]], cutOff: ["d", "e"] });
  });

  it("ignore parallel relationships and isolated entities", () => {
    expect(articulationPoints(doubledLink())).toEqual(["b"]);
    const isolated = buildProjection(fromPairs([], ["x"]));
    expect(articulationPoints(isolated)).toEqual([]);
    expect(cutOffByRemoving(isolated, "x")).toEqual({ node: "x", pieces: [], cutOff: [] });
  });

  it("reject an unknown entity with a usage error", () => {
    expect(() => cutOffByRemoving(pathGraph(), "nope")).toThrow(AnalyticsUsageError);
  });

  it("handle a 100,000-entity chain without running out of stack", () => {
    const n = 100_000;
    const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, kind: "Service" }));
    const edges = Array.from({ length: n - 1 }, (_, i) => ({ id: `r${i}`, type: "COOPERATES_WITH", source: `n${i}`, target: `n${i + 1}` }));
    const graph = buildProjection({ nodes, edges });
    expect(articulationPoints(graph)).toHaveLength(n - 2);
    expect(articulationCuts(graph)[0]).toMatchObject({ cutOffSize: n / 2 - 1 });
  });
});
