import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "../../../server/audit/audit-log.ts";
import { SessionStore } from "../../../server/auth/session-store.ts";
import { UserStore } from "../../../server/auth/user-store.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { handClock, HOUR, MINUTE, openAccessDatabase, removeAllAccounts } from "./access-support.ts";
import { CLEARED_VIEWER } from "../../support/viewer.ts";

let db: GraphDatabase;
let users: UserStore;
const clock = handClock();

beforeAll(async () => {
  db = await openAccessDatabase();
  users = new UserStore(db);
  await users.create({ username: "sam", password: "correct horse battery staple", role: "manager", clearance: "RESTRICTED", caveats: ["REL EU"] }, { actor: "setup" });
});
afterAll(async () => {
  await removeAllAccounts(db);
  await db.close();
});

const store = () => new SessionStore(db, { idleMinutes: 30, absoluteHours: 8, now: clock.now });

describe("sessions", () => {
  it("open with a 256-bit token and a CSRF token, and resolve to the user as they are now", async () => {
    const sessions = store();
    const session = await sessions.create("sam", { ip: "10.2.2.2", userAgent: "test" });
    expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.csrfToken).not.toBe(session.token);
    expect(session.expiresAt).toBe(new Date(clock.now() + 8 * HOUR).toISOString());
    const resolved = await sessions.resolve(session.token);
    expect(resolved).toMatchObject({
      status: "valid",
      session: { id: session.id, csrfToken: session.csrfToken, user: { username: "sam", role: "manager", clearance: "RESTRICTED", caveats: ["REL EU"], via: "session" } },
    });
    await users.update("sam", { role: "data" }, { actor: "setup" });
    expect(await sessions.resolve(session.token)).toMatchObject({ status: "valid", session: { user: { role: "data" } } });
  });

  it("give a different token at every sign-in", async () => {
    const sessions = store();
    const first = await sessions.create("sam");
    const second = await sessions.create("sam");
    expect(second.token).not.toBe(first.token);
    expect(second.csrfToken).not.toBe(first.csrfToken);
  });

  it("are unknown for a wrong or malformed token", async () => {
    const sessions = store();
    expect(await sessions.resolve("A".repeat(43))).toEqual({ status: "unknown" });
    expect(await sessions.resolve("not a token")).toEqual({ status: "unknown" });
  });

  it("expire after the idle time without requests, and stay alive while used", async () => {
    const sessions = store();
    const session = await sessions.create("sam");
    for (let i = 0; i < 4; i += 1) {
      clock.advance(25 * MINUTE);
      expect((await sessions.resolve(session.token)).status).toBe("valid");
    }
    clock.advance(31 * MINUTE);
    expect(await sessions.resolve(session.token)).toEqual({ status: "expired" });
    expect(await sessions.resolve(session.token)).toEqual({ status: "unknown" });
  });

  it("write their last use at most once a minute", async () => {
    const sessions = new SessionStore(db, { idleMinutes: 2, absoluteHours: 8, now: clock.now });
    const session = await sessions.create("sam");
    clock.advance(30_000);
    expect((await sessions.resolve(session.token)).status).toBe("valid");
    // The use 30 s in was not written, so idleness counts from sign-in.
    clock.advance(100_000);
    expect(await sessions.resolve(session.token)).toEqual({ status: "expired" });
  });

  it("expire at the absolute time-out however active", async () => {
    const sessions = store();
    const session = await sessions.create("sam");
    for (let i = 0; i < 24; i += 1) {
      clock.advance(20 * MINUTE);
      expect((await sessions.resolve(session.token)).status).toBe("valid");
    }
    clock.advance(1 * MINUTE);
    expect(await sessions.resolve(session.token)).toEqual({ status: "expired" });
  });

  it("end on sign-out, recording it, and all at once for one user", async () => {
    const sessions = store();
    const actor = `sam-${Date.now()}`;
    const one = await sessions.create("sam");
    expect(await sessions.destroy(one.token, { actor, ip: "10.2.2.2" })).toBe(true);
    expect(await sessions.resolve(one.token)).toEqual({ status: "unknown" });
    expect(await sessions.destroy(one.token)).toBe(false);
    const { events } = await listAuditEvents(db.forViewer(CLEARED_VIEWER), { actor, limit: 5 });
    expect(events).toMatchObject([{ action: "session.sign-out", target: "sam", outcome: "success", details: { ip: "10.2.2.2" } }]);

    const tokens = [(await sessions.create("sam")).token, (await sessions.create("sam")).token];
    expect(await sessions.destroyAllFor("sam")).toBeGreaterThanOrEqual(2);
    for (const token of tokens) expect(await sessions.resolve(token)).toEqual({ status: "unknown" });
  });

  it("record each sign-in in the audit trail with the session", async () => {
    const sessions = store();
    const before = new Date(Date.now() - 1000).toISOString();
    const session = await sessions.create("sam", { ip: "10.3.3.3" });
    const { events } = await listAuditEvents(db.forViewer(CLEARED_VIEWER), { actor: "sam", action: "session.sign-in", from: before, limit: 5 });
    expect(events[0]).toMatchObject({ outcome: "success", target: "sam", details: { ip: "10.3.3.3", sessionId: session.id } });
    expect(JSON.stringify(events)).not.toContain(session.token);
  });

  it("end when the password changes or the account is disabled, and cannot open for a disabled account", async () => {
    const sessions = store();
    const session = await sessions.create("sam");
    await users.update("sam", { password: "a brand new passphrase" }, { actor: "setup" });
    expect(await sessions.resolve(session.token)).toEqual({ status: "unknown" });
    const again = await sessions.create("sam");
    await users.update("sam", { disabled: true }, { actor: "setup" });
    expect(await sessions.resolve(again.token)).toEqual({ status: "unknown" });
    await expect(sessions.create("sam")).rejects.toMatchObject({ status: 401 });
    await users.update("sam", { disabled: false }, { actor: "setup" });
  });

  it("are swept once expired", async () => {
    const sessions = store();
    const session = await sessions.create("sam");
    clock.advance(9 * HOUR);
    expect(await sessions.purgeExpired()).toBeGreaterThanOrEqual(1);
    expect(await sessions.resolve(session.token)).toEqual({ status: "unknown" });
  });
});
