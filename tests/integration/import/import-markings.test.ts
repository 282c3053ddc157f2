import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "../../../server/audit/audit-log.ts";
import { CLEARED_VIEWER } from "../../support/viewer.ts";
import type { AuditEvent } from "../../../contract/audit.ts";
import { runImport } from "../../../server/import/run-import.ts";
import type { GraphModel } from "../../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { openSeededDatabase, restoreSeedAndClose } from "../../support/database.ts";
import { snapshotGraph } from "../../support/graph-snapshot.ts";
import { createTestUser, startTestServer, type TestClient, type TestServer } from "../../support/server.ts";

/**
 * Markings change through an import only on purpose: left out of the files they stay as
 * stored, lowered they are refused unless an admin cleared for both does it, and every
 * change of a marking is on the record. An import's report is marked by what it names.
 */
let db: GraphDatabase;
let model: GraphModel;
let api: TestServer;
let scratch: string;
let data: { username: string; client: TestClient };
let admin: { username: string; client: TestClient };

const service = (id: string, extra: Record<string, unknown> = {}) => ({ data: { id, kind: "Service", nameFr: `Service ${id}`, ...extra } });

beforeAll(async () => {
  ({ db, model } = await openSeededDatabase());
  scratch = mkdtempSync(path.join(tmpdir(), "import-markings-"));
  const file = path.join(scratch, "marked.json");
  writeFileSync(file, JSON.stringify({
    nodes: [
      service("kept-level", { classification: "RESTRICTED" }),
      service("kept-caveats", { classification: "RESTRICTED", caveats: "REL EU;REL NATO" }),
      service("to-lower", { classification: "RESTRICTED" }),
      service("to-raise"),
    ],
    edges: [],
  }));
  const loaded = await runImport(db, model, [{ path: file, name: "marked.json" }], {
    mode: "merge", source: "marked", dryRun: false, user: "tests", maxElements: 100, timeoutMs: 60_000,
  });
  expect(loaded.status, JSON.stringify(loaded.errors)).toBe("imported");
  api = await startTestServer({ db, model });
  const clearance = { clearance: "RESTRICTED" as const, caveats: ["REL EU", "REL NATO"] };
  const dataUser = await createTestUser(db, { role: "data", ...clearance });
  const adminUser = await createTestUser(db, { role: "admin", ...clearance });
  data = { username: dataUser.username, client: api.as(dataUser.token) };
  admin = { username: adminUser.username, client: api.as(adminUser.token) };
});
afterAll(async () => {
  await api?.close();
  await restoreSeedAndClose(db, model);
  rmSync(scratch, { recursive: true, force: true });
});

const post = (client: TestClient, query: string, nodes: unknown[], edges: unknown[] = []) =>
  client.request(`/api/imports?wait=true&source=marked&${query}`, {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ nodes, edges }),
  });
const stored = async (id: string) => (await api.get(`/api/nodes/${id}`)).body.data as Record<string, unknown>;
async function markingChanges(actor: string): Promise<AuditEvent[]> {
  return (await listAuditEvents(db.forViewer(CLEARED_VIEWER), { actor, action: "marking.change", limit: 50 })).events;
}

describe("an import that leaves a marking out", () => {
  it("keeps the stored classification and caveats", async () => {
    const { status, body } = await post(data.client, "", [
      service("kept-level", { nameFr: "Renommé" }), service("kept-caveats", { nameFr: "Renommé aussi" }),
    ]);
    expect(status, JSON.stringify(body.errors)).toBe(200);
    expect(body.changes.updated.map((change: { fields: string[] }) => change.fields)).toEqual([["nameFr"], ["nameFr"]]);
    expect(await stored("kept-level")).toMatchObject({ nameFr: "Renommé", classification: "RESTRICTED" });
    expect(await stored("kept-caveats")).toMatchObject({ classification: "RESTRICTED", caveats: "REL EU;REL NATO" });
    expect(await markingChanges(data.username)).toEqual([]);
  });
});

