import { rmSync } from "node:fs";
import path from "node:path";
import getPort from "get-port";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySchema } from "../../server/graph/apply-schema.ts";
import { GraphModel } from "../../server/model/graph-model.ts";
import { GraphDatabase } from "../../server/neo4j/database.ts";
import { startLocalNeo4j, type LocalNeo4j } from "../../server/neo4j/local-neo4j.ts";
import { loadSeed } from "../../server/seed/load-seed.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

/**
 * A Neo4j of its own, stopped and started again under a running API: data routes answer
 * 503 while it is down, and the API recovers by itself, without a restart.
 */
const home = path.resolve(".data", "test-recovery-neo4j");
const logger = pino({ level: "warn" });
let neo4j: LocalNeo4j;
let port: number;
let db: GraphDatabase;
let api: TestServer;

const start = () => startLocalNeo4j({ home, heap: "384m", pageCacheMb: 64, startTimeoutMs: 300_000, boltPort: port, logger });

beforeAll(async () => {
  rmSync(home, { recursive: true, force: true });
  port = await getPort({ host: "127.0.0.1" });
  neo4j = await start();
  const model = GraphModel.fromFile();
  db = new GraphDatabase({ ...neo4j, database: "neo4j", queryTimeoutMs: 10_000 });
  await applySchema(db, model);
  await loadSeed(db, model);
  api = await startTestServer({ db, model });
});

afterAll(async () => {
  await api?.close();
  await db?.close();
  await neo4j?.stop();
  rmSync(home, { recursive: true, force: true });
});

async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe("when Neo4j goes away and comes back", () => {
  it("answers 503 problem+json on readiness and data routes, keeps liveness, then recovers by itself", async () => {
    expect((await api.get("/api/ready")).status).toBe(200);
    await neo4j.stop();

    const ready = await api.get("/api/ready");
    expect(ready.status).toBe(503);
    expect(ready.type).toContain("application/problem+json");
    // Recognising a signed-in user needs the database too: even the model answers 503, not 401.
    for (const route of ["/api/graph", "/api/nodes/sgrs", "/api/search?q=vsse", "/api/paths?from=sgrs&to=vsse", "/api/model"]) {
      const { status, type, body, headers } = await api.request(route);
      expect(status, route).toBe(503);
      expect(headers.get("retry-after"), route).toBe("5");
      expect(type).toContain("application/problem+json");
      expect(body).toMatchObject({ status: 503, title: "Database unavailable" });
      expect(JSON.stringify(body)).not.toMatch(/MATCH|neo4j-driver|at .*\.ts/);
    }
    expect((await api.get("/api/health")).status).toBe(200);
    expect((await api.get("/api/health", { token: null })).status).toBe(200);

    neo4j = await start();
    await eventually(async () => (await api.get("/api/ready")).status === 200, 60_000);
    const graph = await api.get("/api/graph");
    expect(graph.status).toBe(200);
    expect(graph.body.nodes).toHaveLength(52);
  }, 300_000);
});
