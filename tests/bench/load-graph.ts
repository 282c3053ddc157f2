import type { Elements } from "../../server/graph/elements.ts";
import { applySchema } from "../../server/graph/apply-schema.ts";
import { validateElements } from "../../server/graph/validate-elements.ts";
import { toWriteRows } from "../../server/graph/write-rows.ts";
import type { GraphModel } from "../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../server/neo4j/database.ts";

/**
 * Replaces the whole bench database with the given elements: wipe, schema, then nodes
 * and relationships in batches, one write transaction per batch, with the same merge
 * statements the seed loader uses.
 */
export interface LoadOptions {
  /** Rows per write transaction. */
  batchSize?: number;
  /** Called after each batch with the share written so far (0–1). */
  onProgress?: (done: number) => void;
}

export interface LoadReport {
  nodes: number;
  edges: number;
  /** Time spent writing nodes and relationships (the wipe and the schema excluded). */
  seconds: number;
  elementsPerSecond: number;
}

export const BENCH_LOADER = "bench";

export class BenchGraphError extends Error {
  override readonly name = "BenchGraphError";
}

export async function loadGraph(
  db: GraphDatabase, model: GraphModel, elements: Elements, options: LoadOptions = {},
): Promise<LoadReport> {
  const batchSize = options.batchSize ?? 5000;
  const { errors } = validateElements(model, elements);
  if (errors.length > 0) {
    const lines = errors.slice(0, 10).map((error) => `${error.path}: ${error.message}`);
    throw new BenchGraphError(`The generated graph breaks the model:\n  ${lines.join("\n  ")}`);
  }
  await db.autoCommit(db.text("admin/delete-all"));
  await applySchema(db, model);

  const rows = toWriteRows(model, elements, { provenanceLoadedBy: BENCH_LOADER, provenanceLoadedAt: new Date().toISOString() });
  const total = rows.nodes.length + rows.edges.length;
  let written = 0;
  const started = performance.now();
  const writeAll = async (name: "seed/merge-nodes" | "seed/merge-edges", all: unknown[]) => {
    for (let from = 0; from < all.length; from += batchSize) {
      const batch = all.slice(from, from + batchSize);
      await db.write((tx) => tx.run(name, { rows: batch }));
      written += batch.length;
      options.onProgress?.(written / total);
    }
  };
  await writeAll("seed/merge-nodes", rows.nodes);
  await writeAll("seed/merge-edges", rows.edges);
  const seconds = (performance.now() - started) / 1000;
  await db.autoCommit(db.text("schema/await-indexes"));
  return { nodes: rows.nodes.length, edges: rows.edges.length, seconds, elementsPerSecond: total / seconds };
}
