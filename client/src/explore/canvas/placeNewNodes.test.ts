// @vitest-environment node
import { describe, expect, it } from "vitest";
import { placeNewNodes } from "./placeNewNodes";

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe("placeNewNodes", () => {
  const placed = new Map([
    ["hub", { x: 100, y: 100 }],
    ["far", { x: 1000, y: 1000 }],
  ]);

  it("rings an expanded node's new neighbours around it, apart from each other", () => {
    const edges = ["a", "b", "c"].map((id) => ({ source: "hub", target: id }));
    const positions = placeNewNodes({ placed, newNodes: ["a", "b", "c"], edges, spacing: 90 });
    for (const id of ["a", "b", "c"]) expect(distance(positions.get(id)!, placed.get("hub")!)).toBeCloseTo(90);
    expect(distance(positions.get("a")!, positions.get("b")!)).toBeGreaterThan(50);
  });

  it("places two-hop newcomers around the newcomer they hang on", () => {
    const edges = [{ source: "hub", target: "a" }, { source: "a", target: "b" }];
    const positions = placeNewNodes({ placed, newNodes: ["b", "a"], edges, spacing: 90 });
    expect(distance(positions.get("b")!, positions.get("a")!)).toBeCloseTo(90);
  });

  it("lines up newcomers joined to nothing placed under the drawing", () => {
    const positions = placeNewNodes({ placed, newNodes: ["loner"], edges: [], spacing: 90 });
    expect(positions.get("loner")!.y).toBeGreaterThan(1000);
  });

  it("leaves nodes already placed alone and is deterministic", () => {
    const input = { placed, newNodes: ["hub", "a"], edges: [{ source: "hub", target: "a" }] };
    expect(placeNewNodes(input).has("hub")).toBe(false);
    expect(placeNewNodes(input)).toEqual(placeNewNodes(input));
  });
});
