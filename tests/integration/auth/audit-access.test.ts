import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordNow } from "../../../server/audit/audit-log.ts";
import type { GraphModel } from "../../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { openSeededDatabase, restoreSeedAndClose } from "../../support/database.ts";
import { createTestUser, startTestServer, type TestServer } from "../../support/server.ts";

/**
 * An admin's role never overrides their clearance: on the marking route (an element the
 * admin may not see answers exactly as a missing one, and no marking above their own
 * clearance can be set) and in the audit trail (an event is marked by what it names, and
 * read through the same rule as the graph).
 */
let db: GraphDatabase;
let model: GraphModel;
let api: TestServer;
const admins = {} as Record<"unclassified" | "secret" | "secretNato", string>;
/** Seed elements: a node made SECRET, an edge made SECRET, an unmarked edge with the SECRET node as an end, a visible node. */
const seed = {} as Record<"hiddenNode" | "hiddenEdge" | "edgeToHidden" | "visibleNode", string>;

const json = { "content-type": "application/json" };

beforeAll(async () => {
  ({ db, model } = await openSeededDatabase());
  api = await startTestServer({ db, model });
  admins.unclassified = (await createTestUser(db, { role: "admin", clearance: "UNCLASSIFIED" })).token;
  admins.secret = (await createTestUser(db, { role: "admin", clearance: "SECRET" })).token;
  admins.secretNato = (await createTestUser(db, { role: "admin", clearance: "SECRET", caveats: ["REL NATO"] })).token;

  const edges: { data: { id: string; source: string; target: string } }[] = (await api.get("/api/graph")).body.edges;
  const edgeToHidden = edges[0]!.data;
  seed.hiddenNode = edgeToHidden.source;
  seed.edgeToHidden = edgeToHidden.id;
  const apart = edges.find(({ data }) => ![data.source, data.target].includes(seed.hiddenNode))!.data;
  seed.hiddenEdge = apart.id;
  seed.visibleNode = apart.source;
  for (const id of [seed.hiddenNode, seed.hiddenEdge]) {
    expect((await mark(id, { classification: "SECRET" }, api.admin.token)).status).toBe(200);
  }
});

afterAll(async () => {
  await api?.close();
  await restoreSeedAndClose(db, model);
});

function mark(id: string, body: object, token: string) {
  return api.request(`/api/markings/${encodeURIComponent(id)}`, { method: "PUT", headers: json, body: JSON.stringify(body), token });
}

/** A problem answer with the id it names replaced, so answers about different ids compare equal. */
function problemAbout(id: string, response: { status: number; body: unknown }) {
  return { status: response.status, body: JSON.parse(JSON.stringify(response.body).replaceAll(encodeURIComponent(id), "ID").replaceAll(id, "ID")) };
}

async function storedMarking(id: string) {
  const [row] = await db.query("explore/nodes-by-ids", { ids: [id] });
  const props = row?.props as { classification?: string } | undefined;
  return props ? { classification: props.classification ?? null } : undefined;
}

describe("PUT /api/markings/:id for an admin who may not see the element", () => {
  it("answers a hidden node, a hidden relationship and a relationship with a hidden end exactly as a missing id, and changes nothing", async () => {
    const missing = problemAbout("no-such-element", await mark("no-such-element", { classification: "UNCLASSIFIED" }, admins.unclassified));
    expect(missing.status).toBe(404);
    for (const id of [seed.hiddenNode, seed.hiddenEdge, seed.edgeToHidden]) {
      expect(problemAbout(id, await mark(id, { classification: "UNCLASSIFIED" }, admins.unclassified)), id).toEqual(missing);
    }
    expect(await storedMarking(seed.hiddenNode)).toEqual({ classification: "SECRET" });
    const edge = await api.get(`/api/graph`);
    expect(edge.body.edges.find((e: { data: { id: string } }) => e.data.id === seed.hiddenEdge).data.classification).toBe("SECRET");
  });

  it("lets an admin cleared for the element and both markings change it", async () => {
    expect((await mark(seed.hiddenNode, { classification: "CONFIDENTIAL" }, admins.secret)).status).toBe(200);
    expect((await mark(seed.hiddenNode, { classification: "SECRET" }, admins.secret)).status).toBe(200);
  });

  it("refuses a marking above the admin's own clearance, the same way whatever the element", async () => {
    const before = await storedMarking(seed.visibleNode);
    const above = await mark(seed.visibleNode, { classification: "RESTRICTED" }, admins.unclassified);
    expect(above.status).toBe(403);
    expect(above.body.detail).toMatch(/within your own clearance/);
    for (const id of [seed.hiddenNode, "no-such-element"]) {
      expect(problemAbout(id, await mark(id, { classification: "RESTRICTED" }, admins.unclassified))).toEqual(problemAbout(seed.visibleNode, above));
    }
    // A caveat the admin does not hold is above their clearance too.
    expect((await mark(seed.visibleNode, { classification: "SECRET", caveats: ["REL NATO"] }, admins.secret)).status).toBe(403);
    expect(await storedMarking(seed.visibleNode)).toEqual(before);
  });
});

