import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { importLimits, readEnv } from "../../server/env.ts";
import { applySchema } from "../../server/graph/apply-schema.ts";
import type { ImportProgress, ImportReport } from "../../server/import/import-report.ts";
import { runImport } from "../../server/import/run-import.ts";
import { stagesSettled } from "../../server/import/staged-import.ts";
import type { GraphModel } from "../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../server/neo4j/database.ts";
import { generateDefaults, generateGraph } from "./generate-graph.ts";
import { BENCH_SOURCE } from "./load-graph.ts";
import type { RawDriver } from "./raw-driver.ts";
import { rawImport } from "./raw-import.ts";
import { importRow, type BenchRow } from "./report.ts";

/**
 * The import rows of `npm run bench`: the product's import path (runImport of a JSON
 * file in merge mode: reading, checking, comparing with the database and writing; staged
 * past IMPORT_STAGE_ABOVE, as the server runs it) against a raw neo4j-driver UNWIND …
 * CREATE loop (raw-import.ts), on the same file, each run on an emptied database. The two
 * sides alternate, so load from other processes falls on both alike; the rows give the
 * median rate of each and their ratio. A staged import is timed to its publication (when
 * readers see it); clearing its stage marks afterwards is background work, awaited
 * untimed before the next run.
 */
export interface ImportBenchContext {
  db: GraphDatabase;
  model: GraphModel;
  raw: RawDriver;
  onRow: (row: BenchRow) => void;
  say: (line: string) => void;
}

/** Sizes in elements (entities + relationships). */
export const IMPORT_SIZES = { quick: [10_000], full: [100_000, 1_000_000] };

/** Timed runs per side: one run at a million elements takes minutes, wipe included. */
function repetitionsFor(elements: number): number {
  return elements >= 1_000_000 ? 2 : 3;
}

/**
 * The generator draws `meanDegree / 2` relationships per entity, so a graph of
 * `elements` elements has a third of them as entities (9,999 for 10k, 999,999 for 1M).
 */
export function entitiesFor(elements: number): number {
  return Math.round(elements / (1 + generateDefaults.meanDegree / 2));
}

export async function benchImport(sizes: number[], context: ImportBenchContext): Promise<void> {
  const { say } = context;
  const limits = importLimits(readEnv({}));
  say(`import: product (runImport, merge, staged above ${limits.stageAbove.toLocaleString("en")} elements, ` +
    `${limits.batchSize} rows per statement) against a raw UNWIND … CREATE loop (10k rows per transaction) into an ` +
    `empty graph, ${describeLoad()}`);
  const warmUp = generatedFile(entitiesFor(sizes[0]!));
  try {
    // Untimed: compiles both sides' query plans and warms the JIT before anything counts.
    await timeProduct(warmUp.file, context);
    await timeRaw(warmUp.file, context);
  } finally {
    warmUp.remove();
  }
  for (const size of sizes) await benchImportSize(size, context);
}

async function benchImportSize(size: number, context: ImportBenchContext): Promise<void> {
  const { say } = context;
  const label = `[import ${size}]`;
  let started = performance.now();
  const { file, elements, remove } = generatedFile(entitiesFor(size));
  say(`${label} generated and wrote ${elements.toLocaleString("en")} elements in ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s; ${describeLoad()}`);
  const product: number[] = [];
  const raw: number[] = [];
  let productFailed = false;
  try {
    const repetitions = repetitionsFor(size);
    for (let run = 0; run < repetitions; run += 1) {
      // Alternate which side goes first, so neither always follows the other's wipe.
      const order = run % 2 === 0 ? (["product", "raw"] as const) : (["raw", "product"] as const);
      for (const side of order) {
        // A failure (the transaction outgrew the heap) would only fail again, minutes later.
        if (side === "product" && productFailed) continue;
        started = performance.now();
        const outcome = side === "product" ? await timeProduct(file, context) : { seconds: await timeRaw(file, context) };
        const took = `${((performance.now() - started) / 1000).toFixed(1)} s with wipe and schema`;
        if ("failure" in outcome) {
          productFailed = true;
          say(`${label} run ${run + 1}/${repetitions} product FAILED after ${outcome.seconds.toFixed(1)} s (${took}); ` +
            `the row gets no product rate: ${outcome.failure}`);
          continue;
        }
        const rate = elements / outcome.seconds;
        (side === "product" ? product : raw).push(rate);
        say(`${label} run ${run + 1}/${repetitions} ${side}: ${outcome.seconds.toFixed(1)} s, ` +
          `${Math.round(rate).toLocaleString("en")} elements/s (${took}); ${describeLoad()}`);
      }
    }
  } finally {
    remove();
  }
  context.onRow(importRow(size, product, raw));
}

