import { describe, expect, it } from "vitest";
import { formatTable, repeatedRow } from "./report.ts";

describe("analytics rows", () => {
  it("give the median and p95 of our runs against the reference's median", () => {
    const row = repeatedRow("components", 1000, [4, 1, 2, 3, 5], [10, 30, 20]);
    expect(row).toEqual({ name: "components", size: 1000, unit: "ms", median: 3, p95: 4.8, baseline: 20, ratio: 0.15 });
  });

  it("leave the baseline and ratio empty where there is no reference", () => {
    expect(repeatedRow("what-if", 1000, [7], null)).toMatchObject({ median: 7, p95: 7, baseline: null, ratio: null });
  });

  it("show a ratio of a few thousandths instead of rounding it to zero", () => {
    const table = formatTable([repeatedRow("articulation points + bridges", 10_000, [14], [3190])]);
    expect(table.split("\n")[2]).toMatch(/0\.0044$/);
  });
});
