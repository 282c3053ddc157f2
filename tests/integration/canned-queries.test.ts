import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Elements } from "../../server/graph/elements.ts";
import type { GraphModel } from "../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../server/neo4j/database.ts";
import { loadSeed } from "../../server/seed/load-seed.ts";
import { emptyGraph, resetToSeed } from "../support/database.ts";
import { adjacency } from "../support/reference.ts";
import { startSeededApp, type SeededApp } from "../support/seeded-app.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let db: GraphDatabase;
let model: GraphModel;
let api: TestServer;
let seed: Elements;

const fixture = fileURLToPath(new URL("../fixtures/two-services.json", import.meta.url));

async function run(id: string, params: Record<string, unknown> = {}, lang = "en") {
  const { status, type, body } = await api.request(`/api/queries/${id}/run?lang=${lang}`, {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ params }),
  });
  return { status, type, body };
}

const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();

/** Components of the seed without some nodes or edges, by brute force. */
function componentCount(elements: Elements, without: { node?: string; edge?: string }): number {
  const kept: Elements = {
    nodes: elements.nodes.filter((n) => n.data.id !== without.node),
    edges: elements.edges.filter((e) => e.data.id !== without.edge && e.data.source !== without.node && e.data.target !== without.node),
  };
  const neighbours = adjacency(kept);
  const seen = new Set<string>();
  let count = 0;
  for (const start of neighbours.keys()) {
    if (seen.has(start)) continue;
    count += 1;
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      for (const next of neighbours.get(stack.pop()!) ?? []) {
        if (!seen.has(next)) { seen.add(next); stack.push(next); }
      }
    }
  }
  return count;
}

let app: SeededApp;

beforeAll(async () => {
  app = await startSeededApp();
  ({ db, model, api, seed } = app);
});
afterAll(() => app.close());

describe("the canned-query catalog", () => {
  it("lists the eighteen queries with titles in three languages and parameters as JSON Schema", async () => {
    const { body } = await api.get("/api/queries?lang=nl");
    expect(body.queries.map((q: { id: string }) => q.id).sort()).toEqual([
      "assumption-sensitivity", "body-coverage", "brokers", "communities", "critical-links", "dependents-of", "dissemination-without-liaison",
      "liaison-without-flow", "one-sided-projects", "partners-outside-bodies", "reciprocity", "redundancy",
      "single-points-of-failure", "single-source-facts", "single-thread-partners", "threat-coverage",
      "undocumented", "unmonitored-projects",
    ]);
    const spof = body.queries.find((q: { id: string }) => q.id === "single-points-of-failure");
    expect(spof.title).toBe("Kwetsbare knooppunten");
    expect(spof.params.properties.types.items.enum).toEqual(model.relationshipTypeIds);
    expect(spof.params.properties.asOf).toMatchObject({ type: "string", format: "date" });
    expect(spof.params.properties.limit.default).toBe(50);
    expect(spof.params.properties.minConfidence).toMatchObject({ enum: ["low", "medium", "high"], default: "low" });
    expect(spof.params.properties.sources).toMatchObject({ type: "array" });
  });

  it("answers every query on the seed with rows, highlight ids that exist, and a summary naming its basis", async () => {
    const { body } = await api.get("/api/queries");
    const nodeIds = new Set(seed.nodes.map((n) => n.data.id));
    const edgeIds = new Set(seed.edges.map((e) => e.data.id));
    for (const { id } of body.queries) {
      const { status, body: answer } = await run(id);
      expect(status, id).toBe(200);
      expect(answer.columns.length, id).toBeGreaterThan(0);
      for (const node of answer.highlight.nodes) expect(nodeIds.has(node), `${id}: ${node}`).toBe(true);
      for (const edge of answer.highlight.edges) expect(edgeIds.has(edge), `${id}: ${edge}`).toBe(true);
      expect(answer.summary, id).toMatch(/52 entities and 108 relationships \(version \d+\)/);
    }
    // Every query runs twice: as asked, and counting only stated links for the comparison.
  }, 180_000);
});

