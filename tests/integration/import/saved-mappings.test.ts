import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditEvent } from "../../../contract/audit.ts";
import { listAuditEvents } from "../../../server/audit/audit-log.ts";
import type { GraphModel } from "../../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { openTestDatabase } from "../../support/database.ts";
import { createTestUser, startTestServer, type TestClient, type TestServer } from "../../support/server.ts";
import { CLEARED_VIEWER } from "../../support/viewer.ts";

let db: GraphDatabase;
let model: GraphModel;
let api: TestServer;
let staff: TestClient;
let staffName: string;

beforeAll(async () => {
  ({ db, model } = await openTestDatabase());
  api = await startTestServer({ db, model });
  const user = await createTestUser(db, { role: "data" });
  staff = api.as(user.token);
  staffName = user.username;
});
afterAll(async () => {
  await db.query("import/mapping-delete", { name: "karate" }, "WRITE");
  await api.close();
  await db.close();
});

const put = (name: string, body: unknown, client: TestClient = staff) => client.request(`/api/mappings/${encodeURIComponent(name)}`, {
  method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
});

const karate = {
  nodes: { kind: { from: "club", values: { "Mr. Hi": "Service", Officer: "Partner" } }, id: { prefix: "karate-" }, properties: { nameFr: "@id", note: { value: "karate" } } },
  edges: { type: "COOPERATES_WITH", undirected: true },
};

async function lastEvent(actor: string, action: AuditEvent["action"]): Promise<AuditEvent | undefined> {
  return (await listAuditEvents(db.forViewer(CLEARED_VIEWER), { actor, action, limit: 1 })).events[0];
}

describe("saved mappings", () => {
  it("keeps a mapping by name, lists it with who saved it, replaces it under the same name and deletes it, auditing each change", async () => {
    const saved = await put("karate", karate);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ name: "karate", mapping: karate, savedBy: staffName });
    expect(Date.parse(saved.body.savedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await staff.get("/api/mappings")).body.mappings).toContainEqual(saved.body);
    expect(await lastEvent(staffName, "mapping.save")).toMatchObject({ target: "karate", outcome: "success" });

    const changed = { ...karate, edges: { type: "MEETS_INFORMALLY" } };
    await put("karate", changed);
    const listed = (await api.get("/api/mappings")).body.mappings.filter((m: { name: string }) => m.name === "karate");
    expect(listed.map((m: { mapping: unknown }) => m.mapping)).toEqual([changed]);

    expect((await staff.request("/api/mappings/karate", { method: "DELETE" })).body).toEqual({ deleted: "karate" });
    expect(await lastEvent(staffName, "mapping.delete")).toMatchObject({ target: "karate", outcome: "success" });
    expect((await staff.get("/api/mappings")).body.mappings.map((m: { name: string }) => m.name)).not.toContain("karate");
    expect((await staff.request("/api/mappings/karate", { method: "DELETE" })).status).toBe(404);
  });

  it("refuses a body that is not a mapping, naming each bad path", async () => {
    const { status, type, body } = await put("bad", { nodes: { kind: 3, fromEdges: "yes" }, extra: 1 });
    expect(status).toBe(400);
    expect(type).toMatch(/problem\+json/);
    const paths = body.errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(["nodes.kind", "nodes.fromEdges"]));
    expect(paths.some((p: string) => p === "(body)" || p === "")).toBe(true);
    expect((await api.get("/api/mappings")).body.mappings.map((m: { name: string }) => m.name)).not.toContain("bad");
  });

  it("refuses kinds, types and properties the model lacks, listing the allowed ones", async () => {
    const { status, body } = await put("wrong", {
      nodes: { kind: { from: "club", values: { a: "Spy" }, default: "Service" }, properties: { fullName: "label" } },
      edges: { type: "KNOWS" },
    });
    expect(status).toBe(400);
    const byPath = Object.fromEntries(body.errors.map((error: { path: string; message: string }) => [error.path, error.message]));
    expect(Object.keys(byPath).sort()).toEqual(["edges.type", "nodes.kind.values.a", "nodes.properties.fullName"]);
    expect(byPath["nodes.kind.values.a"]).toContain(model.kindIds.join(", "));
    expect(byPath["edges.type"]).toContain("COOPERATES_WITH");
    expect(byPath["nodes.properties.fullName"]).toContain("nameFr");
  });

  it("refuses a name outside the allowed characters", async () => {
    const { status, body } = await put("../etc", karate);
    expect(status).toBe(400);
    expect(body.errors[0].path).toBe("name");
    expect((await put("a;b", karate)).status).toBe(400);
  });

  it("is for data staff and admins only", async () => {
    const analyst = api.as((await createTestUser(db, { role: "analyst" })).token);
    const manager = api.as((await createTestUser(db, { role: "manager" })).token);
    for (const client of [analyst, manager]) {
      expect((await client.get("/api/mappings")).status).toBe(403);
      expect((await put("karate", karate, client)).status).toBe(403);
      expect((await client.request("/api/mappings/karate", { method: "DELETE" })).status).toBe(403);
    }
    expect((await api.as(null).get("/api/mappings")).status).toBe(401);
    expect((await put("karate", karate, api)).status).toBe(200);
  });
});
