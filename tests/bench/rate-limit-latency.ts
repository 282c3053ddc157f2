import { rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import express, { type Express } from "express";
import { pino } from "pino";
import { applyAccessSchema } from "../../server/auth/access-schema.ts";
import { createRateLimits } from "../../server/auth/rate-limits.ts";
import { GraphDatabase } from "../../server/neo4j/database.ts";
import { startLocalNeo4j } from "../../server/neo4j/local-neo4j.ts";

/**
 * What the global rate limit's Neo4j counter adds to a request: a plain route with and
 * without the limiter in front, over real HTTP on loopback, one request at a time and 32
 * in flight. Not a test and not part of `npm run bench`; run it by hand:
 *
 *   npx tsx tests/bench/rate-limit-latency.ts
 *
 * It starts a local Neo4j of its own (or uses TEST_NEO4J_URI/_USER/_PASSWORD).
 */
const SEQUENTIAL = 1_000;
const CONCURRENT = 4_000;
const IN_FLIGHT = 32;

async function main(): Promise<void> {
  const home = path.resolve(".data", `latency-neo4j-${process.pid}`);
  const local = process.env.TEST_NEO4J_URI ? undefined : await startLocalNeo4j({
    home, heap: "512m", pageCacheMb: 128, startTimeoutMs: 600_000, logger: pino({ level: "warn" }),
  });
  const connection = local
    ? { uri: local.uri, user: local.user, password: local.password }
    : { uri: process.env.TEST_NEO4J_URI!, user: process.env.TEST_NEO4J_USER ?? "neo4j", password: process.env.TEST_NEO4J_PASSWORD ?? "" };
  const db = new GraphDatabase({ ...connection, database: "neo4j", queryTimeoutMs: 15_000 });
  try {
    await applyAccessSchema(db);
    const plain = await listen(app(null));
    const limited = await listen(app(db));
    const rows: string[] = [];
    for (const [name, server] of [["without limiter", plain], ["with Neo4j limiter", limited]] as const) {
      await run(server.url, 200, 8); // warm up: connections, JIT, Neo4j's plan cache
      const one = await run(server.url, SEQUENTIAL, 1);
      const many = await run(server.url, CONCURRENT, IN_FLIGHT);
      rows.push(`${name.padEnd(20)} 1 in flight: p50 ${ms(one.p50)} p99 ${ms(one.p99)} | ${IN_FLIGHT} in flight: p50 ${ms(many.p50)} p99 ${ms(many.p99)}, ${Math.round(many.perSecond)} req/s`);
      server.close();
    }
    console.log(rows.join("\n"));
  } finally {
    await db.close();
    await local?.stop();
    if (local) rmSync(home, { recursive: true, force: true });
  }
}

function app(db: GraphDatabase | null): Express {
  const server = express();
  if (db) server.use(createRateLimits(db, { globalPerMinute: 1_000_000 }).global);
  server.get("/health", (_req, res) => {
    res.json({ ok: true });
  });
  return server;
}

async function listen(server: Express): Promise<{ url: string; close(): void }> {
  const listening: Server = server.listen(0, "127.0.0.1");
  await new Promise((resolve) => listening.once("listening", resolve));
  return {
    url: `http://127.0.0.1:${(listening.address() as AddressInfo).port}/health`,
    close: () => {
      listening.closeAllConnections();
      listening.close();
    },
  };
}

/** `count` GETs, `inFlight` at a time: latency percentiles (ms) and throughput. */
async function run(url: string, count: number, inFlight: number) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: inFlight }, async () => {
    while (next < count) {
      next += 1;
      const at = performance.now();
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`answered ${response.status}`);
      latencies.push(performance.now() - at);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { p50: at(0.5), p99: at(0.99), perSecond: count / seconds };
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
