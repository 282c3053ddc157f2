import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphModel } from "../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../server/neo4j/database.ts";
import { emptyGraph, openTestDatabase, restoreSeedAndClose } from "../support/database.ts";
import { adjacency, bfsDistances } from "../support/reference.ts";
import { createTestUser, startTestServer, type TestClient, type TestServer } from "../support/server.ts";

/**
 * No silent limits: an answer that stops short says so. A small graph built for it:
 * - a chain c00 … c13 (13 hops, one past the paths search's limit of 12), with a SECRET
 *   shortcut c00 – shortcut – c13 only a cleared reader sees;
 * - two islands joined to nothing;
 * - a diamond, d-from to d-to through three middle entities (three shortest paths);
 * - a comb: a spine s00 … s29, each with a leaf (30 cut points beside the chain's 12);
 * - a fan: one hub with 210 leaves (what it cuts off, and its community, are longer than
 *   the lists go).
 */
const service = (id: string, marking: Record<string, unknown> = {}) => ({ data: { id, kind: "Service", nameFr: `Service ${id}`, ...marking } });
const link = (source: string, target: string) => ({ data: { id: `${source}--${target}`, source, target, type: "COOPERATES_WITH" } });
const two = (i: number) => String(i).padStart(2, "0");

const chain = Array.from({ length: 14 }, (_, i) => `c${two(i)}`);
const spine = Array.from({ length: 30 }, (_, i) => `s${two(i)}`);
const fanLeaves = Array.from({ length: 210 }, (_, i) => `f${String(i).padStart(3, "0")}`);
const middles = ["d-m1", "d-m2", "d-m3"];

const graph = {
  nodes: [
    ...chain.map((id) => service(id)),
    service("shortcut", { classification: "SECRET" }),
    service("island-a"), service("island-b"),
    service("d-from"), service("d-to"), ...middles.map((id) => service(id)),
    ...spine.map((id) => service(id)), ...spine.map((id) => service(`leaf-${id}`)),
    service("fan-hub"), ...fanLeaves.map((id) => service(id)),
  ],
  edges: [
    ...chain.slice(1).map((id, i) => link(chain[i]!, id)),
    link("c00", "shortcut"), link("shortcut", "c13"),
    ...middles.flatMap((m) => [link("d-from", m), link(m, "d-to")]),
    ...spine.slice(1).map((id, i) => link(spine[i]!, id)), ...spine.map((id) => link(id, `leaf-${id}`)),
    ...fanLeaves.map((id) => link("fan-hub", id)),
  ],
};

let db: GraphDatabase;
let model: GraphModel;
let api: TestServer;
/** An analyst cleared for UNCLASSIFIED only: the shortcut does not exist for them. */
let analyst: TestClient;

beforeAll(async () => {
  ({ db, model } = await openTestDatabase());
  await emptyGraph(db);
  api = await startTestServer({ db, model });
  const imported = await api.request("/api/imports?wait=true", {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(graph),
  });
  expect(imported.status).toBe(200);
  analyst = api.as((await createTestUser(db, { role: "analyst" })).token);
});
afterAll(async () => {
  await api?.close();
  await restoreSeedAndClose(db, model);
});

describe("GET /api/paths says when it stops short", () => {
  it("tells a pair 13 hops apart, past the 12-hop limit, from a pair not connected at all", async () => {
    const far = await analyst.get("/api/paths?from=c00&to=c13");
    expect(far.status).toBe(200);
    expect(far.body).toMatchObject({
      paths: [], length: null, connected: true, hopLimit: { maxHops: 12, reached: true, shortestHops: 13 }, truncated: false,
    });
    const apart = await analyst.get("/api/paths?from=island-a&to=island-b");
    expect(apart.body).toMatchObject({
      paths: [], length: null, connected: false, hopLimit: { maxHops: 12, reached: false, shortestHops: null },
    });
  });

  it("finds a pair within the limit as before, saying the limit hid nothing", async () => {
    const near = await analyst.get("/api/paths?from=c00&to=c12");
    expect(near.body).toMatchObject({ length: 12, connected: true, hopLimit: { maxHops: 12, reached: false }, truncated: false });
  });

  it("judges connection through what the reader may see, and never names the hidden shortcut", async () => {
    const cleared = await api.get("/api/paths?from=c00&to=c13");
    expect(cleared.body).toMatchObject({ length: 2, connected: true, hopLimit: { reached: false } });
    const hidden = await analyst.get("/api/paths?from=c00&to=c13");
    expect(JSON.stringify(hidden.body)).not.toContain("shortcut");
    // Without the chain's type, the two are not connected at all, whatever the hop limit.
    const typed = await analyst.get("/api/paths?from=c00&to=c13&types=ASSIGNS");
    expect(typed.body).toMatchObject({ connected: false, hopLimit: { reached: false, shortestHops: null } });
  });

  it("with k and maxHops, says the bound hid the paths, and how long the shortest is", async () => {
    const bounded = await analyst.get("/api/paths?from=c00&to=c05&k=2&maxHops=3");
    expect(bounded.body).toMatchObject({ paths: [], connected: true, hopLimit: { maxHops: 3, reached: true, shortestHops: 5 } });
    const unbounded = await analyst.get("/api/paths?from=c00&to=c05&k=2");
    expect(unbounded.body).toMatchObject({ length: 5, connected: true, hopLimit: null });
  });

  it("says when more shortest paths exist than the limit listed", async () => {
    const cut = await analyst.get("/api/paths?from=d-from&to=d-to&limit=2");
    expect(cut.body.paths).toHaveLength(2);
    expect(cut.body.truncated).toBe(true);
    const whole = await analyst.get("/api/paths?from=d-from&to=d-to&limit=3");
    expect(whole.body.paths).toHaveLength(3);
    expect(whole.body.truncated).toBe(false);
  });
});

