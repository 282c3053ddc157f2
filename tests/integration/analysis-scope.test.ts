import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findingKey } from "../../contract/analysis-scope.ts";
import { runImport } from "../../server/import/run-import.ts";
import { adjacency, bfsDistances } from "../support/reference.ts";
import { createTestUser, type TestClient } from "../support/server.ts";
import { startSeededApp, type SeededApp } from "../support/seeded-app.ts";

/**
 * Every analysis counts only the links and sources its scope names: `minConfidence` leaves
 * out assumed or inferred links, `sources` analyses one import apart from the rest, and
 * each answer says which of its findings rest on links below high confidence.
 */
let app: SeededApp;
let analyst: TestClient;

const karateFile = fileURLToPath(new URL("../fixtures/karate.json", import.meta.url));
// networkx 3's betweenness_centrality(karate_club_graph(), normalized=True).
const karateExpected = JSON.parse(readFileSync(fileURLToPath(new URL("../fixtures/karate.expected.json", import.meta.url)), "utf8")) as {
  betweenness: Record<string, number>;
};

async function importAs(source: string, file: string) {
  const report = await runImport(app.db, app.model, [{ path: file, name: path.basename(file) }], {
    mode: "replace", source, dryRun: false, user: "tests", maxElements: 10_000, timeoutMs: 60_000,
  });
  expect(report.status, JSON.stringify(report.errors.slice(0, 3))).toBe("imported");
}

function writeGraph(elements: { nodes: object[]; edges: object[] }): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "scope-")), "graph.json");
  writeFileSync(file, JSON.stringify({ document: "scope test", recordedAt: "2026-12-07T00:00:00Z", ...elements }));
  return file;
}

async function run(id: string, params: Record<string, unknown> = {}, client: TestClient = app.api) {
  const { status, body } = await client.request(`/api/queries/${id}/run?lang=en`, {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ params }),
  });
  return { status, body };
}

const flagged = (body: { rows: { id: string }[] }) => body.rows.map((row) => row.id).sort();

beforeAll(async () => {
  app = await startSeededApp();
  await importAs("karate", karateFile);
  // A secret partner: to the admin, held to SGRS by a stated flow and an assumed meeting.
  await importAs("secret-partner", writeGraph({
    nodes: [{ data: { id: "shadow-partner", kind: "Partner", scope: "national", nameFr: "Partenaire caché", classification: "SECRET" } }],
    edges: [
      { data: { id: "sgrs--disseminates-to--shadow", source: "sgrs", target: "shadow-partner", type: "DISSEMINATES_TO", classification: "SECRET" } },
      { data: { id: "sgrs--meets--shadow", source: "sgrs", target: "shadow-partner", type: "MEETS_INFORMALLY", confidence: "low", classification: "SECRET" } },
    ],
  }));
  analyst = app.api.as((await createTestUser(app.db, { role: "analyst", clearance: "UNCLASSIFIED" })).token);
});
afterAll(() => app.close());

