// @vitest-environment node
import { describe, expect, it } from "vitest";
import { collapsibleNeighbours } from "./collapsibleNeighbours";
import { edge, node, smallGraph } from "./testing/exploreFixtures";

describe("collapsibleNeighbours", () => {
  it("names the neighbours that hang on the entity alone", () => {
    expect(collapsibleNeighbours(smallGraph, "sgrs").sort()).toEqual(["p1", "police"]);
  });

  it("leaves neighbours that something else also holds", () => {
    expect(collapsibleNeighbours(smallGraph, "sgrs")).not.toContain("cns");
    expect(collapsibleNeighbours(smallGraph, "sgrs")).not.toContain("vsse");
  });

  it("counts several relationships to the same entity as hanging on it alone", () => {
    const graph = { nodes: [node("a", "Service"), node("b", "Project")], edges: [edge("x", "a", "b"), edge("y", "b", "a")] };
    expect(collapsibleNeighbours(graph, "a")).toEqual(["b"]);
  });

  it("finds nothing for an isolated or unknown entity", () => {
    expect(collapsibleNeighbours(smallGraph, "nowhere")).toEqual([]);
  });
});
