import { readFileSync } from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import { pino } from "pino";
import { viewerParameters } from "../../server/access/viewer.ts";
import { cypherDir, visibilityPredicate } from "../../server/neo4j/catalog.ts";
import { startLocalNeo4j } from "../../server/neo4j/local-neo4j.ts";
import { CLEARED_VIEWER } from "../support/viewer.ts";
import { openRawDriver } from "./raw-driver.ts";
import { median } from "./stats.ts";

/**
 * What the staged-import test in every `@visible` costs a read: the neighbourhood step
 * (explore/neighbourhood-step) from random entities of the graph the bench left in
 * `.data/bench-neo4j` (run `npm run bench -- --import-only` first), timed with today's
 * rule and with the rule as it was before staging (markings only), alternating, and
 * the medians compared. `npx tsx tests/bench/visibility-cost.ts [samples]`.
 */
const samples = Number(process.argv[2] ?? 400);
const local = await startLocalNeo4j({
  home: path.resolve(".data/bench-neo4j"), heap: "1g", pageCacheMb: 1024, startTimeoutMs: 600_000, logger: pino({ level: "warn" }),
});
const driver = openRawDriver(local);
const text = readFileSync(path.join(cypherDir, "explore/neighbourhood-step.cypher"), "utf8");
const markingsOnly = (variable: string) => visibilityPredicate(variable).replace(/ AND \(\w+\.stagedBy IS NULL OR EXISTS \{[^}]*\}\)\)$/, ")");
const withStages = text.replace(/@visible\((\w+)\)/g, (_m, variable: string) => visibilityPredicate(variable));
const before = text.replace(/@visible\((\w+)\)/g, (_m, variable: string) => markingsOnly(variable));
if (before === withStages) throw new Error("the markings-only rule could not be derived from visibilityPredicate");
try {
  const session = driver.session();
  const ids = (await session.run("MATCH (n:Entity) RETURN n.id AS id LIMIT 20000")).records.map((record) => String(record.get("id")));
  await session.close();
  if (ids.length === 0) throw new Error("the bench's graph is empty: run npm run bench -- --import-only first");
  const timings = { withStages: [] as number[], before: [] as number[] };
  for (let sample = -20; sample < samples; sample += 1) {
    const id = ids[Math.floor(Math.random() * ids.length)]!;
    const params = { frontier: [id], seen: [id], types: null, asOf: null, limit: neo4j.int(200), ...viewerParameters(CLEARED_VIEWER) };
    for (const [name, statement] of sample % 2 === 0 ? [["withStages", withStages], ["before", before]] as const
      : [["before", before], ["withStages", withStages]] as const) {
      const started = performance.now();
      await driver.executeQuery(statement, params, { routing: neo4j.routing.READ });
      if (sample >= 0) timings[name].push(performance.now() - started);
    }
  }
  const a = median(timings.before);
  const b = median(timings.withStages);
  process.stdout.write(`neighbourhood step, ${samples} samples: markings only ${a.toFixed(2)} ms, with the stage test ` +
    `${b.toFixed(2)} ms median (${(b / a).toFixed(2)}×)\n`);
} finally {
  await driver.close();
  await local.stop();
}