async function run(client: TestClient, id: string, params: Record<string, unknown> = {}) {
  const { status, body } = await client.request(`/api/queries/${id}/run?lang=en`, {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ params }),
  });
  expect(status).toBe(200);
  return body;
}

/** What removing `node` cuts off, by brute force: everyone outside the largest piece left (ties: smallest id). */
function cutOffByBruteForce(node: string): string[] {
  const seenByAnalyst = (id: string) => id !== "shortcut";
  const nodes = graph.nodes.filter((n) => seenByAnalyst(n.data.id));
  const edges = graph.edges.filter((e) => seenByAnalyst(e.data.source) && seenByAnalyst(e.data.target));
  const component = new Set(bfsDistances(adjacency({ nodes, edges } as never), node).keys());
  const neighbours = adjacency({
    nodes: nodes.filter((n) => n.data.id !== node),
    edges: edges.filter((e) => e.data.source !== node && e.data.target !== node),
  } as never);
  const seen = new Set<string>();
  const pieces: string[][] = [];
  for (const start of component) {
    if (start === node || seen.has(start)) continue;
    const piece = [...bfsDistances(neighbours, start).keys()].sort();
    piece.forEach((id) => seen.add(id));
    pieces.push(piece);
  }
  pieces.sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  return pieces.slice(1).flat().sort();
}

describe("single points of failure and critical links say when they stop short", () => {
  it("name what every cut point cuts off, past the first 25 rows too, as brute force finds it", async () => {
    const body = await run(analyst, "single-points-of-failure");
    expect(body.rows).toHaveLength(43);
    expect(body).toMatchObject({ truncated: false, findingsInAll: 43, cutOffListed: { atMost: 100, rowsCut: 1 } });
    for (const row of body.rows as { id: string; cutOffSize: number; cutOff: string[] }[]) {
      const expected = cutOffByBruteForce(row.id);
      expect(row.cutOffSize).toBe(expected.length);
      if (expected.length <= 100) expect(row.cutOff).toEqual(expected);
      else expect(row.cutOff).toHaveLength(100);
    }
    expect(JSON.stringify(body)).not.toContain("shortcut");
  });

  it("say in the answer and the summary when the limit kept fewer findings, and when a list is partial", async () => {
    const body = await run(analyst, "single-points-of-failure", { limit: 10 });
    expect(body).toMatchObject({ truncated: true, findingsInAll: 43 });
    expect(body.summary).toContain("(the 10 most damaging of 43 are listed)");
    expect(body.summary).toContain("each cut-off list names at most 100 entities, so 1 of them is partial");
    const french = (await analyst.request("/api/queries/single-points-of-failure/run?lang=fr", {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ params: { limit: 10 } }),
    })).body;
    expect(french.summary).toContain("(les 10 plus dommageables sur 43 sont listés)");
    expect(french.summary).toContain("en nomme au plus 100");
  });

  it("communities say when a member list names only part of a community", async () => {
    const body = await run(analyst, "communities");
    const rows = body.rows as { size: number; members: string[] }[];
    const fan = rows.find((row) => row.members.includes("fan-hub") || row.size > 200);
    expect(fan?.size).toBeGreaterThan(200);
    expect(fan?.members).toHaveLength(200);
    const partial = rows.filter((row) => row.members.length < row.size).length;
    expect(partial).toBeGreaterThan(0);
    expect(body.membersListed).toEqual({ atMost: 200, rowsCut: partial });
    expect(body.summary).toContain("each member list names at most 200 entities");
    expect(rows.every((row) => row.members.length === Math.min(row.size, 200))).toBe(true);
  });

  it("count every critical link past the limit", async () => {
    const all = await run(analyst, "critical-links", { limit: 1000 });
    expect(all).toMatchObject({ truncated: false, cutOffListed: { atMost: 100, rowsCut: 0 } });
    expect(all.findingsInAll).toBe(all.rows.length);
    const few = await run(analyst, "critical-links", { limit: 5 });
    expect(few).toMatchObject({ truncated: true, findingsInAll: all.rows.length });
    expect(few.rows).toHaveLength(5);
    expect(few.summary).toContain(`(the 5 most damaging of ${all.rows.length} are listed)`);
  });
});
