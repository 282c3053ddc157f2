import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import yazl from "yazl";
import type { GraphModel } from "../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../server/neo4j/database.ts";
import { openSeededDatabase, resetToSeed, restoreSeedAndClose } from "../support/database.ts";
import { createTestUser, startTestServer, type TestServer } from "../support/server.ts";

let db: GraphDatabase;
let model: GraphModel;
let api: TestServer;

const MiB = 1024 * 1024;

beforeAll(async () => {
  ({ db, model } = await openSeededDatabase());
  api = await startTestServer({ db, model, importLimits: { maxFileBytes: 2 * MiB, maxExpandedBytes: 3 * MiB } });
});
afterAll(async () => {
  await api.close();
  await restoreSeedAndClose(db, model);
});
beforeEach(() => resetToSeed(db, model));

/**
 * Stores a value the way data written before imports checked it (or around them) would
 * be: straight into Neo4j, past every check, as no product path may.
 */
async function storeAroundTheApi(id: string, props: Record<string, unknown>): Promise<void> {
  await db.autoCommit("MATCH (n:Entity {id: $id}) SET n += $props", { id, props });
}

function postImport(body: string | Uint8Array<ArrayBuffer> | FormData, type?: string, query = "wait=true") {
  return api.request(`/api/imports?${query}`, { method: "POST", headers: type ? { "content-type": type } : {}, body });
}

