import { applyAccessSchema } from "../../../server/auth/access-schema.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { openTestDatabase } from "../../support/database.ts";
import { forgetThrottles } from "../../support/throttles.ts";

/** The run's Neo4j with the access schema applied, no user account (so none of their sessions or tokens) and no throttle count. */
export async function openAccessDatabase(): Promise<GraphDatabase> {
  const { db } = await openTestDatabase();
  await applyAccessSchema(db);
  await removeAllAccounts(db);
  await forgetThrottles(db);
  return db;
}

/** Deletes every account (the statement itself, past the store's last-admin guard). */
export async function removeAllAccounts(db: GraphDatabase): Promise<void> {
  for (const row of await db.query("auth/list-users")) {
    await db.query("auth/delete-user", { username: row.username }, "WRITE");
  }
}

/** A clock the test moves by hand, in epoch milliseconds. */
export function handClock(start = Date.now()) {
  let now = start;
  return { now: () => now, advance: (ms: number) => { now += ms; } };
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
