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
 * Writes through the importer by someone not cleared for part of the graph obey the rule
 * reads obey: a relationship is judged by itself and both its ends, and what the importer
 * may not see is never changed, rewired, deleted or named. Every answer that touched a
 * hidden id is on the record, and so is every dry run.
 */
let db: GraphDatabase;
let model: GraphModel;
let api: TestServer;
let scratch: string;

/** The hidden part: a SECRET node, and unmarked relationships that end at it. */
const INTEL = {
  nodes: [{ data: { id: "secret-cell", kind: "Service", nameFr: "Cellule secrète", classification: "SECRET" } }],
  edges: [
    { data: { id: "plain-to-secret", source: "sgrs", target: "secret-cell", type: "COOPERATES_WITH" } },
    { data: { id: "intel-hold", source: "secret-cell", target: "held-node", type: "COOPERATES_WITH" } },
  ],
};
/** A visible node of another source, held by the hidden-ended "intel-hold". */
const HELD = { nodes: [{ data: { id: "held-node", kind: "Service", nameFr: "Service tenu" } }], edges: [] };

beforeAll(async () => {
  ({ db, model } = await openSeededDatabase());
  scratch = mkdtempSync(path.join(tmpdir(), "import-hidden-writes-"));
  for (const [source, content] of [["held", HELD], ["intel", INTEL]] as const) {
    const file = path.join(scratch, `${source}.json`);
    writeFileSync(file, JSON.stringify(content));
    const loaded = await runImport(db, model, [{ path: file, name: `${source}.json` }], {
      mode: "merge", source, dryRun: false, user: "tests", maxElements: 100, timeoutMs: 60_000,
    });
    expect(loaded.status, JSON.stringify(loaded.errors)).toBe("imported");
  }
  api = await startTestServer({ db, model });
});
afterAll(async () => {
  await api?.close();
  await restoreSeedAndClose(db, model);
  rmSync(scratch, { recursive: true, force: true });
});

const post = (client: TestClient, query: string, body: unknown) => client.request(`/api/imports?wait=true&${query}`, {
  method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
});
const restrictedUser = async () => {
  const user = await createTestUser(db, { role: "data", clearance: "RESTRICTED" });
  return { ...user, client: api.as(user.token) };
};
async function events(actor: string, action: AuditEvent["action"]): Promise<AuditEvent[]> {
  return (await listAuditEvents(db.forViewer(CLEARED_VIEWER), { actor, action, limit: 50 })).events;
}
const NAMES_HIDDEN = /secret-cell|plain-to-secret|intel-hold|SECRET|Cellule|"intel"/;

describe("a relationship is judged by itself and both its ends", () => {
  it("refuses to rewire an unmarked relationship whose stored end is hidden, in the words any taken id gets", async () => {
    const { client } = await restrictedUser();
    const before = await snapshotGraph(db);
    const rewire = { nodes: [], edges: [{ data: { id: "plain-to-secret", source: "sgrs", target: "nato", type: "COOPERATES_WITH" } }] };
    for (const query of ["source=staff", "source=staff&dryRun=true"]) {
      const { status, body } = await post(client, query, rewire);
      expect(status, query).toBe(422);
      expect(body.errors).toEqual([
        expect.objectContaining({ field: "id", message: 'id "plain-to-secret" is already in use in the database' }),
      ]);
      // The id the importer gave comes back in the refusal; nothing else of the hidden element does.
      expect(JSON.stringify(body).replaceAll("plain-to-secret", "")).not.toMatch(NAMES_HIDDEN);
    }
    expect(await snapshotGraph(db)).toEqual(before);
  });

  it("refuses to rewire a visible relationship onto a hidden node, as onto a node that does not exist", async () => {
    const { client } = await restrictedUser();
    const tie = (target: string) => ({ nodes: [], edges: [{ data: { id: "sgrs--cooperates-with--nato", source: "sgrs", target, type: "COOPERATES_WITH" } }] });
    const onto = (target: string) => post(client, "dryRun=true", tie(target));
    const hidden = await onto("secret-cell");
    const missing = await onto("no-such-node");
    expect(hidden.status).toBe(422);
    expect(hidden.body.errors.map((e: { message: string }) => e.message.replace("secret-cell", "ID")))
      .toEqual(missing.body.errors.map((e: { message: string }) => e.message.replace("no-such-node", "ID")));
  });
});

