import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeNodesCsv, writeRelationshipsCsv } from "../../../server/export/csv-writer.ts";
import { readCsv } from "../../../server/import/formats/csv.ts";
import { fromArray, memorySink, readAll, tempFolder } from "./temp-files.ts";
import { model } from "./temp-files.ts";

const folder = tempFolder();

/** What a spreadsheet runs as a formula when a cell starts with it. */
const TRIGGER_AT_CELL_START = /(?:^|[\r\n])[=+\-@\t]|^\r/;
const TRIGGER_AT_LINE_START = /^[=+\-@\t]/;

/** Printable ASCII mixed with line breaks, tabs, quotes, delimiters and every formula trigger. */
const awkward = fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", "\r\n", "'", '"', ",", ";");
const value = fc.array(fc.oneof(awkward, fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 })), { minLength: 1, maxLength: 16 })
  .map((parts) => parts.join(""));

async function exported(write: (out: NodeJS.WritableStream) => Promise<void>): Promise<string> {
  const sink = memorySink();
  await write(sink.stream);
  return sink.text();
}

async function imported(name: string, csv: string) {
  const { records, problems } = await readAll(readCsv, folder.file(name, csv));
  expect(problems).toEqual([]);
  return records.map((record) => record.data);
}

/** Every cell as a spreadsheet that understands quotes reads it, and every line as one that does not. */
function expectNoFormulaStarts(csv: string): void {
  const rows = parse(csv, { relax_column_count: false }) as string[][];
  for (const cell of rows.flat()) expect(cell, JSON.stringify(cell)).not.toMatch(TRIGGER_AT_CELL_START);
  for (const line of csv.split(/\r\n|\r|\n/)) expect(line, JSON.stringify(line)).not.toMatch(TRIGGER_AT_LINE_START);
}

describe("formula-safe CSV", () => {
  it("quotes a value whose line break is followed by a formula, so a spreadsheet sees no new row", async () => {
    for (const note of ["\n=1+1", "\r=1+1", "a\r\n@SUM(A1)"]) {
      const csv = await exported((out) => writeNodesCsv(model, fromArray([{ id: "p", kind: "Plan", nameFr: "P", note }]), out as never));
      const rows = parse(csv) as string[][];
      expect(rows).toHaveLength(2);
      expect(csv).not.toMatch(/[\r\n][=+\-@]/);
      expectNoFormulaStarts(csv);
      expect(await imported("nodes.csv", csv)).toEqual([{ id: "p", kind: "Plan", nameFr: "P", note }]);
    }
  });

  it("round-trips any text exactly through export and import, and never starts a cell or a line with a formula", async () => {
    await fc.assert(
      fc.asyncProperty(value, value, value, async (name, note, edgeNote) => {
        const node = { id: "p", kind: "Plan", nameFr: name, note };
        const edge = { id: "e", source: "s", target: "p", type: "PARTICIPATES_IN", note: edgeNote };
        const nodesCsv = await exported((out) => writeNodesCsv(model, fromArray([node]), out as never));
        const edgesCsv = await exported((out) => writeRelationshipsCsv(model, fromArray([edge]), out as never));
        expectNoFormulaStarts(nodesCsv);
        expectNoFormulaStarts(edgesCsv);
        expect(await imported("nodes.csv", nodesCsv)).toEqual([node]);
        expect(await imported("relationships.csv", edgesCsv)).toEqual([edge]);
      }),
      { numRuns: 300 },
    );
  });
});
