import { rmSync } from "node:fs";
import path from "node:path";
import { pino } from "pino";
import type { TestProject } from "vitest/node";
import { startLocalNeo4j, type LocalNeo4j } from "../../server/neo4j/local-neo4j.ts";

/**
 * Starts the real Neo4j once per test run: a local Neo4j Community in a fresh folder, or
 * the server named by TEST_NEO4J_URI. Tests empty the database, so NEO4J_URI (a real
 * deployment) is deliberately never used here.
 */
export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

let local: LocalNeo4j | undefined;
let home: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (process.env.TEST_NEO4J_URI) {
    project.provide("neo4j", {
      uri: process.env.TEST_NEO4J_URI,
      user: process.env.TEST_NEO4J_USER ?? "neo4j",
      password: process.env.TEST_NEO4J_PASSWORD ?? "",
      database: process.env.TEST_NEO4J_DATABASE ?? "neo4j",
    });
    return;
  }
  // One folder per run, so two runs on one machine never share a store.
  home = path.resolve(".data", `test-neo4j-${process.pid}`);
  rmSync(home, { recursive: true, force: true });
  local = await startLocalNeo4j({
    home,
    heap: "512m",
    pageCacheMb: 128,
    startTimeoutMs: 600_000,
    logger: pino({ level: process.env.CI ? "info" : "warn" }),
  });
  project.provide("neo4j", { uri: local.uri, user: local.user, password: local.password, database: "neo4j" });
}

export async function teardown(): Promise<void> {
  await local?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
}
