import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { writeNodesCsv } from "../../../server/export/csv-writer.ts";
import { readCsv, sniffCsvKind } from "../../../server/import/formats/csv.ts";
import { fromArray, memorySink, model, readAll, tempFolder } from "./temp-files.ts";

const folder = tempFolder();
const read = (name: string, content: string | Buffer) => readAll(readCsv, folder.file(name, content));

const NODES_HEADER = "id:ID,:LABEL,nameFr,number:long,group:boolean,validFrom:date";

describe("reading a neo4j-admin nodes CSV", () => {
  it("reads typed cells into wire values, taking the kind from the labels and leaving empty cells out", async () => {
    const { records, problems } = await read("nodes.csv", [
      NODES_HEADER,
      "svc,Entity;Service,Sûreté,,TRUE,2020-01-31",
      "prj,Project,Projet 7,-42,,",
    ].join("\n"));
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { element: "node", data: { id: "svc", kind: "Service", nameFr: "Sûreté", group: true, validFrom: "2020-01-31" }, at: { file: "nodes.csv", line: 2, row: 1 } },
      { element: "node", data: { id: "prj", kind: "Project", nameFr: "Projet 7", number: -42 }, at: { file: "nodes.csv", line: 3, row: 2 } },
    ]);
  });

  it("ignores a byte-order mark and CRLF line ends", async () => {
    const { records, problems } = await read("bom.csv", `\uFEFFid:ID,:LABEL,nameFr\r\na,Service,A\r\nb,Body,B\r\n`);
    expect(problems).toEqual([]);
    expect(records.map((record) => record.data)).toEqual([
      { id: "a", kind: "Service", nameFr: "A" },
      { id: "b", kind: "Body", nameFr: "B" },
    ]);
  });

  it("keeps commas, quotes and line breaks inside quoted cells, and still names the right line afterwards", async () => {
    for (const eol of ["\n", "\r\n"]) {
      const { records, problems } = await read("multiline.csv", [
        "id:ID,:LABEL,nameFr,number:long",
        `a,Project,"one, two ""three""${eol}second line${eol}third line",1`,
        "b,Project,B,seven",
        "c,Project,C,3",
      ].join(eol));
      expect(records.map((record) => record.data)).toEqual([
        { id: "a", kind: "Project", nameFr: `one, two "three"${eol}second line${eol}third line`, number: 1 },
        { id: "c", kind: "Project", nameFr: "C", number: 3 },
      ]);
      expect(records.map((record) => record.at.line)).toEqual([2, 6]);
      expect(problems).toEqual([
        { file: "multiline.csv", line: 5, row: 2, field: "number", message: '"seven" is not a whole number' },
      ]);
    }
  });

  it("reports a row with the wrong number of cells by its line and keeps reading", async () => {
    const { records, problems } = await read("short.csv", ["id:ID,:LABEL,nameFr", "a,Service", "b,Service,B", "", "c,Service,C,extra"].join("\n"));
    expect(records.map((record) => record.data.id)).toEqual(["b"]);
    expect(problems).toEqual([
      { file: "short.csv", line: 2, row: 1, message: "the row has 2 cells but the header has 3" },
      { file: "short.csv", line: 5, row: 3, message: "the row has 4 cells but the header has 3" },
    ]);
  });

  it("names the line where a quote is opened and never closed, after reading the rows before it", async () => {
    const { records, problems } = await read("open-quote.csv", ["id:ID,:LABEL,nameFr", "a,Service,A", 'b,Service,"B', "c,Service,C"].join("\n"));
    expect(records.map((record) => record.data.id)).toEqual(["a"]);
    expect(problems).toEqual([{ file: "open-quote.csv", line: 3, row: 2, message: "a quoted cell that starts here is never closed" }]);
  });

  it("reports every bad cell of a row, naming each field, and skips the row", async () => {
    const { records, problems } = await read("bad.csv", [NODES_HEADER, "a,Service,A,1.5,maybe,2021-02-30"].join("\n"));
    expect(records).toEqual([]);
    expect(problems.map((problem) => [problem.line, problem.row, problem.field])).toEqual([
      [2, 1, "number"],
      [2, 1, "group"],
      [2, 1, "validFrom"],
    ]);
  });

  it("names a bad row halfway through a 50,000-row file by its line, and reads all the others", async () => {
    const lines = ["id:ID,:LABEL,nameFr,number:long"];
    for (let i = 1; i <= 50_000; i++) lines.push(i === 25_000 ? `n${i},Project,"Name, ${i}",oops` : `n${i},Project,"Name, ${i}",${i}`);
    const { records, problems } = await read("large.csv", lines.join("\r\n"));
    expect(records).toHaveLength(49_999);
    expect(records.at(-1)).toEqual({
      element: "node", data: { id: "n50000", kind: "Project", nameFr: "Name, 50000", number: 50_000 }, at: { file: "large.csv", line: 50_001, row: 50_000 },
    });
    expect(problems).toEqual([{ file: "large.csv", line: 25_001, row: 25_000, field: "number", message: '"oops" is not a whole number' }]);
  });

  it("needs exactly one kind of the model among a node's labels", async () => {
    const { records, problems } = await read("labels.csv", ["id:ID,:LABEL,nameFr", "a,Entity,A", "b,Service;Partner,B", "c,Entity;Legacy;Plan,C"].join("\n"));
    expect(records.map((record) => record.data)).toEqual([{ id: "c", kind: "Plan", nameFr: "C" }]);
    expect(problems.map((problem) => [problem.line, problem.field])).toEqual([[2, ":LABEL"], [3, ":LABEL"]]);
    expect(problems[1]!.message).toMatch(/several kinds \(Service, Partner\)/);
  });

  it("accepts :ID without a name, ID spaces, and semicolon-separated files as French and Dutch spreadsheets save them", async () => {
    const { records, problems } = await read("semicolons.csv", [":ID(Services);:LABEL;nameFr;note", "a;Service;\"A; B\";x,y"].join("\n"));
    expect(problems).toEqual([]);
    expect(records.map((record) => record.data)).toEqual([{ id: "a", kind: "Service", nameFr: "A; B", note: "x,y" }]);
  });
});

