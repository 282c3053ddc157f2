import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImport } from "../../../server/import/run-import.ts";
import type { GraphModel } from "../../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { openSeededDatabase, resetToSeed } from "../../support/database.ts";
import { snapshotGraph } from "../../support/graph-snapshot.ts";
import { createTestUser, startTestServer, type TestClient, type TestServer } from "../../support/server.ts";

/**
 * Imports by someone not cleared for part of the graph: what they may not see behaves,
 * for them, exactly like what is not there, and a replace never touches it.
 */
let db: GraphDatabase;
let model: GraphModel;
let api: TestServer;
let restricted: TestClient;
let scratch: string;

beforeAll(async () => {
  ({ db, model } = await openSeededDatabase());
  scratch = mkdtempSync(path.join(tmpdir(), "import-hidden-"));
  const file = path.join(scratch, "secret.json");
  writeFileSync(file, JSON.stringify({
    nodes: [{ data: { id: "hidden-cell", kind: "Service", nameFr: "Cellule cachée", classification: "SECRET" } }],
    edges: [{ data: { id: "hidden-tie", source: "hidden-cell", target: "sgrs", type: "COOPERATES_WITH", classification: "SECRET" } }],
  }));
  const loaded = await runImport(db, model, [{ path: file, name: "secret.json" }], {
    mode: "merge", source: "intel", dryRun: false, user: "tests", maxElements: 100, timeoutMs: 60_000,
  });
  expect(loaded.status).toBe("imported");
  api = await startTestServer({ db, model });
  restricted = api.as((await createTestUser(db, { role: "data", clearance: "RESTRICTED" })).token);
});
afterAll(async () => {
  await resetToSeed(db, model);
  await api.close();
  await db.close();
  rmSync(scratch, { recursive: true, force: true });
});

const post = (client: TestClient, query: string, body: unknown) => client.request(`/api/imports?wait=true&${query}`, {
  method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
});
const service = (id: string) => ({ data: { id, kind: "Service", nameFr: `Service ${id}` } });

describe("an import by someone not cleared for part of the graph", () => {
  it("refuses a hidden id in the words any taken id gets, naming nothing of the hidden element", async () => {
    const before = await snapshotGraph(db);
    const hidden = await post(restricted, "source=staff", { nodes: [service("hidden-cell")], edges: [] });
    const taken = await post(restricted, "source=staff", { nodes: [service("sgrs--participates-in--cns")], edges: [] });
    expect(hidden.status).toBe(422);
    expect(hidden.body.errors).toEqual([expect.objectContaining({ field: "id", message: 'id "hidden-cell" is already in use in the database' })]);
    expect(taken.body.errors[0].message).toBe('id "sgrs--participates-in--cns" is already in use in the database');
    expect(JSON.stringify(hidden.body)).not.toMatch(/SECRET|Cellule|intel|hidden-tie/);
    expect(await snapshotGraph(db)).toEqual(before);
  });

  it("answers a relationship to a hidden node exactly as one to a node that does not exist", async () => {
    const toHidden = await post(restricted, "dryRun=true", { nodes: [], edges: [{ data: { id: "x1", source: "sgrs", target: "hidden-cell", type: "COOPERATES_WITH" } }] });
    const toNothing = await post(restricted, "dryRun=true", { nodes: [], edges: [{ data: { id: "x1", source: "sgrs", target: "nothing-here", type: "COOPERATES_WITH" } }] });
    expect(toHidden.status).toBe(422);
    expect(toHidden.body.errors.map((e: { message: string }) => e.message.replace("hidden-cell", "ID")))
      .toEqual(toNothing.body.errors.map((e: { message: string }) => e.message.replace("nothing-here", "ID")));
  });

  it("leaves a source's hidden elements alone in replace mode, and does not name them", async () => {
    const { status, body } = await post(restricted, "dryRun=true&mode=replace&source=intel", { nodes: [], edges: [] });
    expect(status).toBe(200);
    expect(body.deleted).toEqual({ nodes: 0, edges: 0 });
    expect(JSON.stringify(body)).not.toMatch(/hidden-cell|hidden-tie/);
    const cleared = await post(api, "dryRun=true&mode=replace&source=intel", { nodes: [], edges: [] });
    expect(cleared.body.deleted).toEqual({ nodes: 1, edges: 1 });
  });
});
