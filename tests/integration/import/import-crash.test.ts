import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import getPort from "get-port";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySchema } from "../../../server/graph/apply-schema.ts";
import type { ImportOptions } from "../../../server/import/import-report.ts";
import { runImport } from "../../../server/import/run-import.ts";
import { GraphModel } from "../../../server/model/graph-model.ts";
import { GraphDatabase } from "../../../server/neo4j/database.ts";
import { startLocalNeo4j, type LocalNeo4j } from "../../../server/neo4j/local-neo4j.ts";
import { loadSeed } from "../../../server/seed/load-seed.ts";
import { generateGraph } from "../../bench/generate-graph.ts";
import { snapshotGraph } from "../../support/graph-snapshot.ts";
import { createTestUser } from "../../support/server.ts";

/**
 * All or nothing under faults, on a Neo4j of its own (it is killed): a crash of Neo4j,
 * or of the server, in the middle of writing an import leaves the graph exactly as it was,
 * and the same import then goes through.
 */
const home = path.resolve(".data", "test-import-crash-neo4j");
const logger = pino({ level: "warn" });
const model = GraphModel.fromFile();
let neo4j: LocalNeo4j;
let port: number;
let db: GraphDatabase;
let scratch: string;
let file: string;

const start = () => startLocalNeo4j({ home, heap: "768m", pageCacheMb: 64, startTimeoutMs: 300_000, boltPort: port, logger });
const options: ImportOptions = {
  mode: "merge", source: "crash-test", dryRun: false, user: "test", maxElements: 1_000_000, timeoutMs: 600_000, batchSize: 2_000,
};

beforeAll(async () => {
  rmSync(home, { recursive: true, force: true });
  port = await getPort({ host: "127.0.0.1" });
  neo4j = await start();
  db = new GraphDatabase({ ...neo4j, database: "neo4j", queryTimeoutMs: 10_000 });
  await applySchema(db, model);
  await loadSeed(db, model);
  scratch = mkdtempSync(path.join(tmpdir(), "import-crash-"));
  file = path.join(scratch, "large.json");
  // Ids of their own, so the file adds to the seed rather than clashing with it.
  const graph = generateGraph({ nodes: 8_000, seed: 7 });
  writeFileSync(file, JSON.stringify(graph).replaceAll('"id":"', '"id":"crash-').replaceAll('"source":"', '"source":"crash-')
    .replaceAll('"target":"', '"target":"crash-'));
}, 600_000);

afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
  rmSync(home, { recursive: true, force: true });
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const elementsInFile = () => {
  const graph = JSON.parse(readFileSync(file, "utf8")) as { nodes: unknown[]; edges: unknown[] };
  return graph.nodes.length + graph.edges.length;
};

describe("an import interrupted by a crash", () => {
  it("leaves the graph unchanged when Neo4j is killed mid-write, and succeeds once Neo4j is back", async () => {
    const before = await snapshotGraph(db);
    let killed = false;
    const report = await runImport(db, model, [{ path: file, name: "large.json" }], {
      ...options,
      onProgress: ({ phase, done }) => {
        if (!killed && phase === "writing" && done >= 6_000) {
          killed = true;
          process.kill(neo4j.pid, "SIGKILL");
        }
      },
    });
    expect(killed).toBe(true);
    expect(report.status).toBe("failed");
    expect(report.message).toMatch(/nothing was written/);

    neo4j = await start();
    expect(await snapshotGraph(db)).toEqual(before);

    const again = await runImport(db, model, [{ path: file, name: "large.json" }], options);
    expect(again.status).toBe("imported");
    expect(again.created.nodes + again.created.edges).toBe(elementsInFile());
  }, 600_000);

  it("leaves the graph unchanged when the server is killed mid-import, and the same import then succeeds", async () => {
    await db.autoCommit(db.text("admin/delete-all"));
    await loadSeed(db, model);
    const before = await snapshotGraph(db);
    const apiPort = await getPort({ host: "127.0.0.1" });
    // Node itself with tsx as a loader, not the tsx wrapper: a SIGKILL cannot be passed on,
    // so it must reach the process that runs the server.
    const server = spawn(process.execPath, ["--import", "tsx", "server/cli/start.ts"], {
      env: {
        PATH: process.env.PATH, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password,
        SKIP_CLIENT_BUILD: "1", SEED_ON_EMPTY: "false", LOG_LEVEL: "warn", PORT: String(apiPort),
        IMPORT_BATCH_ROWS: "1000", RATE_LIMIT_PER_MINUTE: "100000",
      },
      stdio: "ignore",
    });
    const exited = new Promise((resolve) => server.on("exit", resolve));
    const url = `http://127.0.0.1:${apiPort}`;
    try {
      await eventually(async () => (await fetch(`${url}/api/ready`).catch(() => undefined))?.ok === true, 120_000);
      const authorization = `Bearer ${(await createTestUser(db, { role: "data", clearance: "SECRET" })).token}`;
      const started = await fetch(`${url}/api/imports?source=crash-test&name=large.json`, {
        method: "POST", headers: { "content-type": "application/json", authorization }, body: readFileSync(file),
      });
      expect(started.status).toBe(202);
      const job = (await started.json()) as { id: string };
      await eventually(async () => {
        const state = (await (await fetch(`${url}/api/imports/${job.id}`, { headers: { authorization } })).json()) as { progress: { phase: string; done: number } };
        if ((state as { state?: string }).state === "done") throw new Error(`the import ended before the kill: ${JSON.stringify(state).slice(0, 500)}`);
        return state.progress?.phase === "writing" && state.progress.done >= 3_000;
      }, 120_000, 20);
      server.kill("SIGKILL");
      await exited;
    } finally {
      server.kill("SIGKILL");
    }
    // The killed server's transaction never committed: nobody sees any of it.
    expect(await snapshotGraph(db)).toEqual(before);
    // Neo4j ends it once it notices the connection is gone (it may be mid-statement); until
    // then its locks make a new import of the same ids fail cleanly, so a retry goes through.
    let again = await runImport(db, model, [{ path: file, name: "large.json" }], options);
    for (let attempt = 0; again.status === "failed" && attempt < 30; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      again = await runImport(db, model, [{ path: file, name: "large.json" }], options);
    }
    expect(again.status, again.message).toBe("imported");
    expect(again.created.nodes + again.created.edges).toBe(elementsInFile());
  }, 600_000);
});

async function eventually(check: () => Promise<boolean>, timeoutMs: number, everyMs = 300): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