describe("reading a neo4j-admin relationships CSV", () => {
  it("reads id, ends, type and properties", async () => {
    const { records, problems } = await read("rels.csv", ["id,:START_ID,:END_ID,:TYPE,intelligenceMission:boolean,note", "r1,a,b,MANAGES,false,"].join("\n"));
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { element: "edge", data: { id: "r1", source: "a", target: "b", type: "MANAGES", intelligenceMission: false }, at: { file: "rels.csv", line: 2, row: 1 } },
    ]);
  });

  it("refuses a relationships file without an id column, at its header", async () => {
    const { records, problems } = await read("no-id.csv", [":START_ID,:END_ID,:TYPE", "a,b,MANAGES"].join("\n"));
    expect(records).toEqual([]);
    expect(problems).toEqual([{ file: "no-id.csv", line: 1, field: "id", message: "the header has no id column" }]);
  });

  it("reports an empty end as a problem on its field", async () => {
    const { problems } = await read("no-end.csv", ["id,:START_ID,:END_ID,:TYPE", "r1,a,,MANAGES"].join("\n"));
    expect(problems).toEqual([{ file: "no-end.csv", line: 2, row: 1, field: ":END_ID", message: ":END_ID is empty" }]);
  });
});

describe("CSV headers", () => {
  it("refuses unknown and array types, naming each column", async () => {
    const { records, problems } = await read("types.csv", ["id:ID,:LABEL,number:bigint,tags:string[],nameFr", "a,Service,1,x,A"].join("\n"));
    expect(records).toEqual([]);
    expect(problems).toEqual([
      { file: "types.csv", line: 1, field: "number:bigint", message: expect.stringMatching(/type bigint is not supported/) },
      { file: "types.csv", line: 1, field: "tags:string[]", message: "array types such as string[] are not supported" },
    ]);
  });

  it("refuses a column that would reach an object's prototype", async () => {
    const { problems } = await read("proto.csv", ["id:ID,:LABEL,__proto__", "a,Service,x"].join("\n"));
    expect(problems).toEqual([{ file: "proto.csv", line: 1, field: "__proto__", message: "a property cannot be named __proto__" }]);
  });

  it("tells nodes files from relationships files by their header, neo4j-admin's convention first", () => {
    expect(sniffCsvKind("id:ID,:LABEL,nameFr")).toBe("csv-nodes");
    expect(sniffCsvKind('"\uFEFF:ID",":LABEL"\r\n')).toBe("csv-nodes");
    expect(sniffCsvKind("id,:START_ID(Services),:END_ID,:TYPE")).toBe("csv-relationships");
    expect(sniffCsvKind("id;:START_ID;:END_ID;:TYPE")).toBe("csv-relationships");
    expect(sniffCsvKind("Source,Target,Type,Weight")).toBe("csv-edge-list");
    expect(sniffCsvKind("Id,Label,Modularity Class")).toBe("csv-node-list");
    expect(sniffCsvKind("id:ID,source,target")).toBe("csv-nodes");
    expect(sniffCsvKind("name,kind,nameFr")).toBeUndefined();
  });
});

describe("spreadsheet formulas", () => {
  const dangerous = ["=HYPERLINK(\"http://x\")", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1", "'", "'=1", "''"];

  it("exports a text that a spreadsheet would run with an apostrophe in front, and reads it back unchanged", async () => {
    const nodes = dangerous.map((note, i) => ({ id: `n${i}`, kind: "Plan", nameFr: note, note }));
    const sink = memorySink();
    await writeNodesCsv(model, fromArray(nodes), sink.stream);
    const rows = parse(sink.text(), { bom: true }) as string[][];
    const header = rows[0]!;
    const textColumns = header.map((name, i) => (name.includes(":") ? -1 : i)).filter((i) => i >= 0);
    for (const row of rows.slice(1)) {
      for (const i of textColumns) expect(row[i]!).not.toMatch(/^[=+\-@\t\r]/);
    }
    const { records, problems } = await read("formulas.csv", sink.bytes());
    expect(problems).toEqual([]);
    expect(records.map((record) => record.data)).toEqual(nodes);
  });

  it("leaves an apostrophe that escapes nothing where it is", async () => {
    const { records } = await read("apostrophe.csv", ["id:ID,:LABEL,nameFr", "a,Service,'t Hooft"].join("\n"));
    expect(records[0]!.data.nameFr).toBe("'t Hooft");
  });
});