describe("the audit trail for admins of each clearance", () => {
  const actor = `audit-access-${Date.now()}`;
  const marked = [
    { name: "plain", marking: {} },
    { name: "secret", marking: { classification: "SECRET" } },
    { name: "nato", marking: { classification: "RESTRICTED", caveats: ["REL NATO"] } },
  ];
  const expected = { unclassified: ["plain"], secret: ["plain", "secret"], secretNato: ["plain", "secret", "nato"] };

  beforeAll(async () => {
    for (const { name, marking } of marked) {
      await recordNow(db, { actor, action: "query.run", target: name, outcome: "success", marking });
    }
  });

  it("lists only the events within the admin's clearance and caveats", async () => {
    for (const [admin, names] of Object.entries(expected)) {
      const { status, body } = await api.get(`/api/audit?actor=${actor}`, { token: admins[admin as keyof typeof admins] });
      expect(status).toBe(200);
      expect(body.events.map((event: { target: string }) => event.target).sort(), admin).toEqual([...names].sort());
    }
    const { body } = await api.get(`/api/audit?actor=${actor}`, { token: admins.secretNato });
    expect(body.events.find((event: { target: string }) => event.target === "nato").marking)
      .toEqual({ classification: "RESTRICTED", caveats: ["REL NATO"] });
  });

  it("exports only the events within the admin's clearance and caveats", async () => {
    for (const [admin, names] of Object.entries(expected)) {
      const { status, body } = await api.request(`/api/audit/export?actor=${actor}`, { token: admins[admin as keyof typeof admins] });
      expect(status).toBe(200);
      const targets = String(body).trim().split("\n").map((line) => JSON.parse(line).target);
      expect(targets.sort(), admin).toEqual([...names].sort());
    }
  });

  it("hides the change of a marking the admin may not see, and its target, from an admin not cleared for it", async () => {
    const seen = async (token: string) => (await api.get("/api/audit?action=marking.change&limit=1000", { token })).body.events
      .map((event: { target: string }) => event.target);
    expect(await seen(admins.secret)).toContain(seed.hiddenNode);
    const unclassified = await seen(admins.unclassified);
    expect(unclassified).not.toContain(seed.hiddenNode);
    expect(unclassified).not.toContain(seed.hiddenEdge);
  });

  it("marks a canned-query run and an export with the marking of their answer", async () => {
    const analyst = await createTestUser(db, { role: "data", clearance: "SECRET" });
    expect((await api.request("/api/queries/brokers/run", { method: "POST", headers: json, body: "{}", token: analyst.token })).status).toBe(200);
    expect((await api.request("/api/export?format=json", { token: analyst.token })).status).toBe(200);
    const events = (await api.get(`/api/audit?actor=${analyst.username}`, { token: admins.secret })).body.events;
    for (const action of ["query.run", "data.export"]) {
      expect(events.find((event: { action: string }) => event.action === action)?.marking, action).toMatchObject({ classification: "SECRET" });
    }
    const hidden = (await api.get(`/api/audit?actor=${analyst.username}`, { token: admins.unclassified })).body.events;
    expect(hidden.map((event: { action: string }) => event.action)).not.toContain("query.run");
  });
});

describe("GET /api/audit/verify", () => {
  it("tells an admin the chain is whole, is on the record itself, and is for admins only", async () => {
    const { status, body } = await api.get("/api/audit/verify", { token: admins.unclassified });
    expect(status).toBe(200);
    expect(body).toEqual({ whole: true, events: expect.any(Number) });
    expect(body.events).toBeGreaterThan(0);
    const events = (await api.get("/api/audit?action=audit.verify&limit=5", { token: admins.unclassified })).body.events;
    expect(events[0]).toMatchObject({ outcome: "success", details: { whole: true } });
    const analyst = await createTestUser(db, { role: "analyst", clearance: "SECRET" });
    expect((await api.get("/api/audit/verify", { token: analyst.token })).status).toBe(403);
  });
});
