import { writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { pino } from "pino";
import { canSee } from "../../contract/markings.ts";
import { readEnv } from "../../server/env.ts";
import { GraphModel } from "../../server/model/graph-model.ts";
import { GraphDatabase } from "../../server/neo4j/database.ts";
import { startLocalNeo4j, type LocalNeo4j } from "../../server/neo4j/local-neo4j.ts";
import { benchAnalytics } from "./analytics-bench.ts";
import { renderRows } from "./render.ts";
import { startApiProcess, type ApiProcess, type Neo4jConnection } from "./api-process.ts";
import { readBenchEnv } from "./bench-env.ts";
import { generateDefaults, generateGraph } from "./generate-graph.ts";
import { benchImport, IMPORT_SIZES } from "./import-bench.ts";
import { loadGraph } from "./load-graph.ts";
import { benchMixedLoad } from "./mixed-load.ts";
import { measureClosedLoop, measureHttp, type Measurement } from "./measurement.ts";
import { mulberry32 } from "./prng.ts";
import { openRawDriver, type RawDriver } from "./raw-driver.ts";
import { formatTable, loadRows, scenarioRows, type BenchRow } from "./report.ts";
import { benchScenarios, type Scenario } from "./scenarios.ts";

/**
 * `npm run bench`: for each graph size, generate a graph, load it, then measure the API
 * over real HTTP against the raw driver doing the same statements, and the analytics on
 * the projection against reference implementations. The table goes to stdout, progress
 * to stderr.
 */
const USAGE = `Usage: npm run bench -- [--quick] [--import-only | --mixed-only] [--json FILE]
  --quick        1k and 10k entities only, 5 s per measurement, imports of 10k elements (a few minutes in all)
  --import-only  only the import rows (100k and 1M elements, on the default heap): the product's import path against a raw CREATE loop
  --mixed-only   only the mixed load and the Neo4j restart under load, on the largest graph
  --json FILE    also write the rows, as a JSON array, to FILE
Runs on its own Neo4j under .data/bench-neo4j, or on BENCH_NEO4J_URI, which it WIPES.`;

const PLANS = {
  quick: { sizes: [1_000, 10_000], seconds: 5, warmupSeconds: 2, mixedSeconds: 20 },
  full: { sizes: [1_000, 10_000, 100_000], seconds: 10, warmupSeconds: 3, mixedSeconds: 60 },
};
/** Signed-in clients of the mixed load, on the largest graph. */
const MIXED_CLIENTS = 50;
/**
 * The mixed load runs twice: clients sending their next request at once (saturation: the
 * latency is mostly queueing, 50 / throughput), and clients pausing this long on average,
 * as people reading an answer do (the latency is then the service time).
 */
const PACED_THINK_MS = 1000;
/**
 * Java heap of the bench's own Neo4j. The 100k-entity graph (300k elements) is loaded in
 * one transaction, which needs 4g. `--import-only` runs on the server's default heap
 * (NEO4J_LOCAL_HEAP, 1g), to show that a staged import of a million elements fits it.
 */
const BENCH_HEAP = "4g";
/** Requests (or driver transactions) in flight at any time. */
const CONCURRENCY = 32;
/** Seeds of the drawn ids and words: both sides see the same sequence. */
const WARMUP_SEED = 1;
const MEASURE_SEED = 2;

interface BenchContext {
  db: GraphDatabase;
  model: GraphModel;
  raw: RawDriver;
  connection: Neo4jConnection;
  plan: (typeof PLANS)["full"];
  /** Rows so far; a failing run still reports what it measured. */
  rows: BenchRow[];
  /** Stops and starts the bench's own Neo4j (not one at BENCH_NEO4J_URI), for the outage run. */
  neo4jControl?: { stop: () => Promise<void>; start: () => Promise<void> };
}

const say = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<number> {
  let flags;
  try {
    flags = parseArgs({
      options: {
        quick: { type: "boolean" }, "import-only": { type: "boolean" }, "mixed-only": { type: "boolean" },
        json: { type: "string" }, help: { type: "boolean" },
      },
    }).values;
    if (flags["import-only"] && flags["mixed-only"]) throw new Error("--import-only and --mixed-only exclude each other.");
  } catch (error) {
    say(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (flags.help) {
    say(USAGE);
    return 0;
  }
  const began = performance.now();
  const plan = flags.quick ? PLANS.quick : PLANS.full;
  const env = readBenchEnv();
  const logger = pino({ level: "info", transport: { target: "pino-pretty", options: { destination: 2, ignore: "pid,hostname" } } });

  const localNeo4jOptions = {
    home: path.resolve(".data/bench-neo4j"), heap: flags["import-only"] ? readEnv({}).NEO4J_LOCAL_HEAP : BENCH_HEAP, pageCacheMb: 1024, startTimeoutMs: 600_000, logger,
  };
  let local: LocalNeo4j | undefined;
  if (!env.BENCH_NEO4J_URI) {
    local = await startLocalNeo4j(localNeo4jOptions);
  }
  const connection: Neo4jConnection = local
    ? { uri: local.uri, user: local.user, password: local.password, database: "neo4j" }
    : { uri: env.BENCH_NEO4J_URI!, user: env.BENCH_NEO4J_USER, password: env.BENCH_NEO4J_PASSWORD, database: env.BENCH_NEO4J_DATABASE };
  // Loading big batches may take long; the API and the baseline use the server's timeout.
  const db = new GraphDatabase({ ...connection, queryTimeoutMs: 600_000 });
  const raw: RawDriver = {
    driver: openRawDriver(connection), database: connection.database,
    timeoutMs: readEnv({}).QUERY_TIMEOUT_MS, text: (name) => db.text(name),
  };
  const rows: BenchRow[] = [];
  // The restart under load comes back on the same port, so the API's driver finds it again.
  const neo4jControl = local && {
    stop: () => local!.stop(),
    start: async () => {
      local = await startLocalNeo4j({ ...localNeo4jOptions, boltPort: Number(new URL(local!.uri).port) });
    },
  };
  const context: BenchContext = { db, model: GraphModel.fromFile(), raw, connection, plan, rows, neo4jControl };
  let failure: unknown;
  try {
    say(`Neo4j ${(await raw.driver.getServerInfo({ database: connection.database })).agent ?? "(unknown version)"} at ${connection.uri}`);
    if (flags["mixed-only"]) {
      await benchMixedOnly(Math.max(...plan.sizes), context);
    } else if (!flags["import-only"]) {
      for (const size of plan.sizes) await benchSize(size, context);
    }
    if (!flags["mixed-only"]) await benchImport(flags.quick ? IMPORT_SIZES.quick : IMPORT_SIZES.full, {
      db, model: context.model, raw, onRow: (row) => rows.push(row), say,
    });
    if (!flags["import-only"] && !flags["mixed-only"]) rows.push(...(await renderRows({ quick: Boolean(flags.quick), log: say })));
  } catch (error) {
    failure = error;
  } finally {
    await raw.driver.close();
    await db.close();
    await local?.stop();
  }
  if (rows.length > 0) console.log(formatTable(rows));
  if (flags.json && rows.length > 0) writeFileSync(flags.json, `${JSON.stringify(rows, null, 2)}\n`);
  say(`bench ${failure ? "failed" : "finished"} after ${Math.round((performance.now() - began) / 1000)} s`);
  if (failure) throw failure;
  return 0;
}

async function benchSize(size: number, context: BenchContext): Promise<void> {
  const graph = await generateAndLoad(size, context);
  const { ids } = graph;
  const api = await startApiProcess(context.connection);
  try {
    for (const scenario of benchScenarios(ids)) {
      context.rows.push(...(await benchScenario(scenario, size, api, context)));
    }
    if (size === Math.max(...context.plan.sizes)) await mixedLoads(size, graph, api, context);
  } finally {
    await api.stop();
  }
  const { db, model, raw, rows } = context;
  await benchAnalytics(size, { db, model, raw, onRow: (row) => rows.push(row), say });
}

/** `--mixed-only`: the graph, then the two mixed loads, and nothing else. */
async function benchMixedOnly(size: number, context: BenchContext): Promise<void> {
  const graph = await generateAndLoad(size, context);
  const api = await startApiProcess(context.connection);
  try {
    await mixedLoads(size, graph, api, context);
  } finally {
    await api.stop();
  }
}

/** The mixed load, then again with Neo4j stopped for 10 s during it (on the bench's own Neo4j only). */
async function mixedLoads(size: number, graph: LoadedGraph, api: ApiProcess, context: BenchContext): Promise<void> {
  const mixed = { api, ids: graph.ids, restrictedIds: graph.restrictedIds, size, clients: MIXED_CLIENTS, seconds: context.plan.mixedSeconds, say };
  say(`[${size}] mixed load: ${MIXED_CLIENTS} signed-in clients for ${mixed.seconds} s, after ${context.plan.warmupSeconds * 5} s of warm-up`);
  context.rows.push(...(await benchMixedLoad({ ...mixed, warmUpSeconds: context.plan.warmupSeconds * 5, raw: context.raw })));
  say(`[${size}] mixed load again, each client pausing ${PACED_THINK_MS / 1000} s on average between requests`);
  context.rows.push(...(await benchMixedLoad({ ...mixed, thinkMs: PACED_THINK_MS })));
  if (context.neo4jControl) {
    say(`[${size}] mixed load again, with Neo4j stopped for 10 s during it`);
    context.rows.push(...(await benchMixedLoad({ ...mixed, outage: { ...context.neo4jControl, downSeconds: 10 } })));
  }
}

const RESTRICTED = { level: "RESTRICTED", caveats: [] } as const;

interface LoadedGraph {
  ids: string[];
  /** The entities a user cleared RESTRICTED sees (the generated graph has no caveats). */
  restrictedIds: string[];
}

/** Returns only ids, so the elements themselves can be collected before measuring. */
async function generateAndLoad(size: number, { db, model, rows }: BenchContext): Promise<LoadedGraph> {
  let started = performance.now();
  const elements = generateGraph({ nodes: size, seed: generateDefaults.seed });
  say(`[${size}] load average ${loadavg().map((value) => value.toFixed(1)).join(" ")} on ${availableParallelism()} cores`);
  say(`[${size}] generated ${elements.nodes.length} entities and ${elements.edges.length} relationships ` +
    `in ${((performance.now() - started) / 1000).toFixed(1)} s; loading`);
  started = performance.now();
  let shown = 0;
  const load = await loadGraph(db, model, elements, {
    onProgress: (done) => {
      const percent = Math.floor(done * 10) * 10;
      if (size >= 10_000 && percent > shown) say(`[${size}] loading: ${(shown = percent)}%`);
    },
  });
  say(`[${size}] loaded in ${load.seconds.toFixed(1)} s (${Math.round(load.elementsPerSecond)} elements/s; ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s with wipe, schema and validation)`);
  rows.push(...loadRows(size, load));
  return {
    ids: elements.nodes.map(({ data }) => data.id),
    restrictedIds: elements.nodes
      .filter(({ data }) => canSee(RESTRICTED, { classification: data.classification as string | undefined }))
      .map(({ data }) => data.id),
  };
}

async function benchScenario(scenario: Scenario, size: number, server: ApiProcess, { raw, plan }: BenchContext): Promise<BenchRow[]> {
  const overHttp = (seed: number, seconds: number) => {
    const random = mulberry32(seed);
    return measureHttp({
      url: server.url, nextPath: () => scenario.path(scenario.draw(random)), connections: CONCURRENCY, seconds,
      headers: { authorization: `Bearer ${server.token}` },
    });
  };
  const overDriver = (seed: number, seconds: number) => {
    const random = mulberry32(seed);
    return measureClosedLoop({ operation: () => scenario.raw(raw, scenario.draw(random)), concurrency: CONCURRENCY, seconds });
  };
  await warmUp((seconds) => overHttp(WARMUP_SEED, seconds), plan.warmupSeconds);
  const api = checked(`${scenario.name} (API)`, await overHttp(MEASURE_SEED, plan.seconds));
  await warmUp((seconds) => overDriver(WARMUP_SEED, seconds), plan.warmupSeconds);
  const driver = checked(`${scenario.name} (driver)`, await overDriver(MEASURE_SEED, plan.seconds));
  say(`[${size}] ${scenario.name}: API ${api.latenciesMs.length} requests, driver ${driver.latenciesMs.length} transactions`);
  return scenarioRows(scenario.name, size, api, driver);
}

/**
 * Warms up for `seconds`, again while fewer than two operations per connection have
 * completed: on a cold JVM or a fresh pool, the first operations are many times slower.
 */
async function warmUp(run: (seconds: number) => Promise<Measurement>, seconds: number): Promise<void> {
  let completed = 0;
  for (let round = 0; round < 5 && completed < 2 * CONCURRENCY; round += 1) {
    completed += (await run(seconds)).latenciesMs.length;
  }
}

/** A few failures are reported; a run where nothing succeeded stops the bench. */
function checked(label: string, measurement: Measurement): Measurement {
  if (measurement.failures > 0) {
    say(`warning: ${label}: ${measurement.failures} failures, first: ${measurement.firstFailure}`);
  }
  if (measurement.latenciesMs.length === 0) {
    throw new Error(`${label}: no operation succeeded (first failure: ${measurement.firstFailure ?? "none"})`);
  }
  return measurement;
}

process.exitCode = await main();
