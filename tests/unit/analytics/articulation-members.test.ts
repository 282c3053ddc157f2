import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { namedArticulationCuts } from "../../../server/analytics/articulation-members.ts";
import { articulationCuts, cutOffByRemoving } from "../../../server/analytics/articulation-points.ts";
import { buildProjection } from "../../../server/analytics/projection.ts";
import { arbitraryGraph } from "./arbitrary-graph.ts";
import { pathGraph } from "./fixtures.ts";

describe("named articulation cuts", () => {
  it("name, for every cut point, exactly what removing it cuts off, in the order of articulationCuts", () => {
    fc.assert(
      fc.property(arbitraryGraph({ maxNodes: 12, maxEdges: 16 }), (input) => {
        const graph = buildProjection(input);
        const named = namedArticulationCuts(graph);
        expect(named.map(({ node, pieceSizes, cutOffSize }) => ({ node, pieceSizes, cutOffSize }))).toEqual(articulationCuts(graph));
        for (const cut of named) {
          expect(cut.cutOff).toEqual(cutOffByRemoving(graph, cut.node).cutOff);
          expect(cut.truncated).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("list at most memberLimit members, drawn from what is cut off, and say the list is partial", () => {
    fc.assert(
      fc.property(arbitraryGraph({ maxNodes: 12, maxEdges: 16 }), fc.integer({ min: 0, max: 4 }), (input, memberLimit) => {
        const graph = buildProjection(input);
        for (const cut of namedArticulationCuts(graph, { memberLimit })) {
          const full = cutOffByRemoving(graph, cut.node).cutOff;
          expect(cut.cutOff).toHaveLength(Math.min(memberLimit, full.length));
          expect(full).toEqual(expect.arrayContaining(cut.cutOff));
          expect(cut.truncated).toBe(full.length > memberLimit);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("name what every inner entity of a long chain cuts off, not only the first ones", () => {
    const n = 61;
    const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${String(i).padStart(2, "0")}`, kind: "Service" }));
    const edges = nodes.slice(1).map((node, i) => ({ id: `r${i}`, type: "COOPERATES_WITH", source: nodes[i]!.id, target: node.id }));
    const cuts = namedArticulationCuts(buildProjection({ nodes, edges }));
    expect(cuts).toHaveLength(n - 2);
    for (const cut of cuts) expect(cut.cutOff).toHaveLength(cut.cutOffSize);
    expect(cuts.find((cut) => cut.node === "n01")).toMatchObject({ cutOffSize: 1, cutOff: ["n00"] });
  });

  it("keep, between two equal pieces, the one holding the smallest id", () => {
    expect(namedArticulationCuts(pathGraph()).find((cut) => cut.node === "c")?.cutOff).toEqual(["d", "e"]);
  });
});
