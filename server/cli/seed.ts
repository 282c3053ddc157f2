import { readEnvOrExit } from "../env.ts";
import { createLogger } from "../logger.ts";
import { startRuntime } from "../runtime.ts";
import { loadSeed } from "../seed/load-seed.ts";

/** `npm run seed`: (re)load the seed graph. Loading twice leaves the graph identical. */
const env = readEnvOrExit();
const logger = createLogger(env.LOG_LEVEL);
const runtime = await startRuntime(env, logger, { seedOnEmpty: false }).catch((error: Error) => {
  logger.fatal(error.message);
  process.exit(1);
});
try {
  const report = await loadSeed(runtime.db, runtime.model, process.argv[2]);
  console.log(
    `Seed loaded: ${report.nodes} entities, ${report.edges} relationships ` +
      `(${report.created} new entities, ${report.deletedNodes} entities and ${report.deletedEdges} relationships removed).`,
  );
} catch (error) {
  logger.fatal((error as Error).message);
  process.exitCode = 1;
} finally {
  await runtime.stop();
}
