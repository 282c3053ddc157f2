import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Elements } from "../../../server/graph/elements.ts";
import { adjacency, bfsDistances } from "../../support/reference.ts";
import { startSeededApp, type SeededApp } from "../../support/seeded-app.ts";
import { createTestUser, type TestClient } from "../../support/server.ts";

/**
 * Leak tests: a SECRET entity, a SECRET relationship and a REL NATO entity, linked into the
 * seed, never reach a RESTRICTED analyst through any route, not even as a count, a
 * shorter path or an error text. The strongest form of "cannot be inferred": each answer
 * the analyst gets with the marked elements present equals the answer the analyst got
 * before they were added.
 */
let app: SeededApp;
let analyst: TestClient;
let cleared: TestClient;
let start: string;
let far: string;
let other: string;
let baseline: Map<string, unknown>;
let queryIds: string[];

const HIDDEN_TEXT = ["zephyr-cell", "Zephyr", "Zéphyr", "zephyr-link", "secret-link", "borealis-desk", "Borealis", "borealis-feed"];

const service = (id: string, extra: Record<string, unknown>) => ({ data: { id, kind: "Service", ...extra } });
const edge = (id: string, source: string, target: string, type: string, extra: Record<string, unknown> = {}) =>
  ({ data: { id, source, target, type, ...extra } });

/** Every read route, with the requests an analyst could make; ids chosen from the seed once known. */
function reads(): [string, string, unknown?][] {
  return [
    ["graph", "/api/graph"],
    ["graph as of", "/api/graph?asOf=2020-01-01"],
    ["node", `/api/nodes/${start}`],
    ["node far", `/api/nodes/${far}`],
    ["neighbourhood", `/api/nodes/${start}/neighbourhood?depth=3&limit=2000`],
    ["neighbourhood far", `/api/nodes/${far}/neighbourhood?depth=2`],
    ["search by name", "/api/search?q=zephyr&limit=100"],
    ["search by acronym", "/api/search?q=ZC&limit=100"],
    ["search other", "/api/search?q=borealis&limit=100"],
    ["search common", "/api/search?q=service&limit=100"],
    ["paths through the hidden entity", `/api/paths?from=${start}&to=${far}`],
    ["paths through the hidden relationship", `/api/paths?from=${start}&to=${other}`],
    ["k paths", `/api/paths?from=${start}&to=${far}&k=5`],
    ["data quality", "/api/data-quality?limit=1000"],
    ["export json", "/api/export?format=json"],
    ["export graphml", "/api/export?format=graphml"],
    ["export csv nodes", "/api/export?format=csv&part=nodes"],
    ["export csv relationships", "/api/export?format=csv&part=relationships"],
    ["what-if", "/api/what-if", { removeNodes: [start] }],
    ["what-if far", "/api/what-if", { removeNodes: [far] }],
    ...queryIds.map((id): [string, string, unknown] => [`query ${id}`, `/api/queries/${id}/run`, { params: {} }]),
    ["query redundancy far", "/api/queries/redundancy/run", { params: { from: start, to: far } }],
  ];
}

