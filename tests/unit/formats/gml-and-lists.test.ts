import { describe, expect, it } from "vitest";
import { readCsv } from "../../../server/import/formats/csv.ts";
import { readGml } from "../../../server/import/formats/gml.ts";
import type { ImportFile, ImportProblem, ImportRecord } from "../../../server/import/records.ts";
import { readAll, tempFolder } from "./temp-files.ts";

const folder = tempFolder();
const gmlReader = (file: ImportFile, _model: unknown, problems: ImportProblem[]): AsyncGenerator<ImportRecord> => readGml(file, problems);
const gml = (content: string) => readAll(gmlReader, folder.file("graph.gml", content));
const csv = (content: string) => readAll(readCsv, folder.file("list.csv", content));
const summary = (records: ImportRecord[]) =>
  records.map((record) => [record.element, record.data, record.at.line, record.element === "edge" ? record.directed : "-"]);

describe("reading GML", () => {
  it("reads ids as text, labels and other keys as attributes, nested lists flattened and graphics skipped", async () => {
    const { records, problems } = await gml(`# a comment
Creator "igraph"
graph [
  node [ id 0 label "Le &#34;S&#34; &amp; Zo&#235;" weight 1.5 graphics [ x 1 y 2 ] ]
  node [
    id 1
    label "multi
line" extra [ a 1 b [ c "d" ] ]
  ]
  edge [ source 0 target 1 weight 4 ]
]
`);
    expect(problems).toEqual([]);
    expect(summary(records)).toEqual([
      ["node", { id: "0", label: 'Le "S" & Zoë', weight: 1.5 }, 4, "-"],
      ["node", { id: "1", label: "multi\nline", "extra.a": 1, "extra.b.c": "d" }, 5, "-"],
      ["edge", { source: "0", target: "1", weight: 4 }, 10, false],
    ]);
  });

  it("takes the direction from the graph's directed key", async () => {
    const { records } = await gml("graph [ directed 1 node [ id 0 ] edge [ source 0 target 0 ] ]");
    expect(records.map((record) => record.element === "edge" && record.directed)).toEqual([false, undefined]);
  });

  it("reads a file written in many small chunks the same as in one", async () => {
    const nodes = Array.from({ length: 3000 }, (_, i) => `  node [ id ${i} label "n${i} with a longer label to cross chunk ends" ]`);
    const edges = Array.from({ length: 2999 }, (_, i) => `  edge [ source ${i} target ${i + 1} ]`);
    const { records, problems } = await gml(`graph [\n${nodes.join("\n")}\n${edges.join("\n")}\n]\n`);
    expect(problems).toEqual([]);
    expect(records).toHaveLength(5999);
    expect(records[2999]).toMatchObject({ data: { id: "2999", label: "n2999 with a longer label to cross chunk ends" }, at: { line: 3001 } });
    expect(records[5998]).toMatchObject({ data: { source: "2998", target: "2999" }, at: { line: 6000 } });
  });

  it("reports malformed GML once, with its line", async () => {
    const cases: [string, number, string][] = [
      ["graph [\n node [ id 0 ]\n", 1, "the list opened here is never closed with ]"],
      ["graph [\n node [ id 0 label \"open ]\n]\n", 2, "a string that starts here is never closed"],
      ["graph [\n ]\n]\n", 3, "a ] closes a list that was never opened"],
      ["graph [\n node [ id ]\n]", 2, "the key id has no value"],
      ["graph [\n node [ id 0 label bare ]\n]", 2, "bare is neither a number nor a quoted string"],
    ];
    for (const [text, line, message] of cases) {
      const { problems } = await gml(text);
      expect(problems, text).toEqual([{ code: "file", file: "graph.gml", line, message: `not well-formed GML at line ${line}: ${message}` }]);
    }
    const { problems } = await gml("graph [ node [ label \"x\" ] edge [ source 1 ] ]");
    expect(problems.map((problem) => problem.message)).toEqual(["the node has no id", "the edge has no target"]);
  });
});

describe("reading Gephi's CSV lists", () => {
  it("reads an edge list: Source and Target as ends, Type as the direction, other columns as text", async () => {
    const { records, problems } = await csv("Source;Target;Type;Id;Label;Weight\na;b;Undirected;e1;knows;1.5\nb;c;Directed;;;\nc;a;COOPERATES_WITH;;;2\n");
    expect(problems).toEqual([]);
    expect(summary(records)).toEqual([
      ["edge", { source: "a", target: "b", id: "e1", Label: "knows", Weight: "1.5" }, 2, false],
      ["edge", { source: "b", target: "c" }, 3, undefined],
      ["edge", { source: "c", target: "a", Type: "COOPERATES_WITH", Weight: "2" }, 4, undefined],
    ]);
  });

  it("reads a node list by its Id column and reports an empty id or end by row", async () => {
    const nodes = await csv("Id,Label,Modularity Class\nn1,Sûreté,2\n,nameless,3\n");
    expect(nodes.records.map((record) => [record.element, record.data])).toEqual([["node", { id: "n1", Label: "Sûreté", "Modularity Class": "2" }]]);
    expect(nodes.problems).toEqual([{ code: "bad-id", file: "list.csv", line: 3, row: 2, field: "Id", message: "Id is empty" }]);
    const edges = await csv("source,target\na,\n");
    expect(edges.problems).toEqual([{ code: "required", file: "list.csv", line: 2, row: 1, field: "target", message: "target is empty" }]);
  });

  it("refuses a header naming a column twice", async () => {
    const { problems } = await csv("Source,Target,source\na,b,c\n");
    expect(problems).toEqual([{ code: "file", file: "list.csv", line: 1, field: "source", message: "the header has more than one source column" }]);
  });
});
