// @vitest-environment node
import { describe, expect, it } from "vitest";
import { nodeShapes } from "./graphModelSchema";
import { shapeOutline } from "./shapeOutline";

describe("shapeOutline", () => {
  it.each(nodeShapes)("keeps the %s outline inside the unit square", (shape) => {
    const outline = shapeOutline(shape);
    if (outline.type !== "polygon") return;
    expect(outline.points.length % 2).toBe(0);
    for (const coordinate of outline.points) {
      expect(coordinate).toBeGreaterThanOrEqual(-1.0001);
      expect(coordinate).toBeLessThanOrEqual(1.0001);
    }
  });

  it("points a triangle up and a tag to the right, as the canvas draws them", () => {
    const triangle = shapeOutline("triangle");
    const tag = shapeOutline("tag");
    if (triangle.type !== "polygon" || tag.type !== "polygon") throw new Error("expected polygons");
    expect(triangle.points[0]).toBeCloseTo(0);
    expect(triangle.points[1]).toBeCloseTo(-1);
    expect(Math.max(...tag.points.filter((_, i) => i % 2 === 0))).toBe(1);
  });

  it("draws a hexagon with six corners and an octagon with eight", () => {
    const hexagon = shapeOutline("hexagon");
    const octagon = shapeOutline("octagon");
    expect(hexagon.type === "polygon" && hexagon.points.length).toBe(12);
    expect(octagon.type === "polygon" && octagon.points.length).toBe(16);
  });
});
