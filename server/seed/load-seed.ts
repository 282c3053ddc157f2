import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runImport } from "../import/run-import.ts";
import type { GraphModel } from "../model/graph-model.ts";
import type { GraphDatabase } from "../neo4j/database.ts";
import { citationProblems, seedHeaderSchema } from "./seed-documents.ts";

export const defaultSeedFile = fileURLToPath(new URL("../../seed/sgrs-cooperation.json", import.meta.url));

/** The source, and the user, everything the seed loader writes is recorded under. */
export const SEED_SOURCE = "seed";

export class SeedError extends Error {
  override readonly name = "SeedError";
}

export interface SeedReport {
  nodes: number;
  edges: number;
  created: number;
  deletedNodes: number;
  deletedEdges: number;
}

/**
 * Loads the seed graph through the importer, replacing the "seed" source in one
 * transaction. Loading is idempotent: the load time recorded is the file's `recordedAt`,
 * not the clock, and a second load finds nothing to change.
 */
export async function loadSeed(db: GraphDatabase, model: GraphModel, file = defaultSeedFile): Promise<SeedReport> {
  const content = JSON.parse(readFileSync(file, "utf8")) as { nodes?: unknown; edges?: unknown };
  const header = seedHeaderSchema.safeParse(content);
  if (!header.success) {
    const lines = header.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new SeedError(`The seed file ${file} is invalid:\n  ${lines.join("\n  ")}`);
  }
  const elements = [content.nodes, content.edges].flatMap((list) => (Array.isArray(list) ? list : []));
  const uncited = citationProblems(header.data, elements);
  if (uncited.length > 0) {
    throw new SeedError(`The seed file ${file} cites documents it does not list:\n  ${uncited.join("\n  ")}`);
  }
  const report = await runImport(db, model, [{ path: file, name: path.basename(file) }], {
    mode: "replace", source: SEED_SOURCE, dryRun: false, user: SEED_SOURCE, loadedAt: header.data.recordedAt,
    maxElements: 1_000_000, timeoutMs: 600_000, recordHistory: false,
  });
  if (report.status !== "imported") {
    const lines = report.errors.map((error) =>
      `${error.pointer ?? error.line ?? ""}${error.field ? `.${error.field}` : ""}: ${error.message}`);
    throw new SeedError(`The seed file ${file} could not be loaded: ${report.message}\n  ${lines.join("\n  ")}`);
  }
  return {
    nodes: report.created.nodes + report.updated.nodes + report.unchanged.nodes,
    edges: report.created.edges + report.updated.edges + report.unchanged.edges,
    created: report.created.nodes,
    deletedNodes: report.deleted.nodes,
    deletedEdges: report.deleted.edges,
  };
}
