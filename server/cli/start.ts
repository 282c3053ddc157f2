import type { Server } from "node:http";
import { createApp } from "../app.ts";
import { buildClientIfStale, clientDistDir } from "../client-build.ts";
import { createAccessControl } from "../auth/access-control.ts";
import { importLimits, oidcSettings, readEnvOrExit, securitySettings } from "../env.ts";
import { createLogger } from "../logger.ts";
import { startRuntime } from "../runtime.ts";

/**
 * `npm start`: validate the environment, build the client if needed, bring up Neo4j and
 * the seed, serve API and client; on SIGTERM or SIGINT, stop accepting, finish in-flight
 * requests, close the driver and stop the local Neo4j.
 */
const env = readEnvOrExit();
const logger = createLogger(env.LOG_LEVEL);

try {
  if (process.env.SKIP_CLIENT_BUILD !== "1") await buildClientIfStale(logger);
  const runtime = await startRuntime(env, logger);
  const { app } = createApp({
    db: runtime.db, model: runtime.model, logger, clientDir: clientDistDir, analysisTimeoutMs: env.ANALYSIS_TIMEOUT_MS,
    importLimits: importLimits(env),
    access: createAccessControl(runtime.db, {
      sessions: { idleMinutes: env.SESSION_IDLE_MINUTES, absoluteHours: env.SESSION_ABSOLUTE_HOURS },
    }),
    security: securitySettings(env),
    oidc: oidcSettings(env),
  });
  const server: Server = app.listen(env.PORT, env.HOST);
  server.on("error", async (error: NodeJS.ErrnoException) => {
    logger.fatal(
      error.code === "EADDRINUSE"
        ? `Port ${env.PORT} is already in use: stop what holds it, or set PORT to another port.`
        : `The HTTP server failed: ${error.message}`,
    );
    await runtime.stop();
    process.exit(1);
  });
  server.on("listening", () => logger.info({ url: `http://${env.HOST}:${env.PORT}/` }, "dashboard ready"));

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, "shutting down: finishing in-flight requests");
    const forced = setTimeout(() => server.closeAllConnections(), 10_000);
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    clearTimeout(forced);
    await runtime.stop();
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
} catch (error) {
  logger.fatal((error as Error).message);
  process.exit(1);
}