describe("an import that lowers a marking", () => {
  it("is refused for a data user, naming the row and the field, and changes nothing", async () => {
    const before = await snapshotGraph(db);
    for (const query of ["dryRun=true", ""]) {
      const { status, body } = await post(data.client, query, [
        service("to-lower", { classification: "UNCLASSIFIED" }),
        service("kept-caveats", { classification: "RESTRICTED", caveats: "REL NATO" }),
      ]);
      expect(status, query).toBe(422);
      expect(body.errors).toEqual([
        expect.objectContaining({ pointer: "nodes[0]", field: "classification", message: expect.stringContaining("would lower the stored classification RESTRICTED to UNCLASSIFIED") }),
        expect.objectContaining({ pointer: "nodes[1]", field: "caveats", message: expect.stringContaining("would remove the stored caveat REL EU") }),
      ]);
    }
    expect(await snapshotGraph(db)).toEqual(before);
  });

  it("is carried out for an admin cleared for both markings, and recorded as a marking change", async () => {
    const { status, body } = await post(admin.client, "", [service("to-lower", { classification: "UNCLASSIFIED" })]);
    expect(status, JSON.stringify(body.errors)).toBe(200);
    expect(await stored("to-lower")).toMatchObject({ classification: "UNCLASSIFIED" });
    expect(await markingChanges(admin.username)).toEqual([expect.objectContaining({
      target: "to-lower", outcome: "success",
      details: expect.objectContaining({
        element: "node", importId: body.id,
        before: { classification: "RESTRICTED", caveats: [] }, after: { classification: "UNCLASSIFIED", caveats: [] },
      }),
    })]);
  });
});

describe("an import that raises a marking within the importer's clearance", () => {
  it("is carried out and recorded as a marking change; a dry run records none", async () => {
    const raise = [service("to-raise", { classification: "RESTRICTED", caveats: "REL NATO" })];
    expect((await post(data.client, "dryRun=true", raise)).status).toBe(200);
    expect(await markingChanges(data.username)).toEqual([]);
    const { status, body } = await post(data.client, "", raise);
    expect(status, JSON.stringify(body.errors)).toBe(200);
    expect(await markingChanges(data.username)).toEqual([expect.objectContaining({
      target: "to-raise",
      details: expect.objectContaining({ before: { classification: "UNCLASSIFIED", caveats: [] }, after: { classification: "RESTRICTED", caveats: ["REL NATO"] } }),
    })]);
  });
});

describe("the report's marking", () => {
  it("covers every element the report names, as stored and as written, and both ends of relationships", async () => {
    const { status, body } = await post(data.client, "dryRun=true", [
      service("plain-new"), service("kept-caveats", { nameFr: "Encore" }),
    ], [{ data: { id: "tie-to-marked", source: "sgrs", target: "kept-caveats", type: "COOPERATES_WITH" } }]);
    expect(status, JSON.stringify(body.errors)).toBe(200);
    type Change = { id: string; marking: unknown };
    const byId: Record<string, Change> = Object.fromEntries([...body.changes.created, ...body.changes.updated].map((c: Change) => [c.id, c]));
    expect(byId["plain-new"]?.marking).toEqual({ classification: "UNCLASSIFIED", caveats: [] });
    expect(byId["kept-caveats"]?.marking).toEqual({ classification: "RESTRICTED", caveats: ["REL EU", "REL NATO"] });
    // An unmarked relationship is marked by its marked end.
    expect(byId["tie-to-marked"]?.marking).toEqual({ classification: "RESTRICTED", caveats: ["REL EU", "REL NATO"] });
    expect(body.marking).toEqual({ classification: "RESTRICTED", caveats: ["REL EU", "REL NATO"] });

    const plain = await post(data.client, "dryRun=true", [service("plain-only")]);
    expect(plain.body.marking).toEqual({ classification: "UNCLASSIFIED", caveats: [] });
  });
});
