import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { applySchema } from "../../server/graph/apply-schema.ts";
import type { Elements } from "../../server/graph/elements.ts";
import { runImport } from "../../server/import/run-import.ts";
import type { GraphModel } from "../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../server/neo4j/database.ts";

/**
 * Replaces the whole bench database with the given elements: wipe, schema, then the
 * product's import path (a JSON file, read, checked and written in one transaction).
 */
export interface LoadOptions {
  /** Called with the share written so far (0–1). */
  onProgress?: (done: number) => void;
}

export interface LoadReport {
  nodes: number;
  edges: number;
  /** Time spent importing (the wipe, the schema and writing the file excluded). */
  seconds: number;
  elementsPerSecond: number;
}

export const BENCH_SOURCE = "bench";

export class BenchGraphError extends Error {
  override readonly name = "BenchGraphError";
}

export async function loadGraph(
  db: GraphDatabase, model: GraphModel, elements: Elements, options: LoadOptions = {},
): Promise<LoadReport> {
  await db.autoCommit(db.text("admin/delete-all"));
  await applySchema(db, model);
  const dir = mkdtempSync(path.join(tmpdir(), "bench-graph-"));
  const file = path.join(dir, "graph.json");
  try {
    writeFileSync(file, JSON.stringify(elements));
    const started = performance.now();
    const report = await runImport(db, model, [{ path: file, name: "graph.json" }], {
      mode: "merge", source: BENCH_SOURCE, dryRun: false, user: BENCH_SOURCE, maxElements: 10_000_000,
      timeoutMs: 3_600_000, recordHistory: false,
      onProgress: (progress) => {
        if (progress.phase === "writing" && progress.total > 0) options.onProgress?.(progress.done / progress.total);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    if (report.status !== "imported") {
      const lines = report.errors.slice(0, 10).map((error) => `${error.pointer ?? error.line}: ${error.field ?? ""} ${error.message}`);
      throw new BenchGraphError(`The generated graph was not imported: ${report.message}\n  ${lines.join("\n  ")}`);
    }
    await db.autoCommit(db.text("schema/await-indexes"));
    const total = elements.nodes.length + elements.edges.length;
    return { nodes: elements.nodes.length, edges: elements.edges.length, seconds, elementsPerSecond: total / seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
