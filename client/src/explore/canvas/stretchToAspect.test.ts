// @vitest-environment node
import { describe, expect, it } from "vitest";
import { stretchToAspect } from "./stretchToAspect";

const wide = new Map([
  ["a", { x: 0, y: 0 }],
  ["b", { x: 400, y: 100 }],
  ["c", { x: 200, y: 50 }],
]);

describe("stretchToAspect", () => {
  it("stretches a wide drawing vertically towards a square viewport, about its centre", () => {
    const stretched = stretchToAspect(wide, { width: 800, height: 800 }, 2);
    expect(stretched.get("a")).toEqual({ x: 0, y: -50 });
    expect(stretched.get("b")).toEqual({ x: 400, y: 150 });
    expect(stretched.get("c")).toEqual({ x: 200, y: 50 });
  });

  it("stretches only as far as the drawing needs", () => {
    const stretched = stretchToAspect(wide, { width: 800, height: 300 }, 2);
    expect(stretched.get("b")!.y - stretched.get("a")!.y).toBeCloseTo(150);
  });

  it("never squeezes a drawing already taller than the viewport wants, it widens it", () => {
    const tall = new Map([...wide].map(([id, p]) => [id, { x: p.y, y: p.x }]));
    const stretched = stretchToAspect(tall, { width: 800, height: 800 }, 2);
    expect(stretched.get("b")!.y - stretched.get("a")!.y).toBe(400);
    expect(stretched.get("b")!.x - stretched.get("a")!.x).toBe(200);
  });

  it("leaves a single node, a line, or an unmeasured viewport as they are", () => {
    expect(stretchToAspect(new Map([["a", { x: 1, y: 2 }]]), { width: 800, height: 800 })).toEqual(new Map([["a", { x: 1, y: 2 }]]));
    const line = new Map([["a", { x: 0, y: 0 }], ["b", { x: 100, y: 0 }]]);
    expect(stretchToAspect(line, { width: 800, height: 800 })).toEqual(line);
    expect(stretchToAspect(wide, { width: 0, height: 0 })).toEqual(wide);
  });
});
