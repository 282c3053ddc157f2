import { describe, expect, it } from "vitest";
import { buildProjection, filterByTypes, withoutElements } from "../../../server/analytics/projection.ts";
import { AnalyticsUsageError } from "../../../server/analytics/usage-error.ts";

const input = {
  nodes: [
    { id: "s1", kind: "Service", name: "First" },
    { id: "s2", kind: "Service" },
    { id: "p1", kind: "Partner" },
  ],
  edges: [
    { id: "e1", type: "COOPERATES_WITH", source: "s1", target: "s2" },
    { id: "e2", type: "COOPERATES_WITH", source: "s1", target: "s2" },
    { id: "e3", type: "DISSEMINATES_TO", source: "s2", target: "p1" },
  ],
};

describe("the analytics projection", () => {
  it("keeps every entity, every parallel relationship and its direction", () => {
    const graph = buildProjection(input);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttributes("s1")).toEqual({ kind: "Service", name: "First" });
    expect(graph.getNodeAttributes("s2")).toEqual({ kind: "Service" });
    expect([graph.source("e3"), graph.target("e3")]).toEqual(["s2", "p1"]);
    expect(graph.getEdgeAttribute("e2", "type")).toBe("COOPERATES_WITH");
  });

  it("rejects duplicate ids and relationships to missing entities", () => {
    expect(() => buildProjection({ ...input, nodes: [...input.nodes, { id: "s1", kind: "Body" }] })).toThrow(AnalyticsUsageError);
    expect(() => buildProjection({ ...input, edges: [...input.edges, { ...input.edges[0]! }] })).toThrow(AnalyticsUsageError);
    expect(() =>
      buildProjection({ ...input, edges: [{ id: "x", type: "OWNS", source: "s1", target: "ghost" }] }),
    ).toThrow(/ghost/);
  });

  it("removes entities with their relationships in a copy, leaving the original intact", () => {
    const graph = buildProjection(input);
    const copy = withoutElements(graph, { removeNodes: ["p1"], removeEdges: ["e1"] });
    expect(copy.nodes().sort()).toEqual(["s1", "s2"]);
    expect(copy.edges()).toEqual(["e2"]);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
  });

  it("refuses to remove an element that does not exist, so a typo cannot look harmless", () => {
    const graph = buildProjection(input);
    expect(() => withoutElements(graph, { removeNodes: ["nope"] })).toThrow(AnalyticsUsageError);
    expect(() => withoutElements(graph, { removeEdges: ["nope"] })).toThrow(AnalyticsUsageError);
  });

  it("filters relationships by type and keeps every entity", () => {
    const graph = buildProjection(input);
    const filtered = filterByTypes(graph, ["DISSEMINATES_TO"]);
    expect(filtered.order).toBe(3);
    expect(filtered.edges()).toEqual(["e3"]);
    expect(filtered.getNodeAttribute("s1", "name")).toBe("First");
  });
});