describe("the gap queries on the seed", () => {
  it("finds the partners that get SGRS products with no liaison: customs, CTIF, the crisis centre", async () => {
    const { body } = await run("dissemination-without-liaison", { service: "sgrs" });
    expect(ids(body.rows)).toEqual(["ctif", "customs", "dgcc"]);
    expect(body.highlight.edges.sort()).toEqual(["sgrs--disseminates-to--ctif", "sgrs--disseminates-to--customs", "sgrs--disseminates-to--dgcc"]);
  });

  it("lists as single points of failure exactly the entities whose removal splits the network", async () => {
    const { body } = await run("single-points-of-failure");
    const before = componentCount(seed, {});
    const expected = seed.nodes.map((n) => n.data.id).filter((id) => componentCount(seed, { node: id }) > before).sort();
    expect(ids(body.rows)).toEqual(expected);
    const csrs = body.rows.find((row: { id: string }) => row.id === "csrs");
    expect(csrs.cutOff).toEqual(["fps-chancellery"]);
  });

  it("lists as critical links exactly the relationships whose loss splits the network", async () => {
    const { body } = await run("critical-links");
    const before = componentCount(seed, {});
    const expected = seed.edges.map((e) => e.data.id).filter((id) => componentCount(seed, { edge: id }) > before).sort();
    expect(ids(body.rows)).toEqual(expected);
  });

  it("finds NATO, the EU and the UN held by a single thread, and the CCB by none but its CCRS seat", async () => {
    expect(ids((await run("single-thread-partners")).body.rows)).toEqual(["ccb", "eu", "nato", "un"]);
  });

  it("finds the ten undescribed projects one-sided, and says the gap may be in the record", async () => {
    const { body } = await run("one-sided-projects");
    expect(body.rows).toHaveLength(10);
    expect(body.rows.every((row: { missing: string[] }) => row.missing.join() === "sgrs,vsse" || row.missing.join() === "vsse,sgrs")).toBe(true);
    expect(body.summary).toContain("gap may be in the record");
  });

  it("flags threats under the threshold and counts terrorism's services and project", async () => {
    const { body } = await run("threat-coverage", { threshold: 3 });
    const terrorism = body.rows.find((row: { id: string }) => row.id === "terrorism");
    expect(terrorism.services.sort()).toEqual(["sgrs", "vsse"]);
    expect(terrorism.projects).toEqual(["psnr-p01"]);
    expect(terrorism.flagged).toBe(false);
    expect(body.highlight.nodes.sort()).toEqual(["espionage", "organised-crime", "social-media-manipulation"]);
  });

  it("finds the bodies with at most one service recorded, and every project with no review on record", async () => {
    const bodies = (await run("body-coverage")).body;
    expect(ids(bodies.rows)).toEqual(["comite-suivi", "csrs"]);
    const projects = (await run("unmonitored-projects", { on: "2026-11-28" })).body;
    expect(projects.rows).toHaveLength(13);
    expect(projects.rows.every((row: { status: string }) => row.status === "no-review-recorded")).toBe(true);
  });

  it("ranks SGRS first among brokers, follows dependencies, and counts independent paths", async () => {
    expect((await run("brokers")).body.rows[0]).toMatchObject({ id: "sgrs" });
    const dependents = (await run("dependents-of", { entity: "sgrs" })).body;
    expect(ids(dependents.rows)).toEqual(expect.arrayContaining(["customs", "ctif", "dgcc", "ocam", "fedpol", "liaison-sgrs-ocam"]));
    expect(ids(dependents.rows)).not.toContain("vsse");
    const redundancy = (await run("redundancy", { from: "sgrs", to: "ocam" })).body;
    // Two direct links (products, informal meetings), the liaison post, the CNS, the CCRS, and
    // VSSE, the Federal Police, customs and the crisis centre, each of which feeds OCAM.
    expect(redundancy).toMatchObject({ edgeDisjointPaths: 9, nodeDisjointPaths: 9 });
    expect(new Set(redundancy.rows.flatMap((row: { edges: string[] }) => row.edges)).size)
      .toBe(redundancy.rows.reduce((sum: number, row: { edges: string[] }) => sum + row.edges.length, 0));
  });

  it("finds the undocumented projects and the assumed links (informal meetings, SGRS's seat in the CSRS)", async () => {
    const { body } = await run("undocumented");
    expect(body.highlight.nodes).toHaveLength(10);
    const assumed = seed.edges.filter((e) => e.data.confidence === "low").map((e) => e.data.id).sort();
    expect(assumed.filter((id) => !id.includes("meets-informally"))).toEqual(["sgrs--participates-in--csrs"]);
    expect(body.highlight.edges.sort()).toEqual(assumed);
  });

  it("partitions the network into communities", async () => {
    const { body } = await run("communities");
    expect(Object.keys(body.membership).sort()).toEqual(seed.nodes.map((n) => n.data.id).sort());
    expect(body.summary).toMatch(/modularity 0\.\d{3}/);
  });

  it("words the summary in the language asked for", async () => {
    expect((await run("single-thread-partners", {}, "fr")).body.summary).toMatch(/^4 des 9 partenaires/);
    expect((await run("single-thread-partners", {}, "nl")).body.summary).toMatch(/^4 van 9 partners/);
  });
});

