import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runImport } from "../../server/import/run-import.ts";
import type { GraphModel } from "../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../server/neo4j/database.ts";
import { openSeededDatabase, resetToSeed } from "../support/database.ts";
import { snapshotGraph } from "../support/graph-snapshot.ts";
import { createTestUser, startTestServer, type TestClient, type TestServer } from "../support/server.ts";
import { CLEARED_VIEWER } from "../support/viewer.ts";

/**
 * Sources kept apart: an import never changes an element of another source, and a source
 * can be listed and deleted on its own, within the reader's clearance.
 */
let db: GraphDatabase;
let model: GraphModel;
let api: TestServer;
let restricted: TestClient;
let scratch: string;

beforeAll(async () => {
  ({ db, model } = await openSeededDatabase());
  api = await startTestServer({ db, model });
  restricted = api.as((await createTestUser(db, { role: "data", clearance: "RESTRICTED" })).token);
  scratch = mkdtempSync(path.join(tmpdir(), "import-sources-"));
});
afterAll(async () => {
  await resetToSeed(db, model);
  await api.close();
  await db.close();
  rmSync(scratch, { recursive: true, force: true });
});
beforeEach(() => resetToSeed(db, model));

interface Network { nodes: string[]; edges: [string, string][] }

/** A networkx graph with its nodes numbered 0…n-1 in networkx's order, as other tools number them. */
function networkx(graph: "karate_club_graph" | "florentine_families_graph"): Network {
  const script = "import json, networkx as nx\n" +
    `g = nx.convert_node_labels_to_integers(nx.${graph}())\n` +
    "print(json.dumps({'nodes': [str(n) for n in g.nodes()], 'edges': [[str(u), str(v)] for u, v in g.edges()]}))";
  return JSON.parse(execFileSync("python3", ["-c", script], { encoding: "utf8" })) as Network;
}

/** The network as the importer's JSON: Services that cooperate, ids with an optional prefix. */
function elements(network: Network, prefix = "") {
  return {
    nodes: network.nodes.map((id) => ({ data: { id: prefix + id, kind: "Service", nameFr: `Service ${prefix}${id}` } })),
    edges: network.edges.map(([u, v]) => ({ data: { id: `${prefix}${u}-${v}`, source: prefix + u, target: prefix + v, type: "COOPERATES_WITH" } })),
  };
}

const post = (client: TestClient, query: string, body: unknown) => client.request(`/api/imports?wait=true&${query}`, {
  method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
});
const remove = (client: TestClient, name: string, dryRun: boolean) =>
  client.request(`/api/sources/${encodeURIComponent(name)}?dryRun=${dryRun}`, { method: "DELETE" });
const sourcesOf = async (client: TestClient) => (await client.get("/api/sources")).body.sources as
  { name: string; nodes: number; edges: number; lastImport: { id?: string; at?: string; user?: string } | null }[];

