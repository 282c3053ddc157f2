import path from "node:path";
import type { Logger } from "pino";
import { applyAccessSchema } from "./auth/access-schema.ts";
import { UserStore } from "./auth/user-store.ts";
import type { Env } from "./env.ts";
import { applySchema } from "./graph/apply-schema.ts";
import { GraphModel } from "./model/graph-model.ts";
import { GraphDatabase } from "./neo4j/database.ts";
import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from "./neo4j/local-neo4j.ts";
import { loadSeed } from "./seed/load-seed.ts";
import { cleanUpStages } from "./import/staged-import.ts";

export interface Runtime {
  db: GraphDatabase;
  model: GraphModel;
  /** The local Neo4j this process started, when NEO4J_URI is unset. */
  local?: LocalNeo4j;
  /** Closes the driver, then stops the local Neo4j if this process started it. */
  stop(): Promise<void>;
}

export class StartupError extends Error {
  override readonly name = "StartupError";
}

/**
 * Brings up what the API stands on: the model (validated), Neo4j (local or NEO4J_URI),
 * the schema (the graph's and the accounts'), the first admin account when there is no
 * account at all, and the seed graph when the database holds no entity.
 */
export async function startRuntime(env: Env, logger: Logger, options: { seedOnEmpty?: boolean } = {}): Promise<Runtime> {
  const model = GraphModel.fromFile();
  let local: LocalNeo4j | undefined;
  let connection: { uri: string; user: string; password: string };
  if (env.NEO4J_URI) {
    connection = { uri: env.NEO4J_URI, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD ?? "" };
    logger.info({ uri: env.NEO4J_URI, database: env.NEO4J_DATABASE }, "using the Neo4j at NEO4J_URI");
  } else {
    local = await startLocalNeo4j(localNeo4jOptions(env, logger));
    connection = local;
  }
  const db = new GraphDatabase({ ...connection, database: env.NEO4J_DATABASE, queryTimeoutMs: env.QUERY_TIMEOUT_MS });
  const stop = async () => {
    await db.close();
    await local?.stop();
  };
  try {
    await waitForDatabase(db, env.NEO4J_START_TIMEOUT_S * 1000, logger);
    await applySchema(db, model);
    await applyAccessSchema(db);
    // Before anything reads or imports: what a killed import left staged goes (it was never visible).
    await cleanUpStages(db, logger);
    await new UserStore(db).ensureAdmin({
      adminPassword: env.ADMIN_PASSWORD,
      // A one-time password goes to the operator's terminal once, never into the kept logs.
      log: (message) => process.stderr.write(`\n${message}\n\n`),
    });
    if (options.seedOnEmpty ?? env.SEED_ON_EMPTY) {
      const [row] = await db.query("explore/entity-count");
      if (Number(row?.count ?? 0) === 0) {
        const report = await loadSeed(db, model);
        logger.info(report, "the database was empty: seed graph loaded");
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { db, model, local, stop };
}

/** The local Neo4j as the environment configures it. */
export function localNeo4jOptions(env: Env, logger: Logger): LocalNeo4jOptions {
  return {
    home: path.resolve(env.DATA_DIR, "neo4j"),
    heap: env.NEO4J_LOCAL_HEAP,
    pageCacheMb: env.NEO4J_LOCAL_PAGECACHE_MB,
    startTimeoutMs: env.NEO4J_START_TIMEOUT_S * 1000,
    boltPort: env.NEO4J_LOCAL_BOLT_PORT,
    logger,
  };
}

async function waitForDatabase(db: GraphDatabase, timeoutMs: number, logger: Logger): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let attempt = 0;
  while (!(await db.isReachable())) {
    if (Date.now() > deadline) {
      throw new StartupError(
        `Neo4j did not answer within ${timeoutMs / 1000} s. Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, ` +
          "or unset NEO4J_URI to use the local Neo4j.",
      );
    }
    if (attempt++ % 10 === 0) logger.info("waiting for Neo4j to accept connections");
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
