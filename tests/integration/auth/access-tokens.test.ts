import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "../../../server/audit/audit-log.ts";
import { AccessTokenStore } from "../../../server/auth/access-tokens.ts";
import { UserStore } from "../../../server/auth/user-store.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { handClock, openAccessDatabase, removeAllAccounts } from "./access-support.ts";
import { CLEARED_VIEWER } from "../../support/viewer.ts";

let db: GraphDatabase;
let users: UserStore;
let tokens: AccessTokenStore;
const clock = handClock();
const DAY = 86_400_000;

beforeAll(async () => {
  db = await openAccessDatabase();
  users = new UserStore(db);
  tokens = new AccessTokenStore(db, { now: clock.now });
  for (const username of ["tess", "uma"]) {
    await users.create({ username, password: "correct horse battery staple", role: "data" }, { actor: "setup" });
  }
});
afterAll(async () => {
  await removeAllAccounts(db);
  await db.close();
});

describe("personal access tokens", () => {
  it("are recognisable by their prefix, shown once, and resolve to their user", async () => {
    const created = await tokens.create("tess", { name: "nightly export" }, { actor: "tess" });
    expect(created.token).toMatch(/^cnd_[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({ name: "nightly export", expiresAt: null, lastUsedAt: null });
    expect(await tokens.resolve(created.token)).toMatchObject({
      status: "valid", tokenId: created.id, user: { username: "tess", role: "data", via: "token" },
    });
    const listed = await tokens.list("tess");
    expect(listed.map((token) => token.id)).toContain(created.id);
    expect(JSON.stringify(listed)).not.toContain(created.token);
    expect(listed.find((token) => token.id === created.id)?.lastUsedAt).not.toBeNull();
  });

  it("are unknown when wrong, malformed or someone else's to revoke", async () => {
    const created = await tokens.create("tess", { name: "ci" }, { actor: "tess" });
    expect(await tokens.resolve(`cnd_${"A".repeat(43)}`)).toEqual({ status: "unknown" });
    expect(await tokens.resolve(created.token.slice(4))).toEqual({ status: "unknown" });
    expect(await tokens.revoke("uma", created.id, { actor: "uma" })).toBe(false);
    expect((await tokens.resolve(created.token)).status).toBe("valid");
  });

  it("stop working once revoked, and the revocation is recorded", async () => {
    const created = await tokens.create("tess", { name: "laptop" }, { actor: "tess" });
    expect(await tokens.revoke("tess", created.id, { actor: "tess", ip: "10.4.4.4" })).toBe(true);
    expect(await tokens.resolve(created.token)).toEqual({ status: "unknown" });
    const { events } = await listAuditEvents(db.forViewer(CLEARED_VIEWER), { actor: "tess", action: "token.revoke", limit: 1 });
    expect(events[0]).toMatchObject({ target: "tess", details: { tokenId: created.id, name: "laptop", ip: "10.4.4.4" } });
    expect(JSON.stringify(events)).not.toContain(created.token);
  });

  it("expire after their lifetime", async () => {
    const created = await tokens.create("tess", { name: "short", expiresInDays: 1 }, { actor: "tess" });
    clock.advance(DAY - 1000);
    expect((await tokens.resolve(created.token)).status).toBe("valid");
    clock.advance(2000);
    expect(await tokens.resolve(created.token)).toEqual({ status: "expired" });
  });

  it("are revoked for good when their user is disabled: re-enabling brings none back", async () => {
    const created = await tokens.create("uma", { name: "script" }, { actor: "uma" });
    await users.update("uma", { disabled: true }, { actor: "setup" });
    expect(await tokens.resolve(created.token)).toEqual({ status: "unknown" });
    await users.update("uma", { disabled: false }, { actor: "setup" });
    expect(await tokens.resolve(created.token)).toEqual({ status: "unknown" });
    expect(await tokens.list("uma")).toEqual([]);
  });

  it("are revoked with a new password, and other changes leave them be", async () => {
    const kept = await tokens.create("uma", { name: "kept" }, { actor: "uma" });
    await users.update("uma", { clearance: "RESTRICTED", role: "analyst" }, { actor: "setup" });
    expect((await tokens.resolve(kept.token)).status).toBe("valid");
    await users.update("uma", { password: "another passphrase entirely" }, { actor: "setup" });
    expect(await tokens.resolve(kept.token)).toEqual({ status: "unknown" });
  });

  it("stop working when their user is deleted", async () => {
    const created = await tokens.create("uma", { name: "script" }, { actor: "uma" });
    await users.delete("uma", { actor: "setup" });
    expect(await tokens.resolve(created.token)).toEqual({ status: "unknown" });
  });
});
