import { rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { pino } from "pino";
import { GraphModel } from "../../server/model/graph-model.ts";
import { GraphDatabase } from "../../server/neo4j/database.ts";
import { startLocalNeo4j } from "../../server/neo4j/local-neo4j.ts";
import { describeLoad, emptyDatabase, entitiesFor, generatedFile, importFile } from "./import-bench.ts";

/**
 * `npx tsx tests/bench/import-bound.ts --heap 1g --sizes 250000,500000,1000000`: how large
 * an import can succeed in its one transaction on a local Neo4j with the given heap. Each
 * size is tried once on an emptied database; a failure must be clean: a "failed" report,
 * no entity written, Neo4j still answering. One line per size on stdout, progress on stderr.
 */
const USAGE = `Usage: npx tsx tests/bench/import-bound.ts --heap 1g --sizes 250000,500000,1000000
  --heap SIZE    Java heap of the local Neo4j (as NEO4J_LOCAL_HEAP: 512m, 1g, 2g…)
  --sizes LIST   elements (entities + relationships) to try, in order, once each`;

const say = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<number> {
  let flags;
  try {
    flags = parseArgs({ options: { heap: { type: "string", default: "1g" }, sizes: { type: "string" } } }).values;
  } catch (error) {
    say(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const sizes = (flags.sizes ?? "").split(",").filter(Boolean).map(Number);
  if (!/^\d+[mg]$/.test(flags.heap) || sizes.length === 0 || sizes.some((size) => !Number.isSafeInteger(size) || size <= 0)) {
    say(USAGE);
    return 2;
  }
  // A store of its own, so a crash here never touches the bench's or the server's.
  const home = path.resolve(".data", `import-bound-neo4j-${process.pid}`);
  const local = await startLocalNeo4j({
    home, heap: flags.heap, pageCacheMb: 512, startTimeoutMs: 600_000, logger: pino({ level: "warn" }),
  });
  const db = new GraphDatabase({ uri: local.uri, user: local.user, password: local.password, database: "neo4j", queryTimeoutMs: 600_000 });
  const model = GraphModel.fromFile();
  try {
    for (const size of sizes) console.log(await tryImport(db, model, size, flags.heap));
  } finally {
    await db.close();
    await local.stop();
    rmSync(home, { recursive: true, force: true });
  }
  return 0;
}

async function tryImport(db: GraphDatabase, model: GraphModel, size: number, heap: string): Promise<string> {
  await emptyDatabase(db, model);
  const { file, elements, remove } = generatedFile(entitiesFor(size));
  say(`[bound ${size}] ${elements.toLocaleString("en")} elements on a ${heap} heap; ${describeLoad()}`);
  const started = performance.now();
  try {
    const report = await importFile(db, model, file, undefined, { oneTransaction: true });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const [count] = await db.query("explore/entity-count").catch(() => [{ count: "unreachable" }]);
    return `${elements} elements, heap ${heap}: ${report.status} after ${seconds} s; ` +
      `entities in the database afterwards: ${String(count?.count)}; ${report.message}`;
  } finally {
    remove();
  }
}

process.exitCode = await main();
