import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listAuditEvents } from "../../../server/audit/audit-log.ts";
import { UserStore } from "../../../server/auth/user-store.ts";
import { AppError } from "../../../server/errors.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { openAccessDatabase, removeAllAccounts } from "./access-support.ts";
import { CLEARED_VIEWER } from "../../support/viewer.ts";

let db: GraphDatabase;
let users: UserStore;
const boss = { actor: "boss-of-user-tests", ip: "10.1.1.1" };

beforeAll(async () => {
  db = await openAccessDatabase();
  users = new UserStore(db);
});
beforeEach(() => removeAllAccounts(db));
afterAll(async () => {
  await removeAllAccounts(db);
  await db.close();
});

const password = "correct horse battery staple";

async function statusOf(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    if (error instanceof AppError) return error.status;
    throw error;
  }
}

describe("the user store", () => {
  it("creates, gets and lists accounts, never giving out a password hash", async () => {
    const created = await users.create(
      { username: "Alice", password, role: "analyst", clearance: "CONFIDENTIAL", caveats: ["rel nato"] },
      boss,
    );
    expect(created).toMatchObject({
      username: "alice", role: "analyst", clearance: "CONFIDENTIAL", caveats: ["REL NATO"], disabled: false, mustChangePassword: false,
    });
    await users.create({ username: "bob", password, role: "data" }, boss);
    expect(await users.get("ALICE")).toEqual(created);
    expect((await users.list()).map((user) => user.username)).toEqual(["alice", "bob"]);
    expect((await users.get("bob"))?.clearance).toBe("UNCLASSIFIED");
    expect(JSON.stringify(await users.list())).not.toMatch(/scrypt|passwordHash/);
    expect(await users.get("nobody")).toBeNull();
  });

  it("refuses a taken username (409), a weak password and a malformed username (400)", async () => {
    await users.create({ username: "alice", password, role: "analyst" }, boss);
    expect(await statusOf(users.create({ username: "ALICE", password, role: "admin" }, boss))).toBe(409);
    expect(await statusOf(users.create({ username: "carol", password: "short", role: "analyst" }, boss))).toBe(400);
    expect(await statusOf(users.create({ username: "../carol", password, role: "analyst" }, boss))).toBe(400);
  });

  it("checks credentials: the right password, a wrong one, an unknown user, a disabled account", async () => {
    await users.create({ username: "alice", password, role: "analyst" }, boss);
    await users.create({ username: "root", password, role: "admin" }, boss);
    expect(await users.verifyCredentials("alice", password)).toEqual({ username: "alice", disabled: false });
    expect(await users.verifyCredentials("alice", `${password}!`)).toBeNull();
    expect(await users.verifyCredentials("nobody", password)).toBeNull();
    await users.update("alice", { disabled: true }, boss);
    expect(await users.verifyCredentials("alice", password)).toEqual({ username: "alice", disabled: true });
  });

  it("updates role, clearance, caveats and password, leaving absent fields as they were", async () => {
    await users.create({ username: "alice", password, role: "analyst", caveats: ["REL EU"] }, boss);
    const updated = await users.update("alice", { role: "manager", clearance: "SECRET" }, boss);
    expect(updated).toMatchObject({ role: "manager", clearance: "SECRET", caveats: ["REL EU"] });
    await users.update("alice", { password: "another long passphrase" }, boss);
    expect(await users.verifyCredentials("alice", password)).toBeNull();
    expect(await users.verifyCredentials("alice", "another long passphrase")).not.toBeNull();
    expect(await statusOf(users.update("nobody", { role: "admin" }, boss))).toBe(404);
  });

  it("keeps at least one enabled admin: the last one cannot be demoted, disabled or deleted", async () => {
    await users.create({ username: "root", password, role: "admin" }, boss);
    expect(await statusOf(users.update("root", { role: "data" }, boss))).toBe(409);
    expect(await statusOf(users.update("root", { disabled: true }, boss))).toBe(409);
    expect(await statusOf(users.delete("root", boss))).toBe(409);
    await users.create({ username: "deputy", password, role: "admin" }, boss);
    await users.delete("root", boss);
    expect(await users.get("root")).toBeNull();
  });

  it("records every change with who made it, and never the password", async () => {
    const actor = `auditor-${Date.now()}`;
    await users.create({ username: "alice", password, role: "analyst" }, { actor, ip: "10.9.9.9" });
    await users.update("alice", { role: "data", password: "another long passphrase" }, { actor });
    await users.delete("alice", { actor });
    const { events } = await listAuditEvents(db.forViewer(CLEARED_VIEWER), { actor, limit: 10 });
    expect(events.map((event) => event.action)).toEqual(["user.delete", "user.update", "user.create"]);
    expect(events.every((event) => event.target === "alice" && event.outcome === "success")).toBe(true);
    expect(events[1]!.details).toMatchObject({ changed: ["role", "password"], before: { role: "analyst" }, after: { role: "data" } });
    expect(events[2]!.details).toMatchObject({ ip: "10.9.9.9", role: "analyst" });
    expect(JSON.stringify(events)).not.toMatch(/passphrase|battery|scrypt/);
  });
});

describe("the first start", () => {
  it("creates admin with ADMIN_PASSWORD once, printing nothing", async () => {
    const printed: string[] = [];
    expect(await users.ensureAdmin({ adminPassword: password, log: (line) => printed.push(line) })).toBe(true);
    expect(await users.ensureAdmin({ adminPassword: password, log: (line) => printed.push(line) })).toBe(false);
    expect(printed).toEqual([]);
    expect(await users.get("admin")).toMatchObject({ role: "admin", mustChangePassword: false });
    expect(await users.verifyCredentials("admin", password)).not.toBeNull();
  });

  it("without ADMIN_PASSWORD, prints a one-time password once, which signs in and must be changed", async () => {
    const printed: string[] = [];
    expect(await users.ensureAdmin({ log: (line) => printed.push(line) })).toBe(true);
    expect(await users.ensureAdmin({ log: (line) => printed.push(line) })).toBe(false);
    expect(printed).toHaveLength(1);
    const oneTime = /one-time password (\S+) /.exec(printed[0]!)?.[1];
    expect(oneTime).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(await users.verifyCredentials("admin", oneTime!)).toEqual({ username: "admin", disabled: false });
    expect(await users.get("admin")).toMatchObject({ role: "admin", clearance: "TOP_SECRET", mustChangePassword: true });
  });

  it("does nothing when any account exists, and refuses a weak ADMIN_PASSWORD", async () => {
    await expect(users.ensureAdmin({ adminPassword: "admin", log: () => {} })).rejects.toThrow(/ADMIN_PASSWORD .* at least 12/);
    await users.create({ username: "alice", password, role: "analyst" }, boss);
    expect(await users.ensureAdmin({ log: () => {} })).toBe(false);
    expect(await users.get("admin")).toBeNull();
  });
});
