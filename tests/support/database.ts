import { inject } from "vitest";
import { applySchema } from "../../server/graph/apply-schema.ts";
import { GraphModel } from "../../server/model/graph-model.ts";
import { GraphDatabase } from "../../server/neo4j/database.ts";
import { loadSeed } from "../../server/seed/load-seed.ts";

/** A database handle on the run's Neo4j, with the schema applied. */
export async function openTestDatabase(): Promise<{ db: GraphDatabase; model: GraphModel }> {
  const connection = inject("neo4j");
  const db = new GraphDatabase({ ...connection, queryTimeoutMs: 30_000 });
  const model = GraphModel.fromFile();
  await applySchema(db, model);
  return { db, model };
}

/** Deletes every entity; like every write, it bumps the graph version. */
export async function emptyGraph(db: GraphDatabase): Promise<void> {
  await db.autoCommit(db.text("admin/delete-all"));
  await db.query("seed/bump-graph-version", {}, "WRITE");
}

/** Each test file starts from a known graph: exactly the seed. */
export async function resetToSeed(db: GraphDatabase, model: GraphModel): Promise<void> {
  await emptyGraph(db);
  await loadSeed(db, model);
}

/** A test file that changes the graph: the run's database, holding exactly the seed. */
export async function openSeededDatabase(): Promise<{ db: GraphDatabase; model: GraphModel }> {
  const opened = await openTestDatabase();
  await resetToSeed(opened.db, opened.model);
  return opened;
}

/** …and, after its tests, the seed again for the next file, and the handle closed. */
export async function restoreSeedAndClose(db: GraphDatabase | undefined, model: GraphModel | undefined): Promise<void> {
  if (!db || !model) return;
  await resetToSeed(db, model);
  await db.close();
}
