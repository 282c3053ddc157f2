import { createChainHead } from "../audit/audit-chain.ts";
import type { GraphDatabase } from "../neo4j/database.ts";

/**
 * Constraints and indexes of accounts, sessions, tokens, sign-in throttles and rate limits, the audit trail and saved views. Every
 * statement says IF NOT EXISTS, so this runs at every start-up, after the graph's schema.
 */
export async function applyAccessSchema(db: GraphDatabase): Promise<void> {
  await db.autoCommit(db.text("auth/user-username-unique"));
  await db.autoCommit(db.text("auth/session-token-hash-unique"));
  await db.autoCommit(db.text("auth/access-token-hash-unique"));
  await db.autoCommit(db.text("auth/sign-in-failures-key-unique"));
  await db.autoCommit(db.text("auth/sign-in-failures-username-index"));
  await db.autoCommit(db.text("auth/rate-limit-window-key-unique"));
  await db.autoCommit(db.text("auth/rate-limit-window-reset-index"));
  await db.autoCommit(db.text("audit/audit-event-id-unique"));
  await db.autoCommit(db.text("audit/audit-event-at-index"));
  await db.autoCommit(db.text("audit/audit-event-seq-unique"));
  await db.autoCommit(db.text("audit/audit-chain-key-unique"));
  await db.autoCommit(db.text("views/saved-view-id-unique"));
  await db.autoCommit(db.text("schema/await-indexes"));
  await db.write(createChainHead);
}
