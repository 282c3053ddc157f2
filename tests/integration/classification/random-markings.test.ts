import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canSee, CLASSIFICATIONS, type Classification } from "../../../contract/markings.ts";
import type { EdgeData, NodeData } from "../../../server/graph/elements.ts";
import { markingOfProps } from "../../../server/access/answer-marking.ts";
import { RawGraph } from "../../support/raw-graph.ts";
import { startSeededApp, type SeededApp } from "../../support/seeded-app.ts";
import { createTestUser, type TestClient } from "../../support/server.ts";

/**
 * Random markings on the seed's elements and random viewers: every element a route
 * returns is one the viewer may see, and every count equals the count over the visible
 * subgraph, computed here by brute force with canSee.
 */
let app: SeededApp;
let raw: RawGraph;
let seedNodes: NodeData[];
let seedEdges: EdgeData[];
const clients = new Map<string, TestClient>();

const CAVEATS = ["REL EU", "REL NATO"];
type Mark = { classification?: Classification; caveats?: string };
type Viewer = { level: Classification; caveats: string[] };

const markArb: fc.Arbitrary<Mark> = fc.record({
  classification: fc.option(fc.constantFrom(...CLASSIFICATIONS), { nil: undefined }),
  caveats: fc.option(fc.subarray(CAVEATS, { minLength: 1 }).map((list) => list.join(";")), { nil: undefined }),
}, { requiredKeys: [] });
const viewerArb: fc.Arbitrary<Viewer> = fc.record({ level: fc.constantFrom(...CLASSIFICATIONS), caveats: fc.subarray(CAVEATS) });

async function clientFor(viewer: Viewer): Promise<TestClient> {
  const key = `${viewer.level}|${viewer.caveats.join(";")}`;
  if (!clients.has(key)) {
    const { token } = await createTestUser(app.db, { role: "data", clearance: viewer.level, caveats: viewer.caveats });
    clients.set(key, app.api.as(token));
  }
  return clients.get(key)!;
}

function marked<T extends NodeData | EdgeData>(data: T, mark: Mark): T {
  const { classification: _c, caveats: _v, ...rest } = data;
  return { ...rest, ...mark } as T;
}

beforeAll(async () => {
  app = await startSeededApp();
  raw = new RawGraph();
  const exported = await app.api.get("/api/export?format=json");
  seedNodes = exported.body.nodes.map((n: { data: NodeData }) => n.data);
  seedEdges = exported.body.edges.map((e: { data: EdgeData }) => e.data);
});
afterAll(async () => {
  await raw.close();
  await app.close();
});

describe("random markings, random viewers", () => {
  it("show each viewer exactly the visible subgraph, and count only it", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(markArb, { minLength: seedNodes.length, maxLength: seedNodes.length }),
        fc.array(markArb, { minLength: seedEdges.length, maxLength: seedEdges.length }),
        fc.array(viewerArb, { minLength: 2, maxLength: 3 }),
        async (nodeMarks, edgeMarks, viewers) => {
          const nodes = seedNodes.map((data, i) => marked(data, nodeMarks[i]!));
          const edges = seedEdges.map((data, i) => marked(data, edgeMarks[i]!));
          // An import keeps a marking its file leaves out: start each run unmarked, as a
          // direct write that bumps the version like every write, then mark by import.
          await raw.run("MATCH (n:Entity) REMOVE n.classification, n.caveats");
          await raw.run("MATCH (:Entity)-[r]->(:Entity) REMOVE r.classification, r.caveats");
          await app.db.query("seed/bump-graph-version", {}, "WRITE");
          // The importer holds the highest clearance, so every random marking may be written.
          const importer = await clientFor({ level: CLASSIFICATIONS.at(-1)!, caveats: CAVEATS });
          const imported = await importer.request("/api/imports?wait=true", {
            method: "POST", headers: { "content-type": "application/json" },
            body: JSON.stringify({ nodes: nodes.map((data) => ({ data })), edges: edges.map((data) => ({ data })) }),
          });
          expect(imported.status, JSON.stringify(imported.body.errors)).toBe(200);

          for (const viewer of viewers) {
            const sees = (data: object) => canSee(viewer, markingOfProps(data));
            const visibleNodes = new Set(nodes.filter(sees).map((n) => n.id));
            const visibleEdges = edges.filter((e) => sees(e) && visibleNodes.has(e.source) && visibleNodes.has(e.target));
            const client = await clientFor(viewer);

            const graph = await client.get("/api/graph");
            expect(graph.body.nodes.map((n: { data: NodeData }) => n.data.id).sort()).toEqual([...visibleNodes].sort());
            expect(graph.body.edges.map((e: { data: EdgeData }) => e.data.id).sort()).toEqual(visibleEdges.map((e) => e.id).sort());
            expect(graph.body.total).toBe(visibleNodes.size);

            const linked = new Set(visibleEdges.flatMap((e) => [e.source, e.target]));
            const quality = await client.get("/api/data-quality?limit=1000");
            expect(quality.body.orphans.total).toBe([...visibleNodes].filter((id) => !linked.has(id)).length);

            const sgrs = await client.get("/api/nodes/sgrs");
            if (!visibleNodes.has("sgrs")) expect(sgrs.status).toBe(404);
            else {
              const degree = sgrs.body.relationships.reduce((sum: number, r: { count: number }) => sum + r.count, 0);
              expect(degree).toBe(visibleEdges.filter((e) => e.source === "sgrs" || e.target === "sgrs").length);
            }

            const answer = await client.request("/api/queries/undocumented/run", {
              method: "POST", headers: { "content-type": "application/json" }, body: "{}",
            });
            expect(answer.body.summary).toContain(`${visibleNodes.size} entities and ${visibleEdges.length} relationships`);
            for (const row of answer.body.rows as { id: string }[]) {
              expect(visibleNodes.has(row.id) || visibleEdges.some((e) => e.id === row.id), row.id).toBe(true);
            }
          }
        },
      ),
      { numRuns: 6 },
    );
    // Six imports of the whole seed, each read by up to three viewers.
  }, 240_000);
});
