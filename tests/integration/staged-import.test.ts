import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import getPort from "get-port";
import neo4j, { type Driver } from "neo4j-driver";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySchema } from "../../server/graph/apply-schema.ts";
import type { ImportOptions } from "../../server/import/import-report.ts";
import { runImport } from "../../server/import/run-import.ts";
import { cleanUpStages, stagesSettled } from "../../server/import/staged-import.ts";
import { GraphModel } from "../../server/model/graph-model.ts";
import { GraphDatabase } from "../../server/neo4j/database.ts";
import { startLocalNeo4j, type LocalNeo4j } from "../../server/neo4j/local-neo4j.ts";
import { loadSeed } from "../../server/seed/load-seed.ts";
import { generateGraph } from "../bench/generate-graph.ts";
import { snapshotGraph } from "../support/graph-snapshot.ts";
import { startTestServer, type TestServer } from "../support/server.ts";
import { CLEARED_VIEWER } from "../support/viewer.ts";

/**
 * Imports past the heap, still all or nothing, on a Neo4j of its own (it is killed): with
 * a low threshold, an import is staged in committed batches that no reader sees until it
 * is published, and a failure, or a kill of Neo4j or of the importing process at any
 * batch, leaves the visible graph as it was; the next start removes what was staged.
 */
const home = path.resolve(".data", "test-staged-import-neo4j");
const logger = pino({ level: "silent" });
const model = GraphModel.fromFile();
const BATCH = 500;
let local: LocalNeo4j;
let port: number;
let db: GraphDatabase;
let driver: Driver;
let scratch: string;
let file: string;
let elements: number;
let nodes: number;
/** A seed entity one of the file's first relationships starts from: a lock on it holds the import mid-way. */
let anchor: string;

const start = () => startLocalNeo4j({ home, heap: "768m", pageCacheMb: 64, startTimeoutMs: 300_000, boltPort: port, logger });
const options: ImportOptions = {
  mode: "merge", source: "staged-test", dryRun: false, user: "test", maxElements: 1_000_000, timeoutMs: 600_000,
  batchSize: BATCH, stageAbove: 1_000,
};
const files = () => [{ path: file, name: "large.json" }];

beforeAll(async () => {
  rmSync(home, { recursive: true, force: true });
  port = await getPort({ host: "127.0.0.1" });
  local = await start();
  db = new GraphDatabase({ ...local, database: "neo4j", queryTimeoutMs: 20_000 });
  driver = neo4j.driver(local.uri, neo4j.auth.basic(local.user, local.password), { logging: { level: "error", logger: () => {} } });
  await applySchema(db, model);
  await loadSeed(db, model);
  scratch = mkdtempSync(path.join(tmpdir(), "staged-import-"));
  file = path.join(scratch, "large.json");
  const graph = JSON.parse(JSON.stringify(generateGraph({ nodes: 1_200, seed: 11 })).replaceAll('"id":"', '"id":"staged-')
    .replaceAll('"source":"', '"source":"staged-').replaceAll('"target":"', '"target":"staged-')) as {
    nodes: { data: Record<string, unknown> }[]; edges: { data: Record<string, unknown> }[];
  };
  const seed = JSON.parse(readFileSync("seed/sgrs-cooperation.json", "utf8")) as { nodes: { data: { id: string; kind: string } }[] };
  // Rewire the first relationship whose start kind the seed has to start from a seed entity.
  const kinds = new Map(graph.nodes.map(({ data }) => [String(data.id), String(data.kind)]));
  const edge = graph.edges.find(({ data }) => seed.nodes.some((node) => node.data.kind === kinds.get(String(data.source))))!;
  anchor = seed.nodes.find((node) => node.data.kind === kinds.get(String(edge.data.source)))!.data.id;
  edge.data.source = anchor;
  writeFileSync(file, JSON.stringify(graph));
  nodes = graph.nodes.length;
  elements = graph.nodes.length + graph.edges.length;
}, 600_000);