describe("minConfidence", () => {
  it("lets assumed links count by default, and names the findings they hide", async () => {
    const { status, body } = await run("single-thread-partners");
    expect(status).toBe(200);
    expect(body.scope).toEqual({ minConfidence: "low" });
    const strict = await run("single-thread-partners", { minConfidence: "high" });
    expect(body.assumptions.hidden.sort()).toEqual(flagged(strict.body).filter((id) => !flagged(body).includes(id)));
    expect(body.assumptions.hiddenFindings).toBe(body.assumptions.hidden.length);
    expect(body.summary).toContain(`${body.assumptions.hiddenFindings} other finding(s) then appear`);
  });

  it("shows the partners an assumed meeting made look held by two threads once assumptions are left out", async () => {
    const low = flagged((await run("single-thread-partners")).body);
    const medium = flagged((await run("single-thread-partners", { minConfidence: "medium" })).body);
    for (const partner of ["customs", "ctif", "dgcc", "shadow-partner"]) {
      expect(low).not.toContain(partner);
      expect(medium).toContain(partner);
    }
  });

  it("finds, over stated links only, exactly the bridges of the graph without its weaker elements", async () => {
    const { body } = await run("critical-links", { minConfidence: "high", limit: 1000, sources: ["seed"] });
    const weak = (data: object) => ["low", "medium"].includes(String((data as { confidence?: unknown }).confidence));
    const nodes = app.seed.nodes.filter((node) => !weak(node.data));
    const kept = new Set(nodes.map((node) => node.data.id));
    const edges = app.seed.edges.filter((edge) => !weak(edge.data) && kept.has(edge.data.source) && kept.has(edge.data.target));
    const components = (without?: string) => {
      const graph = adjacency({ nodes, edges: edges.filter((edge) => edge.data.id !== without) });
      const seen = new Set<string>();
      let count = 0;
      for (const start of graph.keys()) {
        if (seen.has(start)) continue;
        count += 1;
        for (const id of bfsDistances(graph, start).keys()) seen.add(id);
      }
      return count;
    };
    const before = components();
    const bridges = edges.filter((edge) => components(edge.data.id) > before).map((edge) => edge.data.id).sort();
    expect(flagged(body)).toEqual(bridges);
    const low = (await run("critical-links", { limit: 1000, sources: ["seed"] })).body;
    expect(low.assumptions.hidden.sort()).toEqual(bridges.filter((id) => !flagged(low).includes(id)));
    expect(low.assumptions.dependent.sort()).toEqual(flagged(low).filter((id) => !bridges.includes(id)));
  });

  it("reports, at high, that only stated links were counted and nothing rests on assumptions", async () => {
    const { body } = await run("single-thread-partners", { minConfidence: "high" });
    expect(body.assumptions).toMatchObject({ minConfidence: "high", dependentFindings: 0, hiddenFindings: 0, compared: true });
    expect(body.summary).toContain("Only links a source states (high confidence) were counted.");
  });

  it("refuses a level that does not exist, saying which are allowed", async () => {
    const { status, body } = await run("single-thread-partners", { minConfidence: "certain" });
    expect(status).toBe(400);
    expect(body.errors[0].path).toBe("params.minConfidence");
    expect(body.detail).toMatch(/low|medium|high/);
  });

  it("takes the scope in what-if too, and says which impacts rest on assumptions", async () => {
    const post = async (body: object) => (await app.api.request("/api/what-if", {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
    })).body;
    const impacts = (answer: { cutOff: string[]; newArticulationPoints: string[]; redundancy: { lost: { from: string; to: string }[] } }) => [
      ...answer.cutOff.map((id) => `cut-off:${id}`),
      ...answer.newArticulationPoints.map((id) => `new-single-point:${id}`),
      ...answer.redundancy.lost.map((pair) => `redundancy-lost:${pair.from}|${pair.to}`),
    ];
    let differing = 0;
    for (const removed of ["sgrs", "vsse", "ocam", "ccrs"]) {
      const low = await post({ removeNodes: [removed] });
      const high = await post({ removeNodes: [removed], minConfidence: "high" });
      expect(low.scope).toEqual({ minConfidence: "low" });
      expect(high.assumptions).toMatchObject({ minConfidence: "high", dependentFindings: 0, hiddenFindings: 0 });
      const [atLow, atHigh] = [impacts(low), impacts(high)];
      expect(low.assumptions.dependent.sort(), removed).toEqual(atLow.filter((key) => !atHigh.includes(key)).sort());
      expect(low.assumptions.hidden.sort(), removed).toEqual(atHigh.filter((key) => !atLow.includes(key)).sort());
      differing += low.assumptions.dependentFindings + low.assumptions.hiddenFindings;
    }
    // The seed's assumed and inferred links change some of these impacts.
    expect(differing).toBeGreaterThan(0);
  });

  it("says it could not compare when what is removed is itself assumed", async () => {
    const assumed = app.seed.edges.find((edge) => edge.data.confidence === "low")!;
    const { status, body } = await app.api.request("/api/what-if", {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ removeRelationships: [assumed.data.id] }),
    });
    expect(status).toBe(200);
    expect(body.assumptions.compared).toBe(false);
  });
});