async function ask(client: TestClient, path: string, body?: unknown) {
  return body === undefined
    ? client.request(path)
    : client.request(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

/** What may differ between two reads of an unchanged visible graph: the version counter that every write bumps. */
function comparable(body: unknown): unknown {
  return JSON.parse(JSON.stringify(body, (key, value) => (key === "graphVersion" ? undefined : value))
    .replace(/\((version|versie) \d+\)/g, "(version N)"));
}

beforeAll(async () => {
  app = await startSeededApp();
  const seed: Elements = app.seed;
  // A service and the two services or partners farthest from it: a hidden shortcut to either would shorten a path.
  const ends = seed.nodes.filter((n) => n.data.kind === "Service" || n.data.kind === "Partner").map((n) => n.data.id).sort();
  const neighbours = adjacency(seed);
  const choices = seed.nodes.filter((n) => n.data.kind === "Service").map((n) => n.data.id).sort().map((id) => {
    const distances = bfsDistances(neighbours, id);
    const ranked = ends.filter((end) => distances.has(end) && end !== id)
      .sort((x, y) => distances.get(y)! - distances.get(x)! || (x < y ? -1 : 1));
    return { id, far: ranked[0]!, other: ranked[1]!, reach: distances.get(ranked[1]!) ?? 0 };
  }).sort((x, y) => y.reach - x.reach);
  ({ id: start, far, other } = choices[0]!);
  expect(choices[0]!.reach).toBeGreaterThanOrEqual(2);
  const catalog = await app.api.get("/api/queries");
  queryIds = catalog.body.queries.map((q: { id: string }) => q.id);

  // The data role reaches every read route (export and data quality included).
  analyst = app.api.as((await createTestUser(app.db, { role: "data", clearance: "RESTRICTED" })).token);
  cleared = app.api.as((await createTestUser(app.db, { role: "data", clearance: "SECRET", caveats: ["REL NATO"] })).token);

  baseline = new Map();
  for (const [name, path, body] of reads()) {
    const answer = await ask(analyst, path, body);
    expect(answer.status, `${name}: ${JSON.stringify(answer.body)}`).toBe(200);
    baseline.set(name, answer);
  }

  const imported = await app.api.request("/api/imports?wait=true&source=classified", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      nodes: [
        service("zephyr-cell", { nameEn: "Zephyr Cell", nameFr: "Cellule Zéphyr", nameNl: "Zephyrcel", acronymEn: "ZC", classification: "SECRET" }),
        service("borealis-desk", { nameEn: "Borealis Desk", nameFr: "Bureau Borealis", nameNl: "Borealisbureau", classification: "RESTRICTED", caveats: "REL NATO" }),
      ],
      edges: [
        edge("zephyr-link-a", start, "zephyr-cell", "COOPERATES_WITH"),
        edge("zephyr-link-b", "zephyr-cell", far, "COOPERATES_WITH"),
        edge("secret-link", start, other, "COOPERATES_WITH", { classification: "SECRET" }),
        edge("borealis-feed", start, "borealis-desk", "DISSEMINATES_TO"),
      ],
    }),
  });
  expect(imported.status, JSON.stringify(imported.body)).toBe(200);
});
afterAll(() => app.close());

describe("a RESTRICTED analyst", () => {
  it("gets, from every read route, exactly the answer it got before the marked elements were added", async () => {
    for (const [name, path, body] of reads()) {
      const before = baseline.get(name) as { status: number; body: unknown };
      const after = await ask(analyst, path, body);
      expect(after.status, name).toBe(before.status);
      expect(comparable(after.body), name).toEqual(comparable(before.body));
      for (const text of HIDDEN_TEXT) expect(JSON.stringify(after.body), `${name}: ${text}`).not.toContain(text);
    }
  });

  it("gets UNCLASSIFIED markings on what it reads", async () => {
    const graph = await analyst.get("/api/graph");
    expect(graph.body.marking).toEqual({ classification: "UNCLASSIFIED", caveats: [] });
    const answer = await ask(analyst, `/api/queries/${queryIds[0]}/run`, { params: {} });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.marking).toEqual({ classification: "UNCLASSIFIED", caveats: [] });
  });

  it("is told a hidden id does not exist, in the very words used for a missing one", async () => {
    const cases: [(id: string) => string, unknown?][] = [
      [(id) => `/api/nodes/${id}`],
      [(id) => `/api/nodes/${id}/neighbourhood`],
      [(id) => `/api/paths?from=${id}&to=${start}`],
      [(id) => `/api/paths?from=${start}&to=${id}&k=3`],
    ];
    for (const hidden of ["zephyr-cell", "borealis-desk"]) {
      for (const [path] of cases) {
        const seen = await analyst.get(path(hidden));
        const missing = await analyst.get(path("no-such-id"));
        expect(seen.status, path(hidden)).toBe(404);
        expect(JSON.stringify(seen.body).replaceAll(hidden, "X")).toBe(JSON.stringify(missing.body).replaceAll("no-such-id", "X"));
      }
      const whatIf = await ask(analyst, "/api/what-if", { removeNodes: [hidden] });
      const whatIfMissing = await ask(analyst, "/api/what-if", { removeNodes: ["no-such-id"] });
      expect(whatIf.status).toBe(404);
      expect(JSON.stringify(whatIf.body).replaceAll(hidden, "X")).toBe(JSON.stringify(whatIfMissing.body).replaceAll("no-such-id", "X"));
      const query = await ask(analyst, "/api/queries/dependents-of/run", { params: { entity: hidden } });
      const queryMissing = await ask(analyst, "/api/queries/dependents-of/run", { params: { entity: "no-such-id" } });
      expect(query.status).toBe(404);
      expect(JSON.stringify(query.body).replaceAll(hidden, "X")).toBe(JSON.stringify(queryMissing.body).replaceAll("no-such-id", "X"));
    }
    const pair = await ask(analyst, "/api/what-if", { removeNodes: [start], keyPairs: [[far, "zephyr-cell"]] });
    const pairMissing = await ask(analyst, "/api/what-if", { removeNodes: [start], keyPairs: [[far, "no-such-id"]] });
    expect(pair.status).toBe(pairMissing.status);
    expect(JSON.stringify(pair.body).replaceAll("zephyr-cell", "X")).toBe(JSON.stringify(pairMissing.body).replaceAll("no-such-id", "X"));
    const redundancy = await ask(analyst, "/api/queries/redundancy/run", { params: { from: start, to: "zephyr-cell" } });
    const redundancyMissing = await ask(analyst, "/api/queries/redundancy/run", { params: { from: start, to: "no-such-id" } });
    expect(redundancy.status).toBe(404);
    expect(JSON.stringify(redundancy.body).replaceAll("zephyr-cell", "X")).toBe(JSON.stringify(redundancyMissing.body).replaceAll("no-such-id", "X"));
    const edgeRemoval = await ask(analyst, "/api/what-if", { removeRelationships: ["secret-link"] });
    const edgeMissing = await ask(analyst, "/api/what-if", { removeRelationships: ["no-such-link"] });
    expect(edgeRemoval.status).toBe(edgeMissing.status);
    expect(JSON.stringify(edgeRemoval.body).replaceAll("secret-link", "X")).toBe(JSON.stringify(edgeMissing.body).replaceAll("no-such-link", "X"));
  });
});