describe("bad parameters", () => {
  it("answers 404 naming the parameter whose entity does not exist, and for an unknown query", async () => {
    const missing = await run("dependents-of", { entity: "atlantis" });
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toContain("entity");
    expect((await run("no-such-query")).status).toBe(404);
  });

  it("answers 400 naming the parameter for a type the model lacks or an out-of-range value", async () => {
    const type = await run("critical-links", { types: ["LIKES"] });
    expect(type.status).toBe(400);
    expect(type.type).toContain("application/problem+json");
    expect(type.body.errors[0].path).toBe("params.types.0");
    const range = await run("threat-coverage", { threshold: 0 });
    expect(range.body.errors[0].path).toBe("params.threshold");
    const date = await run("brokers", { asOf: "2026-02-30" });
    expect(date.body.errors[0].path).toBe("params.asOf");
  });

  it("answers a clear 504 when an analysis runs past its time limit", async () => {
    const hurried = await startTestServer({ db, model, analysisTimeoutMs: 1 });
    try {
      const response = await hurried.request("/api/queries/brokers/run", { method: "POST" });
      expect(response.status).toBe(504);
      expect(response.body.title).toBe("Query timed out");
    } finally {
      await hurried.close();
    }
  });
});

describe("what-if", () => {
  it("says what removing SGRS cuts off, matching the single-points-of-failure answer", async () => {
    const spof = (await run("single-points-of-failure")).body.rows.find((row: { id: string }) => row.id === "sgrs");
    const { status, body } = await api.request("/api/what-if", {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ removeNodes: ["sgrs"] }),
    });
    expect(status).toBe(200);
    expect(body.cutOff).toEqual(spof.cutOff);
    expect(body.cutOff).toEqual(expect.arrayContaining(["nato", "eu", "un", "defence-attaches", "security-attaches"]));
    expect(body.cutOff).not.toContain("customs");
    expect(body.removed.nodes).toEqual(["sgrs"]);
  });

  it("refuses an empty removal and an unknown entity, naming the field", async () => {
    const post = (body: unknown) => api.request("/api/what-if", {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
    });
    const empty = await post({});
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].path).toBe("removeNodes");
    const unknown = await post({ removeNodes: ["atlantis"] });
    expect(unknown.status).toBe(404);
  });
});

describe("paths", () => {
  it("answers the k shortest simple paths in non-decreasing length, the first one shortest", async () => {
    const all = (await api.get("/api/paths?from=ctif&to=vsse")).body;
    const k = (await api.get("/api/paths?from=ctif&to=vsse&k=6")).body;
    expect(k.paths).toHaveLength(6);
    expect(k.paths[0].edges).toHaveLength(all.length);
    const lengths = k.paths.map((path: { edges: string[] }) => path.edges.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const path of k.paths) expect(new Set(path.nodes).size).toBe(path.nodes.length);
    expect(k.nodes.length).toBeGreaterThan(2);
  });
});

describe("on an imported graph", () => {
  beforeAll(async () => {
    await emptyGraph(db);
    await loadSeed(db, model, fixture);
  });
  afterAll(() => resetToSeed(db, model));

  it("finds the liaison gap, and honours validTo through asOf", async () => {
    expect(ids((await run("dissemination-without-liaison", { service: "alpha" })).body.rows)).toEqual(["harbour"]);
    const later = await run("dissemination-without-liaison", { service: "alpha", asOf: "2026-06-01" });
    expect(ids(later.body.rows)).toEqual(["bank", "harbour"]);
    expect(later.body.summary).toContain("as of 2026-06-01");
  });

  it("answers the fixture's known gaps", async () => {
    expect(ids((await run("one-sided-projects")).body.rows)).toEqual(["p2"]);
    const monitoring = (await run("unmonitored-projects", { on: "2026-02-01" })).body;
    expect(monitoring.rows.map((row: { id: string; status: string }) => [row.id, row.status])).toEqual([["p2", "unmonitored"]]);
    const overdue = (await run("unmonitored-projects", { on: "2026-03-01" })).body;
    expect(overdue.rows.map((row: { id: string; status: string }) => [row.id, row.status]).sort())
      .toEqual([["p1", "overdue"], ["p2", "unmonitored"]]);
    expect(ids((await run("body-coverage")).body.rows)).toEqual([]);
    expect(ids((await run("single-thread-partners")).body.rows)).toEqual(["bank"]);
    expect((await run("redundancy", { from: "alpha", to: "beta" })).body).toMatchObject({ edgeDisjointPaths: 4, nodeDisjointPaths: 4 });
  });

  it("serves a fresh answer after the graph changes, and the cached one when a load changed nothing", async () => {
    const before = (await run("single-thread-partners")).body;
    await loadSeed(db, model, fixture);
    expect((await run("single-thread-partners")).body.graphVersion).toBe(before.graphVersion);
    // The fixture is loaded as the seed, and an import changes only its own source's elements.
    const edited = await api.request("/api/imports?wait=true&source=seed", {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ nodes: [{ data: { id: "harbour", kind: "Partner", scope: "national", nameFr: "Port" } }], edges: [] }),
    });
    expect(edited.body.updated).toEqual({ nodes: 1, edges: 0 });
    const after = (await run("single-thread-partners")).body;
    expect(after.graphVersion).toBe(before.graphVersion + 1);
  });
});