describe("sources", () => {
  it("analyses an imported network apart from the seed, as networkx computes it alone", async () => {
    const { status, body } = await run("brokers", { sources: ["karate"], limit: 34 });
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(34);
    for (const row of body.rows as { id: string; betweenness: number }[]) {
      expect(row.betweenness, row.id).toBeCloseTo(karateExpected.betweenness[row.id]!, 4);
    }
    expect(body.summary).toContain("Only elements loaded from these sources were analysed: karate.");
    // Together with the seed, the karate hub's share of shortest paths is far smaller.
    const all = (await run("brokers", { limit: 1000 })).body.rows as { id: string; betweenness: number }[];
    expect(all.find((row) => row.id === "karate-0")!.betweenness).toBeLessThan(karateExpected.betweenness["karate-0"]! / 2);
  });

  it("scopes Cypher-side queries too: the seed's partners are not the karate club's", async () => {
    const everywhere = flagged((await run("single-thread-partners", { minConfidence: "medium" })).body);
    const seedOnly = flagged((await run("single-thread-partners", { minConfidence: "medium", sources: ["seed"] })).body);
    const karateOnly = (await run("single-thread-partners", { sources: ["karate"] })).body;
    expect(everywhere).toContain("shadow-partner");
    expect(seedOnly).toEqual(everywhere.filter((id) => id !== "shadow-partner"));
    expect(karateOnly.rows).toEqual([]);
  });

  it("answers a source nothing visible was loaded from as missing, for a hidden source as for an unknown one", async () => {
    const unknown = await run("brokers", { sources: ["no-such-source"] }, analyst);
    const hidden = await run("brokers", { sources: ["secret-partner"] }, analyst);
    expect(unknown.status).toBe(404);
    expect(hidden.status).toBe(404);
    expect(hidden.body.detail).toBe(unknown.body.detail.replace("no-such-source", "secret-partner"));
  });
});

describe("assumption-sensitivity", () => {
  it("lists exactly the findings of each query that differ between every link and stated links only", async () => {
    const { status, body } = await run("assumption-sensitivity");
    expect(status).toBe(200);
    const catalog = (await app.api.get("/api/queries?lang=en")).body.queries as { id: string; title: string }[];
    const expected: string[] = [];
    for (const { id } of catalog.filter((query) => query.id !== "assumption-sensitivity")) {
      const keys = async (minConfidence: string) => new Set(((await run(id, { minConfidence })).body.rows as Record<string, unknown>[]).map(findingKey));
      const [low, high] = [await keys("low"), await keys("high")];
      for (const key of low) if (!high.has(key)) expected.push(`${id}:${key}:vanishes without assumed links`);
      for (const key of high) if (!low.has(key)) expected.push(`${id}:${key}:appears without assumed links`);
    }
    const titleOf = new Map(catalog.map((query) => [query.title, query.id]));
    const listed = (body.rows as { id: string; query: string; change: string }[]).map((row) => {
      expect(row.id.startsWith(`${titleOf.get(row.query)}:`), row.id).toBe(true);
      return `${row.id}:${row.change}`;
    });
    expect(listed.sort()).toEqual(expected.sort());
    expect(listed).toContain("single-thread-partners:customs:appears without assumed links");
    expect(body.summary).toMatch(new RegExp(`^${listed.length} findings of \\d+ queries change`));
  }, 300_000);

  it("leaves out, and names, the queries whose default entity the scope does not hold", async () => {
    const { body } = await run("assumption-sensitivity", { sources: ["karate"] });
    expect(body.skippedQueries).toEqual(expect.arrayContaining(["dependents-of", "redundancy"]));
    expect(body.summary).toContain("dependents-of");
  }, 300_000);
});

describe("the access rule", () => {
  it("never names a hidden element among the findings assumptions hide or make", async () => {
    const admin = (await run("single-thread-partners")).body;
    expect(admin.assumptions.hidden).toContain("shadow-partner");
    const { body } = await run("single-thread-partners", {}, analyst);
    const text = JSON.stringify(body);
    expect(text).not.toContain("shadow");
    expect(text).not.toContain("caché");
    const sensitivity = JSON.stringify((await run("assumption-sensitivity", {}, analyst)).body);
    expect(sensitivity).not.toContain("shadow");
    expect(JSON.stringify((await run("assumption-sensitivity")).body)).toContain("shadow-partner");
  }, 300_000);
});
