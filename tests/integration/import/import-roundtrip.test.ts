import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImport } from "../../../server/import/run-import.ts";
import type { GraphModel } from "../../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { emptyGraph, openTestDatabase, resetToSeed } from "../../support/database.ts";
import { snapshotGraph } from "../../support/graph-snapshot.ts";
import { startTestServer, type TestServer } from "../../support/server.ts";

/**
 * Export, then import into an empty database, reproduces the graph exactly (every id,
 * kind, type, end and property; the import's own stamps of who and when aside), in
 * each format.
 */
let db: GraphDatabase;
let model: GraphModel;
let api: TestServer;
let scratch: string;

beforeAll(async () => {
  ({ db, model } = await openTestDatabase());
  api = await startTestServer({ db, model });
  scratch = mkdtempSync(path.join(tmpdir(), "roundtrip-"));
});
afterAll(async () => {
  await resetToSeed(db, model);
  await api.close();
  await db.close();
  rmSync(scratch, { recursive: true, force: true });
});

const FORMATS = [
  { format: "json", file: "export.json", type: "application/json" },
  { format: "csv", file: "export.zip", type: "application/zip" },
  { format: "graphml", file: "export.graphml", type: "application/xml" },
] as const;

async function exportAs(format: string): Promise<Buffer> {
  const response = await fetch(`${api.url}/api/export?format=${format}`, { headers: { authorization: `Bearer ${api.admin.token}` } });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

async function importFile(file: string, name: string) {
  return runImport(db, model, [{ path: file, name }], {
    mode: "merge", dryRun: false, user: "test", maxElements: 100_000, timeoutMs: 60_000,
  });
}

async function roundTrip(): Promise<void> {
  const original = await snapshotGraph(db);
  for (const { format, file, type } of FORMATS) {
    const exported = await exportAs(format);
    await emptyGraph(db);
    const { body: report } = await api.request(`/api/imports?wait=true&name=${file}`, {
      method: "POST", headers: { "content-type": type }, body: new Uint8Array(exported),
    });
    expect(report.status, `${format}: ${JSON.stringify(report.errors.slice(0, 3))}`).toBe("imported");
    const copy = await snapshotGraph(db);
    expect({ format, nodes: copy.nodes, edges: copy.edges, content: copy.content })
      .toEqual({ format, nodes: original.nodes, edges: original.edges, content: original.content });
  }
}

const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.constantFrom("=1+1", "+cmd", "-2", "@SUM(A1)", "'quoted", "a,b", "line\nbreak", "tab\there", "<&>\"'", "Sûreté de l’État", "日本"),
).filter((value) => value.trim().length > 0 && [...value].every(isXmlCharacter));

/** GraphML is XML 1.0, which cannot hold most control characters or lone surrogates; the model's text never has them. */
function isXmlCharacter(character: string): boolean {
  const code = character.codePointAt(0)!;
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || code > 0xffff;
}
const date = fc.date({ min: new Date("1990-01-01"), max: new Date("2040-12-31"), noInvalidDate: true })
  .map((value) => value.toISOString().slice(0, 10));

const randomGraph = fc.record({
  services: fc.array(fc.record({
    nameFr: text, nameNl: fc.option(text, { nil: undefined }), acronymFr: fc.option(text.map((t) => t.slice(0, 40)), { nil: undefined }),
    group: fc.option(fc.boolean(), { nil: undefined }), validFrom: fc.option(date, { nil: undefined }),
    classification: fc.option(fc.constantFrom("UNCLASSIFIED", "RESTRICTED"), { nil: undefined }),
  }), { minLength: 1, maxLength: 5 }),
  projects: fc.array(fc.record({ nameFr: text, number: fc.option(fc.integer({ min: -5, max: 10_000 }), { nil: undefined }) }), { maxLength: 4 }),
  ties: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.option(text, { nil: undefined })), { maxLength: 8 }),
}).map(({ services, projects, ties }) => {
  const clean = (data: Record<string, unknown>) => Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
  const nodes = [
    ...services.map((s, i) => ({ data: clean({ id: `rt-s${i}`, kind: "Service", ...s }) })),
    ...projects.map((p, i) => ({ data: clean({ id: `rt-p${i}`, kind: "Project", ...p }) })),
  ];
  const edges = ties.map(([a, b, note], i) => projects.length > 0 && i % 2 === 0
    ? { data: clean({ id: `rt-e${i}`, source: `rt-s${a % services.length}`, target: `rt-p${b % projects.length}`, type: "PARTICIPATES_IN", note }) }
    : { data: clean({ id: `rt-e${i}`, source: `rt-s${a % services.length}`, target: `rt-s${b % services.length}`, type: "COOPERATES_WITH", note }) });
  return { nodes, edges };
});

describe("export then import into an empty database", () => {
  it("reproduces the seed graph exactly in JSON, CSV and GraphML", async () => {
    await resetToSeed(db, model);
    await roundTrip();
  }, 120_000);

  it("reproduces random valid graphs with awkward text exactly in every format", async () => {
    await fc.assert(
      fc.asyncProperty(randomGraph, async (graph) => {
        await emptyGraph(db);
        const file = path.join(scratch, "random.json");
        writeFileSync(file, JSON.stringify(graph));
        const report = await importFile(file, "random.json");
        expect(report.status, JSON.stringify(report.errors.slice(0, 3))).toBe("imported");
        await roundTrip();
      }),
      { numRuns: 15 },
    );
  }, 600_000);
});
