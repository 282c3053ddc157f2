import fc from "fast-check";
import modularityModule from "graphology-metrics/graph/modularity.js";
import { describe, expect, it } from "vitest";
import { communities, undirectedSimpleView } from "../../../server/analytics/communities.ts";
import { buildProjection } from "../../../server/analytics/projection.ts";
import { arbitraryGraph } from "./arbitrary-graph.ts";
import { fromPairs } from "./fixtures.ts";

// CommonJS package with ES-style typings; see communities.ts.
const modularity = modularityModule as unknown as typeof modularityModule.default;

describe("Louvain communities", () => {
  it("partition the entities, and report the modularity of that partition on the simple view", () => {
    fc.assert(
      fc.property(arbitraryGraph({ selfLoops: true }), fc.integer(), (input, seed) => {
        const graph = buildProjection(input);
        const result = communities(graph, { seed });
        const members = result.communities.flatMap((community) => community.members);
        expect(members.sort()).toEqual(input.nodes.map((node) => node.id).sort());
        expect(result.communities.map((community) => community.id)).toEqual(result.communities.map((_, i) => i));
        const view = undirectedSimpleView(graph);
        if (view.size === 0) {
          expect(result.modularity).toBeNull();
          return;
        }
        const communityOf = new Map(result.communities.flatMap((c) => c.members.map((m) => [m, c.id] as const)));
        expect(result.modularity).toBeCloseTo(modularity(view, { getNodeCommunity: (node) => communityOf.get(node)! }), 9);
      }),
      { numRuns: 200 },
    );
  });

  it("give the same partition for the same seed", () => {
    fc.assert(
      fc.property(arbitraryGraph(), fc.integer(), (input, seed) => {
        const graph = buildProjection(input);
        expect(communities(graph, { seed })).toEqual(communities(graph, { seed }));
      }),
      { numRuns: 50 },
    );
  });

  it("separate two triangles joined by one link, whatever the parallel relationships", () => {
    const graph = buildProjection(fromPairs(["a-b", "a-b", "a-b", "b-c", "c-a", "c-d", "d-e", "e-f", "f-d"]));
    const result = communities(graph);
    expect(result.communities.map((community) => community.members)).toEqual([["a", "b", "c"], ["d", "e", "f"]]);
    expect(result.modularity).toBeCloseTo(5 / 14, 12);
  });
});