/**
 * Wipes the database, applies the schema, then times runImport from its call to its
 * return. An import that fails (Neo4j's transaction memory limit) is an outcome; one
 * that is rejected means the generated file is wrong, and stops the bench.
 */
async function timeProduct(file: string, { db, model }: ImportBenchContext): Promise<{ seconds: number; failure?: string }> {
  await emptyDatabase(db, model);
  const started = performance.now();
  const report = await importFile(db, model, file);
  const seconds = (performance.now() - started) / 1000;
  await stagesSettled();
  if (report.status === "failed") return { seconds, failure: report.message };
  if (report.status !== "imported") throw new ImportBenchError(describeFailure(report));
  return { seconds };
}

/**
 * The product's import of one file as the server runs it: merge mode, the environment's
 * default limits (staged past IMPORT_STAGE_ABOVE, unless told `oneTransaction`, as
 * import-bound.ts measures what one transaction commits) but no element cap.
 */
export function importFile(
  db: GraphDatabase, model: GraphModel, file: string, onProgress?: (progress: ImportProgress) => void,
  { oneTransaction = false }: { oneTransaction?: boolean } = {},
): Promise<ImportReport> {
  const limits = importLimits(readEnv({}));
  return runImport(db, model, [{ path: file, name: "graph.json" }], {
    mode: "merge", source: BENCH_SOURCE, dryRun: false, user: BENCH_SOURCE, recordHistory: false,
    maxElements: Number.MAX_SAFE_INTEGER, batchSize: limits.batchSize, timeoutMs: limits.timeoutMs, onProgress,
    stageAbove: oneTransaction ? undefined : limits.stageAbove, maxTransactionElements: limits.maxTransactionElements,
  });
}

/** Wipes the database, applies the schema, then times the raw loop, reading and parsing the file included. */
async function timeRaw(file: string, { db, model, raw }: ImportBenchContext): Promise<number> {
  await emptyDatabase(db, model);
  const limits = importLimits(readEnv({}));
  const started = performance.now();
  await rawImport({ ...raw, timeoutMs: limits.timeoutMs }, file, {
    importId: randomUUID(), loadedBy: BENCH_SOURCE, loadedAt: new Date().toISOString(), source: BENCH_SOURCE,
  });
  return (performance.now() - started) / 1000;
}

export async function emptyDatabase(db: GraphDatabase, model: GraphModel): Promise<void> {
  await db.autoCommit(db.text("admin/delete-all"));
  await applySchema(db, model);
}

/** A generated graph as a JSON file in a folder of its own; `remove` deletes both. */
export function generatedFile(entities: number): { file: string; elements: number; remove: () => void } {
  const graph = generateGraph({ nodes: entities, seed: generateDefaults.seed });
  const dir = mkdtempSync(path.join(tmpdir(), "bench-import-"));
  const file = path.join(dir, "graph.json");
  writeFileSync(file, JSON.stringify(graph));
  return { file, elements: graph.nodes.length + graph.edges.length, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export class ImportBenchError extends Error {
  override readonly name = "ImportBenchError";
}

export function describeFailure(report: ImportReport): string {
  const lines = report.errors.slice(0, 10).map((error) => `${error.pointer ?? error.line}: ${error.field ?? ""} ${error.message}`);
  return [`the import ended "${report.status}": ${report.message}`, ...lines].join("\n  ");
}

export function describeLoad(): string {
  return `load average ${loadavg().map((value) => value.toFixed(1)).join(" ")} on ${availableParallelism()} cores`;
}
