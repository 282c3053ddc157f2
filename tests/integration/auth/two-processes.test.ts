import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listAuditEvents } from "../../../server/audit/audit-log.ts";
import { applyAccessSchema } from "../../../server/auth/access-schema.ts";
import type { GraphModel } from "../../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { startApiProcess, type ApiProcess } from "../../support/api-processes.ts";
import { openSeededDatabase, restoreSeedAndClose } from "../../support/database.ts";
import { createTestUser } from "../../support/server.ts";
import { forgetThrottles } from "../../support/throttles.ts";
import { CLEARED_VIEWER } from "../../support/viewer.ts";

/**
 * Two API processes on one Neo4j, as behind a load balancer: each is a child process of
 * its own, sharing nothing but the database. What one counts, the other sees: failed
 * sign-ins and the lock they bring, an admin's unlock, and the global rate limit.
 * Client addresses come in X-Forwarded-For (both trust the loopback proxy).
 */
const RATE_LIMIT = 12;

let db: GraphDatabase;
let model: GraphModel;
let one: ApiProcess | undefined;
let two: ApiProcess | undefined;
let victim: { username: string; password: string };
let admin: { username: string; token: string };

beforeAll(async () => {
  ({ db, model } = await openSeededDatabase());
  await applyAccessSchema(db);
  await forgetThrottles(db);
  victim = await createTestUser(db, { role: "analyst" });
  admin = await createTestUser(db, { role: "admin", clearance: "SECRET" });
  const config = {
    connection: inject("neo4j"),
    security: { trustProxy: "loopback", globalPerMinute: RATE_LIMIT, signInPer15Minutes: 1_000, importsPerHour: 1_000 },
    throttle: { pairFreeFailures: 2, ipFreeFailures: 100, baseDelayMs: 10 * 60_000 },
  };
  [one, two] = await Promise.all([startApiProcess(config), startApiProcess(config)]);
});

afterAll(async () => {
  await Promise.all([one?.stop(), two?.stop()]);
  await restoreSeedAndClose(db, model);
});

function signIn(api: ApiProcess, ip: string, password: string) {
  return fetch(`${api.url}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body: JSON.stringify({ username: victim.username, password }),
  });
}

const GUESSER = "10.50.0.1";
const OWNER = "10.60.0.2";

describe("two API processes on one Neo4j", () => {
  it("share failed sign-ins: a guesser's failures through both lock the account for the guesser on both", async () => {
    expect((await signIn(one!, GUESSER, "wrong guess one")).status).toBe(401);
    expect((await signIn(two!, GUESSER, "wrong guess two")).status).toBe(401);
    // The third failure, past the free two, locks the pair only if the first process's count reached the second.
    expect((await signIn(two!, GUESSER, "wrong guess three")).status).toBe(401);
    const refusedOne = await signIn(one!, GUESSER, victim.password);
    const refusedTwo = await signIn(two!, GUESSER, victim.password);
    expect(refusedOne.status).toBe(429);
    expect(refusedTwo.status).toBe(429);
    expect(Number(refusedTwo.headers.get("retry-after"))).toBeGreaterThan(500);
  });

  it("let the owner in with the right password from a clean address, while the guesser stays locked", async () => {
    expect((await signIn(two!, OWNER, victim.password)).status).toBe(200);
    expect((await signIn(one!, OWNER, victim.password)).status).toBe(200);
    expect((await signIn(one!, GUESSER, victim.password)).status).toBe(429);
  });

  it("honour an admin's unlock made through the other process", async () => {
    const unlocked = await fetch(`${one!.url}/api/users/${victim.username}/lock`, {
      method: "DELETE", headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(unlocked.status).toBe(200);
    expect(await unlocked.json()).toEqual({ username: victim.username, unlockedAddresses: 1 });
    expect((await signIn(two!, GUESSER, victim.password)).status).toBe(200);
    const { events } = await listAuditEvents(db.forViewer(CLEARED_VIEWER), { actor: admin.username, action: "user.update", limit: 1 });
    expect(events[0]).toMatchObject({ target: victim.username, details: { changed: ["signInThrottle"] } });
  });

  it("count requests sent to both against one rate limit: together they let exactly the limit through", async () => {
    await clearOfMinuteBoundary();
    const ip = "10.70.0.3";
    const openApi = (api: ApiProcess) => fetch(`${api.url}/api/openapi.json`, { headers: { "x-forwarded-for": ip } });
    const answers = await Promise.all(Array.from({ length: 2 * RATE_LIMIT }, (_, i) => openApi(i % 2 === 0 ? one! : two!)));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(RATE_LIMIT);
    expect(statuses.filter((status) => status === 429)).toHaveLength(RATE_LIMIT);
    expect((await openApi(one!)).status).toBe(429);
    expect((await openApi(two!)).status).toBe(429);
    // Another address has its own count.
    expect((await fetch(`${two!.url}/api/openapi.json`, { headers: { "x-forwarded-for": "10.70.0.4" } })).status).toBe(200);
  });
});

/** The limit counts in fixed one-minute windows: start well inside one, so that all the requests land in it. */
async function clearOfMinuteBoundary(): Promise<void> {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 50_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 100));
}
