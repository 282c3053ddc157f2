import { applyAccessSchema } from "../../../server/auth/access-schema.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { openTestDatabase } from "../../support/database.ts";

/** The run's Neo4j with the access schema applied and no user account (so none of their sessions or tokens). */
export async function openAccessDatabase(): Promise<GraphDatabase> {
  const { db } = await openTestDatabase();
  await applyAccessSchema(db);
  await removeAllAccounts(db);
  return db;
}

/** Deletes every account (the statement itself, past the store's last-admin guard). */
export async function removeAllAccounts(db: GraphDatabase): Promise<void> {
  for (const row of await db.query("auth/list-users")) {
    await db.query("auth/delete-user", { username: row.username }, "WRITE");
  }
}

/**
 * Forgets every rate limit count: the limits are counted in Neo4j, shared by every app on
 * the run's database, so a test that looks for a limit starts from nothing.
 */
export async function forgetRateLimits(db: GraphDatabase): Promise<void> {
  await db.query("auth/delete-past-rate-limit-windows", { now: Number.MAX_SAFE_INTEGER, limit: 1_000_000 }, "WRITE");
}

/** A clock the test moves by hand, in epoch milliseconds. */
export function handClock(start = Date.now()) {
  let now = start;
  return { now: () => now, advance: (ms: number) => { now += ms; } };
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
