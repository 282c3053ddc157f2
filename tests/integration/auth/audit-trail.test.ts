import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "../../../server/audit/audit-log.ts";
import type { AuditEvent } from "../../../contract/audit.ts";
import type { GraphModel } from "../../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { openSeededDatabase, restoreSeedAndClose } from "../../support/database.ts";
import { createTestUser, startTestServer, type TestServer } from "../../support/server.ts";
import { CLEARED_VIEWER } from "../../support/viewer.ts";

/**
 * Every sensitive action is on the record by the time its answer arrives: canned-query
 * runs, imports (carried out, refused), exports, marking changes and saved views; and
 * the record says who did it.
 */
let db: GraphDatabase;
let model: GraphModel;
let api: TestServer;

beforeAll(async () => {
  ({ db, model } = await openSeededDatabase());
  api = await startTestServer({ db, model });
});

afterAll(async () => {
  await api?.close();
  await restoreSeedAndClose(db, model);
});

const json = { "content-type": "application/json" };

async function lastEvent(actor: string, action: AuditEvent["action"]): Promise<AuditEvent | undefined> {
  return (await listAuditEvents(db.forViewer(CLEARED_VIEWER), { actor, action, limit: 1 })).events[0];
}

describe("the audit trail", () => {
  it("records a canned-query run before answering it", async () => {
    const analyst = await createTestUser(db, { role: "analyst" });
    const { status } = await api.request("/api/queries/brokers/run", {
      method: "POST", headers: json, body: JSON.stringify({ params: {} }), token: analyst.token,
    });
    expect(status).toBe(200);
    expect(await lastEvent(analyst.username, "query.run")).toMatchObject({ target: "brokers", outcome: "success" });
  });

  it("records a read of marked data, with the marking and the reader's address, and not an unmarked one", async () => {
    const admin = await createTestUser(db, { role: "admin", clearance: "SECRET" });
    const reader = await createTestUser(db, { role: "analyst", clearance: "SECRET" });
    const marked = await api.request("/api/markings/vsse", {
      method: "PUT", headers: json, body: JSON.stringify({ classification: "SECRET", caveats: [] }), token: admin.token,
    });
    expect(marked.status).toBe(200);
    expect((await api.request("/api/nodes/vsse", { token: reader.token })).status).toBe(200);
    expect(await lastEvent(reader.username, "data.read-marked")).toMatchObject({
      target: "node vsse", outcome: "success", details: { classification: "SECRET", caveats: [], ip: expect.any(String) },
    });
    const unmarked = await createTestUser(db, { role: "analyst", clearance: "SECRET" });
    expect((await api.request("/api/search?q=zzzz-nothing", { token: unmarked.token })).status).toBe(200);
    expect(await lastEvent(unmarked.username, "data.read-marked")).toBeUndefined();
  });

  it("records an import with who ran it, in the import's transaction, and a refused one too", async () => {
    const data = await createTestUser(db, { role: "data" });
    const element = { data: { id: "audited-threat", kind: "Threat", nameFr: "menace", nameNl: "dreiging", nameEn: "threat" } };
    const done = await api.request("/api/imports?wait=true&source=audit-test", {
      method: "POST", headers: json, body: JSON.stringify({ nodes: [element], edges: [] }), token: data.token,
    });
    expect(done.status).toBe(200);
    expect(done.body.user).toBe(data.username);
    expect(await lastEvent(data.username, "data.import")).toMatchObject({
      target: "audit-test", outcome: "success", details: { importId: done.body.id, status: "imported" },
    });
    const history = await api.get("/api/imports?limit=500");
    expect(history.body.imports.find((run: { id: string }) => run.id === done.body.id)).toMatchObject({ user: data.username });

    const refused = await api.request("/api/imports?wait=true", {
      method: "POST", headers: json, body: JSON.stringify({ nodes: [{ data: { id: "x", kind: "Nothing" } }], edges: [] }),
      token: data.token,
    });
    expect(refused.status).toBe(422);
    expect(await lastEvent(data.username, "data.import")).toMatchObject({
      outcome: "failure", details: { importId: refused.body.id, status: "rejected" },
    });
  });

  it("refuses, over HTTP, an import of elements marked above the importer's clearance, and records the refusal", async () => {
    const data = await createTestUser(db, { role: "data", clearance: "RESTRICTED" });
    const secret = { data: { id: "secret-threat", kind: "Threat", nameFr: "m", nameNl: "d", nameEn: "t", classification: "SECRET" } };
    const refused = await api.request("/api/imports?wait=true", {
      method: "POST", headers: json, body: JSON.stringify({ nodes: [secret], edges: [] }), token: data.token,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({ field: "classification" });
    expect(refused.body.errors[0].message).toMatch(/above your clearance/);
    expect(await lastEvent(data.username, "data.import")).toMatchObject({ outcome: "failure", details: { status: "rejected" } });
  });

  it("records an export before its first byte", async () => {
    const data = await createTestUser(db, { role: "data" });
    const { status } = await api.request("/api/export?format=graphml", { token: data.token });
    expect(status).toBe(200);
    expect(await lastEvent(data.username, "data.export")).toMatchObject({ target: "graphml", outcome: "success" });
  });
});

describe("PUT /api/markings/:id", () => {
  it("lets an admin mark an entity and a relationship, on the record with the marking before, bumping the version", async () => {
    const admin = await createTestUser(db, { role: "admin", clearance: "SECRET", caveats: ["REL NATO"] });
    const versionBefore = (await api.get("/api/ready")).body.graphVersion;
    const node = await api.request("/api/markings/sgrs", {
      method: "PUT", headers: json, body: JSON.stringify({ classification: "CONFIDENTIAL", caveats: ["rel  nato"] }),
      token: admin.token,
    });
    expect(node.status).toBe(200);
    expect(node.body).toEqual({ id: "sgrs", element: "node", classification: "CONFIDENTIAL", caveats: ["REL NATO"] });
    expect((await api.get("/api/ready")).body.graphVersion).toBeGreaterThan(versionBefore);
    expect(await lastEvent(admin.username, "marking.change")).toMatchObject({
      target: "sgrs",
      details: { element: "node", before: { classification: "UNCLASSIFIED", caveats: [] }, after: { classification: "CONFIDENTIAL" } },
    });
    const edgeId = (await api.get("/api/graph")).body.edges[0].data.id;
    const edge = await api.request(`/api/markings/${encodeURIComponent(edgeId)}`, {
      method: "PUT", headers: json, body: JSON.stringify({ classification: "RESTRICTED" }), token: admin.token,
    });
    expect(edge.body).toMatchObject({ id: edgeId, element: "relationship", classification: "RESTRICTED", caveats: [] });
    const back = await api.request("/api/markings/sgrs", {
      method: "PUT", headers: json, body: JSON.stringify({ classification: "UNCLASSIFIED" }), token: admin.token,
    });
    expect(back.status).toBe(200);
    expect((await lastEvent(admin.username, "marking.change"))?.details.before).toEqual({ classification: "CONFIDENTIAL", caveats: ["REL NATO"] });
  });

  it("answers 404 for an unknown id and 403 to data staff", async () => {
    const unknown = await api.request("/api/markings/atlantis", {
      method: "PUT", headers: json, body: JSON.stringify({ classification: "SECRET" }),
    });
    expect(unknown.status).toBe(404);
    const data = await createTestUser(db, { role: "data" });
    const refused = await api.request("/api/markings/sgrs", {
      method: "PUT", headers: json, body: JSON.stringify({ classification: "SECRET" }), token: data.token,
    });
    expect(refused.status).toBe(403);
  });
});

describe("saved views", () => {
  it("are saved by managers, listed to their owner (and to all when shared), deleted by their owner or an admin", async () => {
    const owner = await createTestUser(db, { role: "manager" });
    const other = await createTestUser(db, { role: "analyst" });
    const save = (body: object, token: string) => api.request("/api/views", { method: "POST", headers: json, body: JSON.stringify(body), token });
    const mine = await save({ name: "Services only", url: "?kinds=Service", shared: false }, owner.token);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ name: "Services only", url: "?kinds=Service", shared: false, owner: owner.username });
    const shared = await save({ name: "Everything in Dutch", url: "?lang=nl", shared: true }, owner.token);
    expect((await save({ name: "x", url: "?a=1" }, other.token)).status).toBe(403);
    expect((await save({ name: "bad", url: "https://evil.example.com/" }, owner.token)).status).toBe(400);

    const ownList = (await api.get("/api/views", { token: owner.token })).body.views.map((view: { id: string }) => view.id);
    expect(ownList).toEqual(expect.arrayContaining([mine.body.id, shared.body.id]));
    const otherList = (await api.get("/api/views", { token: other.token })).body.views.map((view: { id: string }) => view.id);
    expect(otherList).toContain(shared.body.id);
    expect(otherList).not.toContain(mine.body.id);

    expect((await api.request(`/api/views/${shared.body.id}`, { method: "DELETE", token: other.token })).status).toBe(403);
    expect((await api.request(`/api/views/${mine.body.id}`, { method: "DELETE", token: owner.token })).status).toBe(200);
    expect((await api.request(`/api/views/${shared.body.id}`, { method: "DELETE" })).status).toBe(200);
    expect((await api.request(`/api/views/${shared.body.id}`, { method: "DELETE" })).status).toBe(404);
    expect(await lastEvent(owner.username, "view.create")).toMatchObject({ outcome: "success" });
    expect(await lastEvent(api.admin.username, "view.delete")).toMatchObject({ target: shared.body.id });
  });
});