afterAll(async () => {
  await driver?.close();
  await db?.close();
  await local?.stop();
  rmSync(home, { recursive: true, force: true });
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Elements still carrying a stage mark, and stage nodes, read around the product. */
async function leftovers(): Promise<{ staged: number; stages: number }> {
  const session = driver.session();
  try {
    const nodeCount = await session.run("MATCH (n:Entity) WHERE n.stagedBy IS NOT NULL RETURN count(n) AS c");
    const edgeCount = await session.run("MATCH ()-[r]->() WHERE r.stagedBy IS NOT NULL RETURN count(r) AS c");
    const stages = await session.run("MATCH (s:ImportStage) RETURN count(s) AS c");
    const value = (result: typeof stages) => Number(result.records[0]!.get("c"));
    return { staged: value(nodeCount) + value(edgeCount), stages: value(stages) };
  } finally {
    await session.close();
  }
}

async function resetToSeed(): Promise<void> {
  await db.autoCommit(db.text("admin/delete-all"));
  const session = driver.session();
  await session.run("MATCH (s:ImportStage) DELETE s").finally(() => session.close());
  await loadSeed(db, model);
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("a staged import", () => {
  it("is invisible to every reader while its batches are written, and visible all at once when published", async () => {
    const api: TestServer = await startTestServer({ db, model });
    const before = await snapshotGraph(db);
    const sizeBefore = await db.forViewer(CLEARED_VIEWER).query("analytics/graph-size");
    const exportBefore = (await api.get("/api/export?format=json")).body as unknown;
    // Holds the import at its first relationship batch: creating a relationship locks its ends.
    const lock = driver.session();
    const lockTx = await lock.beginTransaction();
    await lockTx.run("MATCH (n:Entity {id: $id}) SET n.heldByTest = true", { id: anchor });
    let written = 0;
    const running = runImport(db, model, files(), { ...options, onProgress: ({ phase, done }) => {
      if (phase === "writing") written = done;
    } });
    try {
      await until(() => written >= nodes, 120_000);
      expect((await leftovers()).staged).toBeGreaterThanOrEqual(nodes);
      const first = firstNode();
      expect((await api.get(`/api/nodes/${encodeURIComponent(first.id)}`)).status).toBe(404);
      const search = await api.get(`/api/search?q=${encodeURIComponent(first.nameFr)}&limit=100`);
      expect(JSON.stringify(search.body)).not.toMatch(/"staged-/);
      expect((await api.get("/api/export?format=json")).body).toEqual(exportBefore);
      expect(await db.forViewer(CLEARED_VIEWER).query("analytics/graph-size")).toEqual(sizeBefore);
      expect(await snapshotGraph(db)).toEqual(before);
    } finally {
      await lockTx.rollback();
      await lock.close();
    }
    const report = await running;
    expect(report.status, report.message).toBe("imported");
    expect(report.created.nodes + report.created.edges).toBe(elements);
    const after = await snapshotGraph(db);
    expect(after.nodes + after.edges).toBe(before.nodes + before.edges + elements);
    expect((await api.get(`/api/nodes/${encodeURIComponent(firstNode().id)}`)).status).toBe(200);
    const exportAfter = (await api.get("/api/export?format=json")).body as unknown;
    await stagesSettled();
    expect(await leftovers()).toEqual({ staged: 0, stages: 0 });
    // Settling (clearing the stage marks) changes nothing a reader sees.
    expect((await api.get("/api/export?format=json")).body).toEqual(exportAfter);
    await api.close();
  }, 600_000);

  it("writes nothing in a dry run, however large", async () => {
    await resetToSeed();
    const before = await snapshotGraph(db);
    const report = await runImport(db, model, files(), { ...options, dryRun: true });
    expect(report.status).toBe("dry-run");
    expect(report.created.nodes + report.created.edges).toBe(elements);
    expect(await leftovers()).toEqual({ staged: 0, stages: 0 });
    expect(await snapshotGraph(db)).toEqual(before);
  }, 600_000);

  it("leaves the visible graph unchanged when Neo4j is killed at any batch, and start-up removes what was staged", async () => {
    const batches = Math.ceil(elements / BATCH);
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: batches - 1 }), async (batch) => {
      await resetToSeed();
      const before = await snapshotGraph(db);
      let killed = false;
      const report = await runImport(db, model, files(), { ...options, onProgress: ({ phase, done }) => {
        if (!killed && phase === "writing" && done >= batch * BATCH) {
          killed = true;
          process.kill(local.pid, "SIGKILL");
        }
      } });
      expect(killed).toBe(true);
      expect(report.status).toBe("failed");
      local = await start();
      expect(await snapshotGraph(db)).toEqual(before);
      expect((await leftovers()).staged).toBeGreaterThan(0);
      await cleanUpStages(db, logger);
      expect(await leftovers()).toEqual({ staged: 0, stages: 0 });
      expect(await snapshotGraph(db)).toEqual(before);
    }), { numRuns: 2 });
  }, 900_000);

  it("leaves the visible graph unchanged when the importing process is killed at any batch, and the next start cleans up", async () => {
    const batches = Math.ceil(elements / BATCH);
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: batches - 1 }), async (batch) => {
      await resetToSeed();
      const before = await snapshotGraph(db);
      // Node itself with tsx as a loader, so the SIGKILL reaches the process that imports.
      const cli = spawn(process.execPath, ["--import", "tsx", "server/cli/import.ts", file, "--source", "staged-test"], {
        env: {
          PATH: process.env.PATH, NEO4J_URI: local.uri, NEO4J_USER: local.user, NEO4J_PASSWORD: local.password,
          LOG_LEVEL: "warn", IMPORT_BATCH_ROWS: String(BATCH), IMPORT_STAGE_ABOVE: "1000",
        },
        stdio: "ignore",
      });
      const exited = new Promise((resolve) => cli.on("exit", resolve));
      try {
        await until(async () => (await leftovers()).staged >= batch * BATCH, 180_000);
        cli.kill("SIGKILL");
        await exited;
      } finally {
        cli.kill("SIGKILL");
      }
      expect(await snapshotGraph(db)).toEqual(before);
      await cleanUpStages(db, logger);
      expect(await leftovers()).toEqual({ staged: 0, stages: 0 });
      expect(await snapshotGraph(db)).toEqual(before);
      // And the same import then goes through.
      const again = await runImport(db, model, files(), options);
      expect(again.status, again.message).toBe("imported");
      expect(again.created.nodes + again.created.edges).toBe(elements);
      await stagesSettled();
    }), { numRuns: 1 });
  }, 900_000);
});

function firstNode(): { id: string; nameFr: string } {
  const graph = JSON.parse(readFileSync(file, "utf8")) as { nodes: { data: { id: string; nameFr: string } }[] };
  return graph.nodes[0]!.data;
}