describe("an import under one source", () => {
  it("refuses the ids of another source, naming it and suggesting a prefix; with a prefix both networks stay apart", async () => {
    const karate = networkx("karate_club_graph");
    const florentine = networkx("florentine_families_graph");
    expect((await post(api, "mode=replace&source=rawA", elements(karate))).body).toMatchObject({ status: "imported", created: { nodes: 34, edges: 78 } });
    const before = await snapshotGraph(db);

    const taken = await post(api, "mode=replace&source=rawB", elements(florentine));
    expect(taken.status).toBe(422);
    expect(taken.body.updated).toEqual({ nodes: 0, edges: 0 });
    const refusals = taken.body.errors.filter((e: { code?: string }) => e.code === "other-source");
    // Every Florentine node id is a karate node's; edge ids shared by both graphs are refused too.
    const shared = florentine.edges.filter(([u, v]) => karate.edges.some(([a, b]) => a === u && b === v)).length;
    expect(refusals).toHaveLength(15 + shared);
    expect(refusals[0]).toMatchObject({ file: "upload.json", field: "id", row: 0 });
    expect(refusals[0].message).toMatch(/source "rawA"/);
    expect(refusals[0].message).toMatch(/prefix \(the mapping's nodes\.id\.prefix, such as "rawB-"\)/);
    expect(taken.body.problemGroups).toContainEqual({ code: "other-source", count: 15 + shared });
    expect(await snapshotGraph(db)).toEqual(before);

    const apart = await post(api, "mode=replace&source=rawB", elements(florentine, "rawB-"));
    expect(apart.body).toMatchObject({ status: "imported", created: { nodes: 15, edges: 20 }, updated: { nodes: 0, edges: 0 } });
    const listed = await sourcesOf(api);
    expect(listed.find((s) => s.name === "rawA")).toMatchObject({ nodes: 34, edges: 78 });
    expect(listed.find((s) => s.name === "rawB")).toMatchObject({ nodes: 15, edges: 20 });
    expect((await api.get("/api/nodes/0")).body.data.provenanceSource).toBe("rawA");
  });

  it("refuses in merge mode too, relationships included, and lets the owning source update its own", async () => {
    await post(api, "source=rawA", elements({ nodes: ["a", "b"], edges: [["a", "b"]] }));
    const merged = await post(api, "source=rawB", {
      nodes: [{ data: { id: "a", kind: "Service", nameFr: "Autre" } }],
      edges: [{ data: { id: "a-b", source: "a", target: "b", type: "COOPERATES_WITH", note: "changed" } }],
    });
    expect(merged.status).toBe(422);
    expect(merged.body.errors).toEqual([
      expect.objectContaining({ code: "other-source", field: "id", message: expect.stringMatching(/^id "a" is an entity of source "rawA"/) }),
      expect.objectContaining({ code: "other-source", field: "id", message: expect.stringMatching(/^id "a-b" is a relationship of source "rawA"/) }),
    ]);
    const own = await post(api, "source=rawA", { nodes: [{ data: { id: "a", kind: "Service", nameFr: "Renommé" } }], edges: [] });
    expect(own.body).toMatchObject({ status: "imported", updated: { nodes: 1, edges: 0 } });
  });
});

/** Per source, a checksum of every element it holds: ids, labels, ends and properties, stamps included. */
async function sourceChecksums(): Promise<Map<string, string>> {
  const bySource = new Map<string, unknown[]>();
  const add = (props: Record<string, unknown>, entry: unknown) => {
    const source = String(props.provenanceSource ?? "(none)");
    bySource.set(source, [...(bySource.get(source) ?? []), entry]);
  };
  await db.forViewer(CLEARED_VIEWER).read(async (tx) => {
    for (const row of await tx.run("export/nodes-page", { after: "", limit: 100_000 })) {
      add(row.props as Record<string, unknown>, [row.id, row.labels, sortedEntries(row.props)]);
    }
    for (const row of await tx.run("export/edges-page", { after: "", limit: 100_000 })) {
      if (row.id !== null) add(row.props as Record<string, unknown>, [row.id, row.type, row.source, row.target, sortedEntries(row.props)]);
    }
  });
  return new Map([...bySource].map(([source, entries]) => [source, createHash("sha256")
    .update(JSON.stringify(entries.map((entry) => JSON.stringify(entry)).sort())).digest("hex")]));
}
const sortedEntries = (props: unknown) => Object.entries(props as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));

describe("random sequences of imports under random sources", () => {
  const SOURCES = ["alpha", "beta", "gamma"];
  // A seed node among them: the seed is a source like any other.
  const NODES = ["p0", "p1", "p2", "p3", "p4", "sgrs"];
  const importArb = fc.record({
    source: fc.constantFrom(...SOURCES),
    mode: fc.constantFrom("merge" as const, "replace" as const),
    nodes: fc.subarray(NODES),
    edges: fc.subarray(NODES.flatMap((u) => NODES.filter((v) => v > u).map((v) => [u, v] as const)), { maxLength: 5 }),
    name: fc.constantFrom("one", "two"),
  });

  it("never change an element of another source", async () => {
    await fc.assert(fc.asyncProperty(fc.array(importArb, { minLength: 2, maxLength: 5 }), async (sequence) => {
      await resetToSeed(db, model);
      for (const [step, spec] of sequence.entries()) {
        const file = path.join(scratch, `step-${step}.json`);
        writeFileSync(file, JSON.stringify({
          nodes: spec.nodes.map((id) => ({ data: { id, kind: "Service", nameFr: `${spec.source} ${spec.name} ${id}` } })),
          edges: spec.edges.map(([u, v]) => ({ data: { id: `${u}-${v}`, source: u, target: v, type: "COOPERATES_WITH" } })),
        }));
        const before = await sourceChecksums();
        const report = await runImport(db, model, [{ path: file, name: "step.json" }], {
          mode: spec.mode, source: spec.source, dryRun: false, user: "tests", maxElements: 1000, timeoutMs: 60_000,
        });
        expect(["imported", "rejected"]).toContain(report.status);
        const after = await sourceChecksums();
        for (const [source, checksum] of before) {
          if (source !== spec.source) expect(after.get(source), `${source} after step ${step}`).toBe(checksum);
        }
        for (const source of after.keys()) expect(before.has(source) || source === spec.source).toBe(true);
      }
    }), { numRuns: 10 });
  }, 400_000);
});

describe("GET and DELETE /api/sources", () => {
  const network = { nodes: ["n1", "n2", "n3"], edges: [["n1", "n2"], ["n2", "n3"]] as [string, string][] };

  it("lists each source with its counts and last import, and deletes one after a dry run that says what would go", async () => {
    const loaded = await post(api, "source=rawA", elements(network, "a-"));
    const listed = (await sourcesOf(api)).find((s) => s.name === "rawA");
    expect(listed).toEqual({
      name: "rawA", nodes: 3, edges: 2, marking: expect.any(Object),
      lastImport: { id: loaded.body.id, at: expect.any(String), user: api.admin.username },
    });
    expect((await sourcesOf(api)).map((s) => s.name)).toContain("seed");

    const before = await snapshotGraph(db);
    const dry = await remove(api, "rawA", true);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ status: "dry-run", mode: "replace", source: "rawA", deleted: { nodes: 3, edges: 2 } });
    expect(dry.body.changes.deleted.map((c: { id: string }) => c.id).sort()).toEqual(["a-n1", "a-n1-n2", "a-n2", "a-n2-n3", "a-n3"]);
    expect(await snapshotGraph(db)).toEqual(before);

    const done = await remove(api, "rawA", false);
    expect(done.body).toMatchObject({ status: "imported", deleted: { nodes: 3, edges: 2 } });
    expect((await sourcesOf(api)).map((s) => s.name)).not.toContain("rawA");
    expect((await api.get("/api/nodes/a-n1")).status).toBe(404);
    const history = (await api.get("/api/imports?limit=5")).body.imports;
    expect(history[0]).toMatchObject({ id: done.body.id, mode: "replace", source: "rawA" });
    expect((await remove(api, "rawA", true)).status).toBe(404);
  });

  it("refuses to delete a source whose entities another source's relationships still use, naming them", async () => {
    await post(api, "source=rawA", elements(network, "a-"));
    await post(api, "source=rawC", { nodes: [], edges: [{ data: { id: "c-tie", source: "a-n1", target: "sgrs", type: "COOPERATES_WITH" } }] });
    const before = await snapshotGraph(db);
    for (const dryRun of [true, false]) {
      const refused = await remove(api, "rawA", dryRun);
      expect(refused.status).toBe(422);
      expect(refused.body.errors).toEqual([expect.objectContaining({ code: "replace", message: expect.stringMatching(/node "a-n1".*relationship "c-tie" \(COOPERATES_WITH\) of source "rawC"/) })]);
    }
    expect(await snapshotGraph(db)).toEqual(before);
  });

  it("counts and deletes only what the reader may see, and never names the rest", async () => {
    await post(api, "source=mixed", {
      nodes: [...elements(network, "m-").nodes, { data: { id: "m-secret", kind: "Service", nameFr: "Caché", classification: "SECRET" } }],
      edges: elements(network, "m-").edges,
    });
    await post(api, "source=intel", { nodes: [{ data: { id: "i-secret", kind: "Service", nameFr: "Caché", classification: "SECRET" } }], edges: [] });

    const seen = await sourcesOf(restricted);
    expect(seen.find((s) => s.name === "mixed")).toMatchObject({ nodes: 3, edges: 2 });
    expect(seen.map((s) => s.name)).not.toContain("intel");
    expect((await sourcesOf(api)).find((s) => s.name === "mixed")).toMatchObject({ nodes: 4, edges: 2 });
    expect((await sourcesOf(api)).map((s) => s.name)).toContain("intel");

    const missing = await remove(restricted, "nowhere", true);
    const hidden = await remove(restricted, "intel", true);
    expect(hidden.status).toBe(404);
    expect(hidden.body.detail.replace("intel", "X")).toBe(missing.body.detail.replace("nowhere", "X"));

    const done = await remove(restricted, "mixed", false);
    expect(done.body).toMatchObject({ status: "imported", deleted: { nodes: 3, edges: 2 } });
    expect(JSON.stringify(done.body)).not.toMatch(/m-secret|SECRET|Caché/);
    expect((await api.get("/api/nodes/m-secret")).status).toBe(200);
    expect((await sourcesOf(api)).find((s) => s.name === "mixed")).toMatchObject({ nodes: 1, edges: 0 });
    expect((await sourcesOf(restricted)).map((s) => s.name)).not.toContain("mixed");
  });
});

describe("the import rate limit", () => {
  it("does not count dry runs, of imports or of deletions; real imports and deletions count", async () => {
    const limited = await startTestServer({ db, model, security: { importsPerHour: 2 } });
    try {
      const staff = limited.as((await createTestUser(db, { role: "data", clearance: "SECRET" })).token);
      const file = elements({ nodes: ["r1"], edges: [] }, "rl-");
      for (let i = 0; i < 4; i += 1) {
        expect((await post(staff, "dryRun=true&source=limited", file)).status).toBe(200);
      }
      expect((await post(staff, "source=limited", file)).status).toBe(200);
      for (let i = 0; i < 3; i += 1) expect((await remove(staff, "limited", true)).status).toBe(200);
      expect((await remove(staff, "limited", false)).status).toBe(200);
      expect((await post(staff, "source=limited", file)).status).toBe(429);
      expect((await post(staff, "dryRun=1&source=limited", file)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