describe("a replace by someone not cleared for part of its source", () => {
  it("neither lists nor deletes the source's relationships whose ends it may not see", async () => {
    const { client } = await restrictedUser();
    const before = await snapshotGraph(db);
    const dry = await post(client, "mode=replace&source=intel&dryRun=true", { nodes: [], edges: [] });
    expect(dry.status).toBe(200);
    expect(dry.body.deleted).toEqual({ nodes: 0, edges: 0 });
    expect(JSON.stringify(dry.body.changes)).not.toMatch(NAMES_HIDDEN);
    const real = await post(client, "mode=replace&source=intel", { nodes: [], edges: [] });
    expect(real.status).toBe(200);
    expect(real.body.deleted).toEqual({ nodes: 0, edges: 0 });
    expect(await snapshotGraph(db)).toEqual(before);

    const cleared = await post(api, "mode=replace&source=intel&dryRun=true", { nodes: [], edges: [] });
    expect(cleared.body.deleted).toEqual({ nodes: 1, edges: 2 });
  });

  it("refuses to delete a node still used by a relationship with a hidden end, naming nothing hidden", async () => {
    const { client } = await restrictedUser();
    const before = await snapshotGraph(db);
    for (const query of ["mode=replace&source=held&dryRun=true", "mode=replace&source=held"]) {
      const { status, body } = await post(client, query, { nodes: [], edges: [] });
      expect(status, query).toBe(422);
      expect(body.errors).toEqual([expect.objectContaining({
        message: 'node "held-node" is not in the files, so this replace would delete it, but it is still used by ' +
          "relationships outside this import; keep the node in the files",
      })]);
      expect(JSON.stringify(body)).not.toMatch(NAMES_HIDDEN);
    }
    expect(await snapshotGraph(db)).toEqual(before);
    const cleared = await post(api, "mode=replace&source=held&dryRun=true", { nodes: [], edges: [] });
    expect(cleared.body.errors[0].message).toContain('relationship "intel-hold" (COOPERATES_WITH) of source "intel"');
  });
});

describe("the audit of imports", () => {
  it("records a dry run as an import, with dryRun in its details", async () => {
    const { username, client } = await restrictedUser();
    const { status, body } = await post(client, "dryRun=true&source=trial", { nodes: [{ data: { id: "dry-new", kind: "Service", nameFr: "Essai" } }], edges: [] });
    expect(status).toBe(200);
    expect(await events(username, "data.import")).toEqual([expect.objectContaining({
      outcome: "success", target: "trial", details: expect.objectContaining({ importId: body.id, status: "dry-run", dryRun: true }),
    })]);
    expect(await events(username, "import.hidden-id")).toEqual([]);
  });

  it("records every answer that touched a hidden id, and flags a user whose imports do it three times in a day", async () => {
    const { username, client } = await restrictedUser();
    const probes = [
      { nodes: [{ data: { id: "secret-cell", kind: "Service", nameFr: "x" } }], edges: [] },
      { nodes: [], edges: [{ data: { id: "probe-1", source: "sgrs", target: "secret-cell", type: "COOPERATES_WITH" } }] },
      { nodes: [{ data: { id: "intel-hold", kind: "Service", nameFr: "x" } }], edges: [] },
    ];
    const touched = ["secret-cell", "secret-cell", "intel-hold"];
    for (const [i, probe] of probes.entries()) {
      expect((await post(client, i === 1 ? "source=probe" : "dryRun=true", probe)).status).toBe(422);
      const recorded = await events(username, "import.hidden-id");
      expect(recorded).toHaveLength(i + 1);
      expect(recorded[0]).toMatchObject({ outcome: "denied", details: { ids: [touched[i]], dryRun: i !== 1 } });
      expect(await events(username, "access.probing-suspected")).toHaveLength(i < 2 ? 0 : 1);
    }
    const [flag] = await events(username, "access.probing-suspected");
    expect(flag).toMatchObject({ target: username, outcome: "denied", details: { imports: 3 } });
    expect(JSON.stringify(flag)).not.toMatch(NAMES_HIDDEN);
    // The refused imports are on the record too, and they name no hidden id either.
    const imports = await events(username, "data.import");
    expect(imports).toHaveLength(3);
    expect(JSON.stringify(imports)).not.toMatch(NAMES_HIDDEN);
    // A fourth the same day is recorded, but the user is not flagged twice.
    await post(client, "dryRun=true", probes[0]);
    expect(await events(username, "import.hidden-id")).toHaveLength(4);
    expect(await events(username, "access.probing-suspected")).toHaveLength(1);
  });
});
