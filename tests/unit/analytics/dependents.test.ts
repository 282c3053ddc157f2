import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dependentsOf, type Dependency } from "../../../server/analytics/dependents.ts";
import { buildProjection } from "../../../server/analytics/projection.ts";
import { AnalyticsUsageError } from "../../../server/analytics/usage-error.ts";
import { arbitraryGraph } from "./arbitrary-graph.ts";
import { dependencyDistances } from "./definitions.ts";

const model = JSON.parse(readFileSync(new URL("../../../server/model/graph-model.json", import.meta.url), "utf8")) as {
  relationshipTypes: { id: string; dependency: Dependency }[];
};
const dependencyByType = new Map(model.relationshipTypes.map((type) => [type.id, type.dependency]));
const dependencyOf = (type: string): Dependency => dependencyByType.get(type) ?? null;

describe("dependents of an entity", () => {
  it("are exactly the entities reachable along dependency directions, at their shortest distance", () => {
    fc.assert(
      fc.property(arbitraryGraph({ selfLoops: true }), (input) => {
        const graph = buildProjection(input);
        for (const { id } of input.nodes) {
          const expected = dependencyDistances(input, id, dependencyOf);
          const found = dependentsOf(graph, id, dependencyOf);
          expect(new Map(found.map((d) => [d.entity, d.distance]))).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("come with a chain of relationships that really makes each one depend, nearest first", () => {
    fc.assert(
      fc.property(arbitraryGraph(), (input) => {
        const graph = buildProjection(input);
        for (const { id } of input.nodes) {
          const found = dependentsOf(graph, id, dependencyOf);
          for (const dependent of found) {
            expect(dependent.chain).toHaveLength(dependent.distance);
            let current = id;
            for (const edgeId of dependent.chain) {
              const edge = input.edges.find((e) => e.id === edgeId)!;
              const dependency = dependencyOf(edge.type);
              if (dependency === "target-on-source") {
                expect(edge.source).toBe(current);
                current = edge.target;
              } else {
                expect(dependency).toBe("source-on-target");
                expect(edge.target).toBe(current);
                current = edge.source;
              }
            }
            expect(current).toBe(dependent.entity);
          }
          found.forEach((d, i) => {
            if (i > 0) expect(found[i - 1]!.distance).toBeLessThanOrEqual(d.distance);
          });
        }
      }),
    );
  });

  it("follow each type's dependency direction: a liaison depends on its authority, a service on its authority", () => {
    const graph = buildProjection({
      nodes: [
        { id: "auth", kind: "Authority" },
        { id: "svc", kind: "Service" },
        { id: "liaison", kind: "Liaison" },
        { id: "partner", kind: "Partner" },
      ],
      edges: [
        { id: "owns", type: "OWNS", source: "auth", target: "liaison" },
        { id: "part", type: "PART_OF", source: "svc", target: "auth" },
        { id: "diss", type: "DISSEMINATES_TO", source: "svc", target: "partner" },
        { id: "coop", type: "COOPERATES_WITH", source: "svc", target: "partner" },
      ],
    });
    expect(dependentsOf(graph, "auth", dependencyOf)).toEqual([
      { entity: "liaison", distance: 1, chain: ["owns"] },
      { entity: "svc", distance: 1, chain: ["part"] },
      { entity: "partner", distance: 2, chain: ["part", "diss"] },
    ]);
    expect(dependentsOf(graph, "partner", dependencyOf)).toEqual([]);
    expect(() => dependentsOf(graph, "ghost", dependencyOf)).toThrow(AnalyticsUsageError);
  });
});
