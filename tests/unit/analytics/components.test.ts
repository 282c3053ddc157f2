import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { connectedComponents } from "../../../server/analytics/components.ts";
import { buildProjection } from "../../../server/analytics/projection.ts";
import { arbitraryGraph } from "./arbitrary-graph.ts";
import { componentsOf } from "./definitions.ts";
import { fromPairs } from "./fixtures.ts";

describe("connected components", () => {
  it("partition the entities into exactly the groups that reach each other", () => {
    fc.assert(
      fc.property(arbitraryGraph({ selfLoops: true }), (input) => {
        const components = connectedComponents(buildProjection(input));
        const all = components.flat();
        expect(all.length).toBe(input.nodes.length);
        expect(new Set(all).size).toBe(input.nodes.length);
        const expected = componentsOf(input).map((group) => [...group].sort()).sort();
        expect([...components].sort()).toEqual(expected);
      }),
    );
  });

  it("come largest first, equal sizes by smallest id, members sorted", () => {
    fc.assert(
      fc.property(arbitraryGraph(), (input) => {
        const components = connectedComponents(buildProjection(input));
        components.forEach((members, i) => {
          expect(members).toEqual([...members].sort());
          const next = components[i + 1];
          if (next) expect(members.length > next.length || (members.length === next.length && members[0]! < next[0]!)).toBe(true);
        });
      }),
    );
  });

  it("treat direction as irrelevant and isolated entities as their own component", () => {
    const graph = buildProjection(fromPairs(["b-a", "c-b", "e-d"], ["z"]));
    expect(connectedComponents(graph)).toEqual([["a", "b", "c"], ["d", "e"], ["z"]]);
  });
});
