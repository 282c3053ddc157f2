import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { validateElements } from "../graph/validate-elements.ts";
import { toWriteRows } from "../graph/write-rows.ts";
import type { GraphModel } from "../model/graph-model.ts";
import type { GraphDatabase } from "../neo4j/database.ts";

export const defaultSeedFile = fileURLToPath(new URL("../../seed/sgrs-cooperation.json", import.meta.url));

/** Provenance name of everything the seed loader writes. */
export const SEED_LOADER = "seed";

const seedFileSchema = z.object({
  document: z.string().min(1),
  recordedAt: z.iso.datetime(),
});

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
 * Loads the seed graph in one transaction. Loading is idempotent: properties are set to
 * exactly the file's values (the load time is the file's `recordedAt`, not the clock), and
 * what an earlier seed wrote but this file lacks is deleted.
 */
export async function loadSeed(db: GraphDatabase, model: GraphModel, file = defaultSeedFile): Promise<SeedReport> {
  const raw: unknown = JSON.parse(readFileSync(file, "utf8"));
  const header = seedFileSchema.safeParse(raw);
  const checked = validateElements(model, raw);
  const problems = [
    ...(header.success ? [] : header.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)),
    ...checked.errors.map((error) => `${error.path}: ${error.message}`),
  ];
  if (!header.success || !checked.elements) {
    throw new SeedError(`The seed file ${file} is invalid:\n  ${problems.join("\n  ")}`);
  }
  const rows = toWriteRows(model, checked.elements, {
    provenanceDocument: header.data.document,
    provenanceLoadedBy: SEED_LOADER,
    provenanceLoadedAt: header.data.recordedAt,
  });
  return db.write(async (tx) => {
    const [merged] = await tx.run("seed/merge-nodes", { rows: rows.nodes });
    await tx.run("seed/merge-edges", { rows: rows.edges });
    const [edgesGone] = await tx.run("seed/delete-stale-edges", {
      loadedBy: SEED_LOADER, keep: rows.edges.map((edge) => edge.id),
    });
    const [nodesGone] = await tx.run("seed/delete-stale-nodes", {
      loadedBy: SEED_LOADER, keep: rows.nodes.map((node) => node.id),
    });
    await tx.run("seed/bump-graph-version");
    return {
      nodes: rows.nodes.length,
      edges: rows.edges.length,
      created: Number(merged?.created ?? 0),
      deletedNodes: Number(nodesGone?.deleted ?? 0),
      deletedEdges: Number(edgesGone?.deleted ?? 0),
    };
  });
}
