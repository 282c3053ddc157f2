// @vitest-environment node
import { describe, expect, it } from "vitest";
import { nextSortOrder, sortRows } from "./sortRows";

const rows = [
  { id: "a", name: "Évora", degree: 3 },
  { id: "b", name: "alpha", degree: 10 },
  { id: "c", name: "", degree: 2 },
  { id: "d", name: "Beta", degree: 3 },
];

describe("sortRows", () => {
  it("sorts text ignoring case and accents, empty cells last", () => {
    expect(sortRows(rows, { key: "name", direction: "ascending" }).map((r) => r.id)).toEqual(["b", "d", "a", "c"]);
    expect(sortRows(rows, { key: "name", direction: "descending" }).map((r) => r.id)).toEqual(["a", "d", "b", "c"]);
  });

  it("sorts numbers by value, keeping ties in their order", () => {
    expect(sortRows(rows, { key: "degree", direction: "ascending" }).map((r) => r.id)).toEqual(["c", "a", "d", "b"]);
    expect(sortRows(rows, { key: "degree", direction: "descending" }).map((r) => r.id)).toEqual(["b", "a", "d", "c"]);
  });

  it("leaves the given rows untouched", () => {
    const before = rows.map((r) => r.id);
    sortRows(rows, { key: "degree", direction: "descending" });
    expect(rows.map((r) => r.id)).toEqual(before);
  });
});

describe("nextSortOrder", () => {
  it("sorts a new column ascending and flips the same column", () => {
    expect(nextSortOrder({ key: "name", direction: "descending" }, "degree")).toEqual({ key: "degree", direction: "ascending" });
    expect(nextSortOrder({ key: "name", direction: "ascending" }, "name")).toEqual({ key: "name", direction: "descending" });
    expect(nextSortOrder({ key: "name", direction: "descending" }, "name")).toEqual({ key: "name", direction: "ascending" });
  });
});
