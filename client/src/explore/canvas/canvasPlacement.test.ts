// @vitest-environment node
import cytoscape from "cytoscape";
import { describe, expect, it, vi } from "vitest";
import { edge, node } from "../testing/exploreFixtures";
import { provisionalPositions } from "./canvasPlacement";
import { createCanvasState } from "./canvasState";

const events = { select: vi.fn(), expand: vi.fn(), menu: vi.fn(), layoutStatus: vi.fn() };

/** A state over a headless instance holding `hub`, already placed at the origin. */
function stateWithPlacedHub(kept: Map<string, { x: number; y: number }>) {
  const cy = cytoscape({ headless: true, elements: [{ group: "nodes", data: { id: "hub" }, position: { x: 0, y: 0 } }] });
  const state = createCanvasState({ cy, events, large: false, offThread: false, levels: new Map(), layout: "fcose", positions: kept });
  state.placed.add("hub");
  return state;
}

describe("where nodes joining the canvas start", () => {
  it("puts a node an earlier instance had where it was, and counts it as placed", () => {
    const state = stateWithPlacedHub(new Map([["old", { x: 500, y: -40 }]]));
    const start = provisionalPositions(state, ["old"], { nodes: [node("old", "Service")], edges: [] });
    expect(start.get("old")).toEqual({ x: 500, y: -40 });
    expect(state.placed.has("old")).toBe(true);
  });

  it("puts new nodes near their placed neighbour, each on a spot of its own, without counting them as placed", () => {
    const state = stateWithPlacedHub(new Map());
    const start = provisionalPositions(state, ["a", "b"], {
      nodes: [node("hub", "Service"), node("a", "Project"), node("b", "Project")],
      edges: [edge("e1", "hub", "a"), edge("e2", "hub", "b")],
    });
    const [a, b] = [start.get("a")!, start.get("b")!];
    expect(Math.hypot(a.x, a.y)).toBeLessThan(200);
    expect(Math.hypot(b.x, b.y)).toBeLessThan(200);
    expect(a).not.toEqual(b);
    expect(state.placed.has("a")).toBe(false);
  });
});
