import type { GraphModel } from "../model/graph-model.ts";
import type { GraphDatabase } from "../neo4j/database.ts";

/**
 * Creates constraints and indexes; every statement says IF NOT EXISTS, so this runs at
 * every start-up. The relationship-id constraint is per type: its template's REL_TYPE is
 * replaced by each type of the model's allowlist, whose ids the model schema restricts to
 * plain identifiers, and nothing else.
 */
export async function applySchema(db: GraphDatabase, model: GraphModel): Promise<void> {
  await db.autoCommit(db.text("schema/entity-id-unique"));
  await db.autoCommit(db.text("schema/graph-meta-key-unique"));
  await db.autoCommit(db.text("schema/entity-names-fulltext"));
  await db.autoCommit(db.text("schema/entity-source-index"));
  await db.autoCommit(db.text("schema/import-run-id-unique"));
  await db.autoCommit(db.text("import/mapping-name-unique"));
  const template = db.text("schema/relationship-id-unique");
  for (const type of model.relationshipTypeIds) {
    await db.autoCommit(template.replaceAll("REL_TYPE", type));
  }
  await db.autoCommit(db.text("schema/await-indexes"));
}
