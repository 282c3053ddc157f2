import { describe, expect, it } from "vitest";
import { formatTable, importRow, repeatedRow } from "./report.ts";

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

describe("import rows", () => {
  it("give the median rate of the product's runs against the raw loop's, and their ratio", () => {
    const row = importRow(100_000, [40_000, 60_000, 50_000], [80_000, 50_000, 100_000]);
    expect(row).toEqual({ name: "import", size: 100_000, unit: "elements/s", median: 50_000, p95: null, baseline: 80_000, ratio: 0.625 });
  });

  it("leave the median and ratio empty when no import succeeded", () => {
    expect(importRow(1_000_000, [], [50_000])).toMatchObject({ median: null, baseline: 50_000, ratio: null });
  });

  it("show a million elements as 1M", () => {
    const table = formatTable([importRow(1_000_000, [40_000], [50_000])]);
    expect(table.split("\n")[2]).toMatch(/^import\s+1M\s+elements\/s\s+40,000\s+–\s+50,000\s+0\.80$/);
  });
});
