// @vitest-environment node
import { describe, expect, it } from "vitest";
import { groupProblemsByFile } from "./problemRows";

describe("an import's problems grouped by file", () => {
  it("keeps files in the order first named and puts each file's problems in line order, file-wide ones first", () => {
    const groups = groupProblemsByFile([
      { file: "relationships.csv", line: 7, row: 6, field: ":END_ID", message: "no node has id \"x\"" },
      { file: "nodes.csv", line: 9, row: 8, field: "nameFr", message: "is required" },
      { file: "relationships.csv", line: 3, row: 2, field: ":TYPE", message: "unknown relationship type \"LIKES\"" },
      { file: "relationships.csv", message: "the file is empty" },
    ]);
    expect(groups.map((group) => [group.file, group.rows.map((row) => row.line)])).toEqual([
      ["relationships.csv", [null, 3, 7]],
      ["nodes.csv", [9]],
    ]);
  });

  it("shows a JSON element's pointer where a CSV shows its row", () => {
    const [group] = groupProblemsByFile([{ file: "graph.json", line: 4, pointer: "nodes[2]", field: "kind", message: "is required" }]);
    expect(group!.rows[0]).toMatchObject({ line: 4, row: "nodes[2]", field: "kind" });
  });
});