async function zipOf(entries: Record<string, Buffer>): Promise<Uint8Array<ArrayBuffer>> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) zip.addBuffer(content, name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

/** Folders the upload receiver made and left behind. */
const uploadFolders = () => new Set(readdirSync(tmpdir()).filter((name) => name.startsWith("cnd-import-")));

describe("CSV export", () => {
  it("quotes a value whose line feed is followed by a formula: a spreadsheet sees one row per entity", async () => {
    const imported = await postImport(JSON.stringify({ nodes: [{ data: { id: "formula", kind: "Plan", nameFr: "F", note: "\n=1+1" } }] }), "application/json");
    expect(imported.status).toBe(200);
    const { status, body } = await api.request("/api/export?format=csv&part=nodes");
    expect(status).toBe(200);
    expect(body).not.toMatch(/[\r\n][=+\-@]/);
    const rows = parse(body as string) as string[][];
    const header = rows[0]!;
    const row = rows.find((cells) => cells[0] === "formula")!;
    expect(row[header.indexOf("note")]).toBe("\n'=1+1");
    expect(rows.every((cells) => cells.length === header.length)).toBe(true);
  });
});

describe("control characters", () => {
  it("are refused by an import, naming the file, row, field, character and what is allowed", async () => {
    const csv = 'id:ID,:LABEL,nameFr,note\r\nok,Entity;Plan,OK,"fine\tand\nfine"\r\nbad,Entity;Plan,Bad,bell \u0007\r\n';
    const { status, body } = await postImport(csv, "text/csv", "wait=true&dryRun=true&name=plans.csv");
    expect(status).toBe(422);
    expect(body.errors).toEqual([expect.objectContaining({
      file: "plans.csv", row: 2, field: "note",
      message: "holds the control character U+0007 at character 6; text may hold tabs, line feeds and carriage returns, " +
        "but no other control character (U+0000–U+001F, U+007F–U+009F)",
    })]);
  });

  it("already stored do not stop the GraphML export: the file is whole, with U+FFFD in their place", async () => {
    await storeAroundTheApi("sgrs", { note: "start\u0001end" });
    const { status, body } = await api.request("/api/export?format=graphml");
    expect(status).toBe(200);
    expect(body).toMatch(/<\/graphml>\n$/);
    expect(body).toContain("start\uFFFDend");
    expect(body).not.toContain("\u0001");
  });
});

describe("provenanceDocument", () => {
  it("must name a file of the source folder: an import naming anything else is refused with the rule", async () => {
    for (const document of ["..", "../model.json", "/etc/passwd", "elsewhere.txt"]) {
      const nodes = [{ data: { id: "p", kind: "Plan", nameFr: "P", provenanceDocument: document } }];
      const { status, body } = await postImport(JSON.stringify({ nodes }), "application/json", "wait=true&dryRun=true");
      expect(status, document).toBe(422);
      expect(body.errors[0]).toMatchObject({
        field: "provenanceDocument",
        message: "must be the name of a file in the source folder (seed/sources/), without any path: one of official-facts.en.md, source-sgrs-cooperation.fr.txt",
      });
    }
  });

  it("stored as '..' leaves the entity's details readable, quoting no lines", async () => {
    await storeAroundTheApi("sgrs", { provenanceDocument: "..", provenanceLocator: "line 1" });
    for (let attempt = 0; attempt < 2; attempt++) {
      const { status, body } = await api.get("/api/nodes/sgrs");
      expect(status).toBe(200);
      expect(body.provenance).toMatchObject({ document: "..", excerpt: [] });
    }
  });
});

describe("zip uploads", () => {
  it("refuse an entry that inflates more than 100 times its size, naming it, and leave nothing on disk", async () => {
    const before = uploadFolders();
    const bomb = await zipOf({ "nodes.csv": Buffer.alloc(2.5 * MiB, "a") });
    expect(bomb.length).toBeLessThan(20_000);
    const { status, body } = await postImport(bomb, "application/zip");
    expect(status).toBe(413);
    expect(body.detail).toMatch(/^"nodes\.csv" in "upload\.zip" expands more than 100 times its compressed size/);
    expect([...uploadFolders()].filter((name) => !before.has(name))).toEqual([]);
  });

  it("refuse zips that together expand past the request's budget, naming the entry and the limit", async () => {
    const before = uploadFolders();
    const noise = (seed: number) => Buffer.from(Array.from({ length: 1.6 * MiB }, (_, i) => (i * 7919 + seed * 104729 + ((i * i) >> 7)) & 0xff));
    const form = new FormData();
    form.append("files", new Blob([await zipOf({ "a.csv": noise(1) })]), "one.zip");
    form.append("files", new Blob([await zipOf({ "b.csv": noise(2) })]), "two.zip");
    const { status, body } = await postImport(form);
    expect(status).toBe(413);
    expect(body.detail).toBe('"b.csv" in "two.zip" takes the files of this import past 3 MB expanded, the most one import takes.');
    expect([...uploadFolders()].filter((name) => !before.has(name))).toEqual([]);
  });
});

describe("API answers", () => {
  it("all carry Cache-Control: no-store, errors and the session's CSRF token too", async () => {
    const anonymous = api.as(null);
    const { username, password } = await createTestUser(db, { role: "analyst" });
    const json = { "content-type": "application/json" };
    const signIn = await anonymous.request("/api/session", { method: "POST", headers: json, body: JSON.stringify({ username, password }) });
    expect(signIn.body.csrfToken).toEqual(expect.any(String));
    const cookie = /cnd_session=[^;]+/.exec(signIn.headers.get("set-cookie") ?? "")![0];
    const answers = await Promise.all([
      Promise.resolve(signIn),
      anonymous.request("/api/session", { headers: { cookie } }),
      api.request("/api/graph"),
      api.request("/api/nodes/sgrs"),
      api.request("/api/nodes/no-such-entity"),
      api.request("/api/export?format=json"),
      api.request("/api/openapi.json"),
      anonymous.request("/api/session"),
      anonymous.request("/api/graph"),
      anonymous.request("/api/session", { method: "POST", headers: json, body: "{" }),
      api.request("/API/graph"),
      api.request("/api/no-such-route"),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 404, 200, 200, 401, 401, 400, 404, 404]);
    for (const answer of answers) expect(answer.headers.get("cache-control")).toBe("no-store");
  });

  it("match route paths exactly: a trailing slash or another case answers 404, and no body is parsed for it", async () => {
    const json = { "content-type": "application/json" };
    const malformed = "{ not json";
    const tooLarge = JSON.stringify({ nodes: [{ data: { id: "x", kind: "Plan", nameFr: "x".repeat(3 * MiB) } }] });
    for (const path of ["/api/imports/", "/API/imports", "/api/Imports", "/Api/imports?wait=true"]) {
      for (const body of [malformed, tooLarge]) {
        const { status, body: problem } = await api.request(path, { method: "POST", headers: json, body });
        expect(status, path).toBe(404);
        expect(problem.title, path).toBe("Not found");
      }
    }
    for (const path of ["/api/graph/", "/API/graph", "/api/Graph", "/api/nodes/sgrs/"]) expect((await api.get(path)).status, path).toBe(404);
    // The routes themselves still read their bodies.
    expect((await api.request("/api/views", { method: "POST", headers: json, body: malformed })).status).toBe(400);
    expect((await api.get("/api/graph")).status).toBe(200);
  });
});