describe("a SECRET analyst holding REL NATO", () => {
  it("sees the marked elements, and the answers resting on them say so", async () => {
    const graph = await cleared.get("/api/graph");
    const ids = [...graph.body.nodes, ...graph.body.edges].map((e: { data: { id: string } }) => e.data.id);
    expect(ids).toEqual(expect.arrayContaining(["zephyr-cell", "borealis-desk", "zephyr-link-a", "secret-link", "borealis-feed"]));
    expect(graph.body.marking).toEqual({ classification: "SECRET", caveats: ["REL NATO"] });

    const node = await cleared.get("/api/nodes/zephyr-cell");
    expect(node.status).toBe(200);
    expect(node.body.marking.classification).toBe("SECRET");

    // The start's relationship counts rest on the marked relationships and neighbours too.
    const startDetails = await cleared.get(`/api/nodes/${start}`);
    expect(startDetails.body.marking).toEqual({ classification: "SECRET", caveats: ["REL NATO"] });

    const search = await cleared.get("/api/search?q=zephyr");
    expect(search.body.results.map((r: { data: { id: string } }) => r.data.id)).toContain("zephyr-cell");
    expect(search.body.marking.classification).toBe("SECRET");

    const paths = await cleared.get(`/api/paths?from=${start}&to=${far}`);
    expect(paths.body.nodes.map((n: { data: { id: string } }) => n.data.id)).toContain("zephyr-cell");
    expect(paths.body.length).toBe(2);

    const exported = await cleared.request("/api/export?format=json");
    expect(exported.headers.get("x-marking")).toBe("SECRET // REL NATO");
    expect(JSON.stringify(exported.body)).toContain("borealis-desk");

    const answer = await ask(cleared, "/api/queries/dependents-of/run", { params: { entity: "zephyr-cell" } });
    expect(answer.status).toBe(200);
    expect(answer.body.marking).toEqual({ classification: "SECRET", caveats: ["REL NATO"] });
  });

  it("does not see a REL NATO element without holding REL NATO, whatever the level", async () => {
    const secretOnly = app.api.as((await createTestUser(app.db, { role: "analyst", clearance: "SECRET" })).token);
    const graph = await secretOnly.get("/api/graph");
    const ids = [...graph.body.nodes, ...graph.body.edges].map((e: { data: { id: string } }) => e.data.id);
    expect(ids).toContain("zephyr-cell");
    expect(ids).not.toContain("borealis-desk");
    expect(ids).not.toContain("borealis-feed");
    expect(graph.body.marking).toEqual({ classification: "SECRET", caveats: [] });
  });
});
