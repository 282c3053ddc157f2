import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { projectRoot } from "../client-build.ts";
import { readEnvOrExit } from "../env.ts";
import { createLogger } from "../logger.ts";
import { startLocalNeo4j, type LocalNeo4j } from "../neo4j/local-neo4j.ts";
import { localNeo4jOptions } from "../runtime.ts";

/**
 * `npm run dev`: the API restarts on every server change (tsx watch) and the client
 * hot-reloads (Vite, proxying /api). The local Neo4j is started once, here, so that API
 * restarts do not restart the database.
 */
const env = readEnvOrExit();
const logger = createLogger(env.LOG_LEVEL);

let local: LocalNeo4j | undefined;
const database: NodeJS.ProcessEnv = {};
if (!env.NEO4J_URI) {
  local = await startLocalNeo4j(localNeo4jOptions(env, logger)).catch((error: Error) => {
    logger.fatal(error.message);
    process.exit(1);
  });
  Object.assign(database, { NEO4J_URI: local.uri, NEO4J_USER: local.user, NEO4J_PASSWORD: local.password });
}

const bin = (name: string) => path.join(projectRoot, "node_modules", ".bin", name);
const children: ChildProcess[] = [
  spawn(bin("tsx"), ["watch", "--clear-screen=false", "server/cli/start.ts"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, ...database, SKIP_CLIENT_BUILD: "1" },
  }),
  spawn(bin("vite"), ["--config", "client/vite.config.ts"], { cwd: projectRoot, stdio: "inherit" }),
];

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(children.map((child) => new Promise((resolve) => {
    if (child.exitCode !== null) resolve(undefined);
    else child.once("exit", resolve);
  })));
  await local?.stop();
  process.exit(0);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
for (const child of children) child.once("exit", () => void stop());
