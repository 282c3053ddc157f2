import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bridgeCuts, bridges } from "../../../server/analytics/bridges.ts";
import { buildProjection } from "../../../server/analytics/projection.ts";
import { arbitraryGraph } from "./arbitrary-graph.ts";
import { componentCount, componentsOf } from "./definitions.ts";
import { bowTie, cycleGraph, doubledLink, pathGraph } from "./fixtures.ts";

describe("bridges", () => {
  it("are exactly the relationships whose removal raises the number of components", () => {
    fc.assert(
      fc.property(arbitraryGraph({ selfLoops: true }), (input) => {
        const before = componentCount(input);
        const expected = input.edges
          .map((edge) => edge.id)
          .filter((id) => componentCount(input, { withoutEdges: [id] }) > before)
          .sort();
        expect(bridges(buildProjection(input))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("cut off the smaller side, keeping the side with the smallest id on a tie", () => {
    fc.assert(
      fc.property(arbitraryGraph(), (input) => {
        for (const cut of bridgeCuts(buildProjection(input), { memberLimit: Infinity })) {
          const edge = input.edges.find((e) => e.id === cut.edge)!;
          const sides = componentsOf(input, { withoutEdges: [edge.id] })
            .filter((piece) => piece.has(edge.source) || piece.has(edge.target))
            .map((piece) => [...piece].sort())
            .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
          expect(sides).toHaveLength(2);
          expect(cut.cutOff).toEqual(sides[1]);
          expect(cut.cutOffSize).toBe(sides[1]!.length);
          expect(cut.truncated).toBe(false);
        }
      }),
    );
  });

  it("list at most memberLimit members but always the true size", () => {
    const cuts = bridgeCuts(pathGraph(), { memberLimit: 1 });
    expect(cuts.map((cut) => [cut.edge, cut.cutOffSize, cut.cutOff.length, cut.truncated])).toEqual([
      ["r1", 2, 1, true],
      ["r2", 2, 1, true],
      ["r0", 1, 1, false],
      ["r3", 1, 1, false],
    ]);
  });

  it("are every link of a path, no link of a cycle, and none of the bow tie", () => {
    expect(bridges(pathGraph())).toEqual(["r0", "r1", "r2", "r3"]);
    expect(bridgeCuts(pathGraph()).find((cut) => cut.edge === "r1")?.cutOff).toEqual(["a", "b"]);
    expect(bridges(cycleGraph())).toEqual([]);
    expect(bridges(bowTie())).toEqual([]);
  });

  it("never include a relationship that has a parallel twin", () => {
    expect(bridges(doubledLink())).toEqual(["r2"]);
    expect(bridgeCuts(doubledLink())).toEqual([{ edge: "r2", cutOffSize: 1, cutOff: ["c"], truncated: false }]);
  });
});
