import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeNodesCsv } from "../../../server/export/csv-writer.ts";
import { writeGraphml } from "../../../server/export/graphml-writer.ts";
import { writeJson } from "../../../server/export/json-writer.ts";
import { readCsv } from "../../../server/import/formats/csv.ts";
import { readRecords } from "../../../server/import/formats/detect.ts";
import { readGraphml } from "../../../server/import/formats/graphml.ts";
import { readJson } from "../../../server/import/formats/json.ts";
import type { ImportProblem, ImportRecord } from "../../../server/import/records.ts";
import { fromArray, memorySink, model, readAll, type Reader, tempFolder } from "./temp-files.ts";

const folder = tempFolder();
const readers: [string, Reader][] = [["json", readJson], ["csv", readCsv], ["graphml", readGraphml], ["any", readRecords]];

function expectWellFormed(records: ImportRecord[], problems: ImportProblem[], name: string): void {
  for (const problem of problems) {
    expect(problem.file).toBe(name);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.message).not.toBe("");
  }
  for (const record of records) {
    expect(["node", "edge"]).toContain(record.element);
    expect(Object.getPrototypeOf(record.data)).toBe(Object.prototype);
  }
}

const nodes = [
  { id: "s1", kind: "Service", nameFr: "Sûreté, \"État\"\nligne 2", group: true, validFrom: "2020-01-31" },
  { id: "p1", kind: "Project", nameFr: "=Projet <&>", number: 12 },
];
const edges = [{ id: "e1", source: "s1", target: "p1", type: "PARTICIPATES_IN", note: "'quoted'" }];

async function exported(): Promise<[string, Buffer][]> {
  const formats: [string, (out: ReturnType<typeof memorySink>["stream"]) => Promise<void>][] = [
    ["graph.json", (out) => writeJson(fromArray(nodes), fromArray(edges), out)],
    ["nodes.csv", (out) => writeNodesCsv(model, fromArray(nodes), out)],
    ["graph.graphml", (out) => writeGraphml(model, fromArray(nodes), fromArray(edges), out)],
  ];
  return Promise.all(formats.map(async ([name, write]) => {
    const sink = memorySink();
    await write(sink.stream);
    return [name, sink.bytes()] as [string, Buffer];
  }));
}

describe("readers given garbage", () => {
  it("never throw on random bytes: they report problems with a line", async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(...readers), async (bytes, [kind, reader]) => {
      const file = folder.file(`garbage.${kind}`, Buffer.from(bytes));
      const { records, problems } = await readAll(reader, file);
      expectWellFormed(records, problems, file.name);
    }), { numRuns: 150 });
  });

  it("never throw on an export cut short or with characters spliced in, and say where they stopped", async () => {
    const files = await exported();
    const splice = fc.constantFrom("", "\"", "'", ",", "<", ">", "&", "{", "}", "[", "]", ":", "\n", "\r", "\u0000", "\u00e9", "\uFEFF", "<!DOCTYPE x>", "]]>");
    await fc.assert(fc.asyncProperty(
      fc.constantFrom(...files), fc.double({ min: 0, max: 1, noNaN: true }), splice, fc.boolean(), fc.constantFrom(...readers),
      async ([name, bytes], at, insert, cut, [, reader]) => {
        const offset = Math.floor(at * bytes.length);
        const mangled = cut
          ? bytes.subarray(0, offset)
          : Buffer.concat([bytes.subarray(0, offset), Buffer.from(insert), bytes.subarray(offset)]);
        const file = folder.file(name, mangled);
        const { records, problems } = await readAll(reader, file);
        expectWellFormed(records, problems, name);
      },
    ), { numRuns: 200 });
  });

  it("report a cut-short export rather than read it as complete", async () => {
    for (const [name, bytes] of await exported()) {
      if (name.endsWith(".csv")) continue;
      const { problems } = await readAll(readRecords, folder.file(name, bytes.subarray(0, bytes.length - 5)));
      expect(problems.length).toBeGreaterThan(0);
    }
  });
});
