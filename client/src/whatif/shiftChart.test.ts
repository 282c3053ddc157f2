// @vitest-environment node
import { describe, expect, it } from "vitest";
import { mark, unmark } from "./marks";
import { shiftChart, shiftChartDefaults } from "./shiftChart";

describe("shiftChart", () => {
  it("scales every bar to the largest score shown, leaving room for the scores", () => {
    const chart = shiftChart([
      { node: "a", before: 0.4, after: 0.1, change: -0.3 },
      { node: "b", before: 0.05, after: 0.2, change: 0.15 },
    ]);
    const room = shiftChartDefaults.width - shiftChartDefaults.valueWidth;
    expect(chart.rows[0]?.before.width).toBeCloseTo(room);
    expect(chart.rows[0]?.after.width).toBeCloseTo(room / 4);
    expect(chart.rows[1]?.after.width).toBeCloseTo(room / 2);
    expect(chart.rows[1]?.y).toBeGreaterThan(chart.rows[0]!.barsY);
  });

  it("shows at most `rows` entities and draws nothing for zero scores", () => {
    const shifts = Array.from({ length: 12 }, (_, i) => ({ node: `n${i}`, before: 0, after: 0, change: 0 }));
    const chart = shiftChart(shifts, { rows: 5 });
    expect(chart.rows).toHaveLength(5);
    expect(chart.rows.every((r) => r.before.width === 0 && r.after.width === 0)).toBe(true);
    expect(shiftChart([]).height).toBe(0);
  });
});

describe("marks", () => {
  it("marks once, and unmarks from either list", () => {
    const marks = mark(mark(mark({ nodes: [], edges: [] }, "a", "node"), "a", "node"), "e", "edge");
    expect(marks).toEqual({ nodes: ["a"], edges: ["e"] });
    expect(unmark(marks, "e")).toEqual({ nodes: ["a"], edges: [] });
  });
});
