import { describe, expect, it } from "vitest";
import { readJson } from "../../../server/import/formats/json.ts";
import { readAll, tempFolder } from "./temp-files.ts";

const folder = tempFolder();
const read = (name: string, content: string | Buffer) => readAll(readJson, folder.file(name, content));

describe("reading Cytoscape elements JSON", () => {
  it("yields each node and edge with its array, index and line", async () => {
    const { records, problems } = await read("graph.json", [
      "{",
      '  "nodes": [',
      '    {"data": {"id": "a", "kind": "Service", "nameFr": "A", "number": 7, "group": true, "note": null}},',
      '    {"data": {"id": "b", "kind": "Body", "nameFr": "B"}}',
      "  ],",
      '  "edges": [{"data": {"id": "e1", "source": "a", "target": "b", "type": "PARTICIPATES_IN"}}]',
      "}",
    ].join("\n"));
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { element: "node", data: { id: "a", kind: "Service", nameFr: "A", number: 7, group: true, note: null }, at: { file: "graph.json", line: 3, row: 0, pointer: "nodes[0]" } },
      { element: "node", data: { id: "b", kind: "Body", nameFr: "B" }, at: { file: "graph.json", line: 4, row: 1, pointer: "nodes[1]" } },
      { element: "edge", data: { id: "e1", source: "a", target: "b", type: "PARTICIPATES_IN" }, at: { file: "graph.json", line: 6, row: 0, pointer: "edges[0]" } },
    ]);
  });

  it("reads the elements object Cytoscape desktop writes and ignores the keys around it", async () => {
    const cyjs = {
      format_version: "1.0",
      generated_by: "cytoscape-3.10.2",
      data: { shared_name: "network", nodes: [{ data: { id: "not-an-element" } }] },
      elements: {
        nodes: [{ data: { id: "a", kind: "Service" }, position: { x: 1, y: 2 }, selected: false }],
        edges: [{ data: { id: "e", source: "a", target: "a", type: "MEETS_INFORMALLY" } }],
      },
    };
    const { records, problems } = await read("network.cyjs", JSON.stringify(cyjs, null, 2));
    expect(problems).toEqual([]);
    expect(records.map((record) => [record.at.pointer, record.data.id])).toEqual([["elements.nodes[0]", "a"], ["elements.edges[0]", "e"]]);
  });

  it("skips what our own export adds around the elements", async () => {
    const exported = {
      document: { title: "Export", nodes: [{ data: { id: "decoy" } }] },
      recordedAt: "2024-05-01T09:30:00Z",
      total: 1,
      truncated: false,
      nodes: [{ data: { id: "a", kind: "Plan" } }],
      edges: [],
    };
    const { records, problems } = await read("export.json", JSON.stringify(exported));
    expect(problems).toEqual([]);
    expect(records.map((record) => record.data.id)).toEqual(["a"]);
  });

  it("never lets __proto__, constructor or prototype reach an object, reporting the row and field", async () => {
    const { records, problems } = await read("proto.json", [
      '{"nodes": [',
      '{"data": {"id": "a", "__proto__": {"polluted": true}}},',
      '{"data": {"id": "b", "constructor": {"prototype": {"polluted": true}}}},',
      '{"data": {"id": "c", "nested": {"__proto__": {"polluted": true}}}},',
      '{"data": {"id": "d", "kind": "Plan"}}',
      "]}",
    ].join("\n"));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(records.map((record) => record.data)).toEqual([{ id: "d", kind: "Plan" }]);
    expect(problems).toEqual([
      { file: "proto.json", line: 2, row: 0, pointer: "nodes[0]", field: "data.__proto__", message: 'the key "__proto__" is not allowed' },
      { file: "proto.json", line: 3, row: 1, pointer: "nodes[1]", field: "data.constructor", message: 'the key "constructor" is not allowed' },
      { file: "proto.json", line: 4, row: 2, pointer: "nodes[2]", field: "data.nested.__proto__", message: 'the key "__proto__" is not allowed' },
    ]);
    for (const record of records) expect(Object.getPrototypeOf(record.data)).toBe(Object.prototype);
  });

  it("reports an element without a data object by its row and goes on", async () => {
    const { records, problems } = await read("no-data.json", '{"nodes": [{"id": "a"}, 5, {"data": [1]}, {"data": {"id": "b"}}]}');
    expect(records.map((record) => record.data.id)).toEqual(["b"]);
    expect(problems.map((problem) => [problem.row, problem.pointer, problem.field])).toEqual([
      [0, "nodes[0]", "data"],
      [1, "nodes[1]", undefined],
      [2, "nodes[2]", "data"],
    ]);
  });

  it("stops at a syntax error with one problem naming its line, after yielding what came before", async () => {
    const { records, problems } = await read("broken.json", [
      '{"nodes": [',
      '  {"data": {"id": "a"}},',
      '  {"data": {"id": "b" "kind": "Plan"}},',
      '  {"data": {"id": "c"}}',
      "]}",
    ].join("\n"));
    expect(records.map((record) => record.data.id)).toEqual(["a"]);
    expect(problems).toEqual([{ file: "broken.json", line: 3, message: "not valid JSON at line 3: expected ','" }]);
  });

  it("says when the file is cut short", async () => {
    const { records, problems } = await read("cut.json", '{"nodes": [\n{"data": {"id": "a"}},\n{"data": {"id": "b", "na');
    expect(records.map((record) => record.data.id)).toEqual(["a"]);
    expect(problems).toEqual([{ file: "cut.json", line: 3, message: "the file ends before the JSON is complete (was it cut short?)" }]);
  });

  it("refuses a file that is not one object with nodes and edges", async () => {
    expect((await read("array.json", "[1, 2]")).problems).toEqual([
      { file: "array.json", line: 1, message: "the file must hold one JSON object with nodes and edges arrays" },
    ]);
    expect((await read("other.json", '{"vertices": []}')).problems).toEqual([
      { file: "other.json", line: 1, message: "the JSON has neither a nodes nor an edges array" },
    ]);
    expect((await read("trailing.json", '{"nodes": []} {"edges": []}')).problems).toEqual([
      { file: "trailing.json", line: 1, message: expect.stringMatching(/^not valid JSON at line 1/) },
    ]);
  });

  it("names the line of a byte that is not UTF-8", async () => {
    const bytes = Buffer.concat([Buffer.from('{"nodes": [\n{"data": {"id": "a"}},\n{"data": {"id": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"}}]}')]);
    const { problems } = await read("latin1.json", bytes);
    expect(problems).toEqual([{ file: "latin1.json", line: 3, message: "The file is not UTF-8 text (line 3); save it as UTF-8." }]);
  });

  it("knows the line of an element in a long single-line file", async () => {
    const nodes = Array.from({ length: 2000 }, (_, i) => ({ data: { id: `n${i}`, kind: "Plan", note: "x".repeat(30) } }));
    const { records, problems } = await read("minified.json", `\uFEFF${JSON.stringify({ nodes, edges: [] })}`);
    expect(problems).toEqual([]);
    expect(records).toHaveLength(2000);
    expect(records.every((record) => record.at.line === 1)).toBe(true);
    expect(records[1999]!.data).toEqual(nodes[1999]!.data);
  });
});
