import type { GraphDatabase } from "../../server/neo4j/database.ts";

/**
 * Forgets every failed sign-in and every rate-limit count. They live in Neo4j, shared by
 * every app the run starts on its database (as by every API process in production), so a
 * test server starts from none, as a fresh process once did: one file's wrong passwords
 * from 127.0.0.1 must not lock the next file out.
 */
export async function forgetThrottles(db: GraphDatabase): Promise<void> {
  const end = Number.MAX_SAFE_INTEGER;
  await db.query("auth/delete-stale-sign-in-failures", { forgetBefore: end, now: end }, "WRITE");
  await db.query("auth/delete-past-rate-limit-windows", { now: end, limit: 1_000_000 }, "WRITE");
}
