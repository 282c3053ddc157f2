import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "../../../server/audit/audit-log.ts";
import { SignInThrottle, type SignInThrottleOptions } from "../../../server/auth/sign-in-throttle.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { handClock, openAccessDatabase } from "./access-support.ts";
import { CLEARED_VIEWER } from "../../support/viewer.ts";

/**
 * The sign-in throttle on the real Neo4j, where its counts live. Each test uses addresses
 * and usernames of its own, so that no count of another test is in the way.
 */
let db: GraphDatabase;

beforeAll(async () => {
  db = await openAccessDatabase();
});
afterAll(async () => {
  await db.close();
});

function clockedThrottle(options: SignInThrottleOptions = {}) {
  const clock = handClock(1_000_000_000);
  const settings = { pairFreeFailures: 3, ipFreeFailures: 10, baseDelayMs: 1_000, maxDelayMs: 60_000, ...options, now: clock.now };
  return { throttle: new SignInThrottle(db, settings), another: () => new SignInThrottle(db, settings), advance: clock.advance };
}

/** An address and a username no other test uses. */
function fresh() {
  const tag = randomBytes(3).toString("hex");
  return { username: `user-${tag}`, ip: `10.${parseInt(tag.slice(0, 2), 16)}.${parseInt(tag.slice(2, 4), 16)}.${parseInt(tag.slice(4), 16)}` };
}

describe("the sign-in throttle", () => {
  it("allows a few failures of an account from an address, then locks that pair with a Retry-After", async () => {
    const { throttle } = clockedThrottle();
    const alice = fresh();
    for (let i = 0; i < 3; i += 1) {
      expect(await throttle.check(alice)).toEqual({ allowed: true });
      await throttle.recordFailure(alice);
    }
    expect(await throttle.check(alice)).toEqual({ allowed: true });
    await throttle.recordFailure(alice);
    expect(await throttle.check(alice)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it("doubles the lock with each further failure, up to the ceiling", async () => {
    const { throttle, advance } = clockedThrottle();
    const alice = fresh();
    const locks: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      await throttle.recordFailure(alice);
      const verdict = await throttle.check(alice);
      if (!verdict.allowed) {
        locks.push(verdict.retryAfterSeconds);
        advance(verdict.retryAfterSeconds * 1000);
      }
    }
    expect(locks).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it("recovers once the lock has passed, and a success clears the pair's count", async () => {
    const { throttle, advance } = clockedThrottle();
    const alice = fresh();
    for (let i = 0; i < 4; i += 1) await throttle.recordFailure(alice);
    expect((await throttle.check(alice)).allowed).toBe(false);
    advance(1_000);
    expect(await throttle.check(alice)).toEqual({ allowed: true });
    await throttle.recordSuccess(alice);
    for (let i = 0; i < 3; i += 1) await throttle.recordFailure(alice);
    expect(await throttle.check(alice)).toEqual({ allowed: true });
  });

  it("locks an account only from the address that failed: the owner elsewhere still gets in", async () => {
    const { throttle } = clockedThrottle();
    const attacker = fresh();
    const owner = { username: ` ${attacker.username.toUpperCase()} `, ip: fresh().ip };
    for (let i = 0; i < 4; i += 1) await throttle.recordFailure({ username: attacker.username.toUpperCase(), ip: attacker.ip });
    expect((await throttle.check({ username: ` ${attacker.username} `, ip: attacker.ip })).allowed).toBe(false);
    expect(await throttle.check(owner)).toEqual({ allowed: true });
    expect(await throttle.check({ username: "someone-else", ip: attacker.ip })).toEqual({ allowed: true });
  });

  it("locks an address that tries many usernames, for every account", async () => {
    const { throttle } = clockedThrottle();
    const { ip } = fresh();
    for (let i = 0; i < 11; i += 1) await throttle.recordFailure({ username: `user${i}`, ip });
    expect((await throttle.check({ username: "someone-new", ip })).allowed).toBe(false);
    expect((await throttle.check({ ip })).allowed).toBe(false);
    expect((await throttle.check({ username: "someone-new", ip: fresh().ip })).allowed).toBe(true);
  });

  it("forgets failures after a quiet hour", async () => {
    const { throttle, advance } = clockedThrottle();
    const alice = fresh();
    for (let i = 0; i < 3; i += 1) await throttle.recordFailure(alice);
    advance(60 * 60_000 + 1);
    await throttle.recordFailure(alice);
    expect(await throttle.check(alice)).toEqual({ allowed: true });
  });

  it("keeps its counts in the database: another throttle (another process) sees them at once", async () => {
    const { throttle, another } = clockedThrottle();
    const alice = fresh();
    const elsewhere = another();
    await throttle.recordFailure(alice);
    await elsewhere.recordFailure(alice);
    await throttle.recordFailure(alice);
    await elsewhere.recordFailure(alice);
    expect((await throttle.check(alice)).allowed).toBe(false);
    expect((await another().check(alice)).allowed).toBe(false);
  });

  it("loses no failure when two count at once", async () => {
    const { throttle, another } = clockedThrottle({ pairFreeFailures: 19, ipFreeFailures: 1_000 });
    const alice = fresh();
    const elsewhere = another();
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? throttle : elsewhere).recordFailure(alice)));
    // The twentieth failure is the first past the free ones: it locks only if none was lost.
    expect((await throttle.check(alice)).allowed).toBe(false);
  });

  it("lets an admin unlock an account from every address, on the record, leaving the addresses' own counts", async () => {
    const { throttle } = clockedThrottle({ ipFreeFailures: 7 });
    const first = fresh();
    const second = { username: first.username, ip: fresh().ip };
    for (let i = 0; i < 5; i += 1) {
      await throttle.recordFailure(first);
      await throttle.recordFailure(second);
    }
    expect((await throttle.check(first)).allowed).toBe(false);
    expect((await throttle.check(second)).allowed).toBe(false);
    expect(await throttle.unlock(first.username.toUpperCase(), { actor: "an-admin", ip: "10.9.9.9" })).toBe(2);
    expect(await throttle.check(first)).toEqual({ allowed: true });
    expect(await throttle.check(second)).toEqual({ allowed: true });
    const { events } = await listAuditEvents(db.forViewer(CLEARED_VIEWER), { actor: "an-admin", action: "user.update", limit: 1 });
    expect(events[0]).toMatchObject({ target: first.username, details: { changed: ["signInThrottle"], unlockedAddresses: 2 } });
    // The address's own count was not the account's to clear: three more failures lock it.
    for (let i = 0; i < 3; i += 1) await throttle.recordFailure({ username: `other-${i}`, ip: first.ip });
    expect((await throttle.check({ username: first.username, ip: first.ip })).allowed).toBe(false);
  });
});
