import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listAuditEvents } from "../../../server/audit/audit-log.ts";
import type { GraphModel } from "../../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { openSeededDatabase } from "../../support/database.ts";
import { createTestUser, startTestServer, type TestServer } from "../../support/server.ts";
import { CLEARED_VIEWER } from "../../support/viewer.ts";

/**
 * What ends a user's access, over HTTP on the real app: a password reset, the user's own
 * password change and disabling revoke the access tokens with the sessions, for good; and
 * what a session keeps in the database holds no CSRF token in clear.
 */
let db: GraphDatabase;
let model: GraphModel;
let api: TestServer;

beforeAll(async () => {
  ({ db, model } = await openSeededDatabase());
  api = await startTestServer({ db, model });
});

afterAll(async () => {
  await api?.close();
  await db?.close();
});

const json = { "content-type": "application/json" };
const NEW_PASSWORD = "a brand new passphrase 42";

const asAdmin = (path: string, method: string, body?: unknown) =>
  api.request(path, { method, headers: json, body: body === undefined ? undefined : JSON.stringify(body) });

async function signIn(username: string, password: string) {
  const response = await api.request("/api/session", {
    method: "POST", headers: json, body: JSON.stringify({ username, password }), token: null,
  });
  const cookie = /cnd_session=([^;]+)/.exec(response.headers.get("set-cookie") ?? "")?.[1];
  return { status: response.status, cookie: cookie!, csrfToken: response.body.csrfToken as string, headers: (extra = {}) => ({ cookie: `cnd_session=${cookie}`, ...extra }) };
}

const opens = async (token: string) => (await api.request("/api/graph?limit=1", { token })).status;

describe("an admin's password reset", () => {
  it("revokes the access tokens made before it: they answer 401 after it, and after a disable and re-enable", async () => {
    const user = await createTestUser(db, { role: "analyst" });
    expect(await opens(user.token)).toBe(200);
    expect((await asAdmin(`/api/users/${user.username}`, "PUT", { password: NEW_PASSWORD })).status).toBe(200);
    expect(await opens(user.token)).toBe(401);
    expect((await asAdmin(`/api/users/${user.username}`, "PUT", { disabled: true })).status).toBe(200);
    expect((await asAdmin(`/api/users/${user.username}`, "PUT", { disabled: false })).status).toBe(200);
    expect(await opens(user.token)).toBe(401);
    const { events } = await listAuditEvents(db.forViewer(CLEARED_VIEWER), { action: "user.update", limit: 20 });
    const reset = events.find((event) => event.target === user.username && (event.details.changed as string[]).includes("password"));
    expect(reset?.details).toMatchObject({ tokensRevoked: [expect.any(String)], sessionsEnded: 0 });
  });
});

describe("a token asked for from a session that a reset has just ended", () => {
  it("is not made: the request was signed in when it arrived, but its session is gone", async () => {
    const user = await createTestUser(db, { role: "analyst" });
    const session = await api.access.sessions.create(user.username);
    expect((await asAdmin(`/api/users/${user.username}`, "PUT", { password: NEW_PASSWORD })).status).toBe(200);
    await expect(api.access.tokens.create(user.username, { name: "late", sessionId: session.id }, { actor: user.username }))
      .rejects.toMatchObject({ status: 401 });
    expect((await api.access.tokens.list(user.username)).map((token) => token.name)).not.toContain("late");
  });
});

describe("disabling an account", () => {
  it("revokes its tokens and ends its sessions for good: re-enabling brings neither back", async () => {
    const user = await createTestUser(db, { role: "analyst" });
    const session = await signIn(user.username, user.password);
    expect((await api.request("/api/session", { headers: session.headers(), token: null })).status).toBe(200);
    expect((await asAdmin(`/api/users/${user.username}`, "PUT", { disabled: true })).status).toBe(200);
    expect(await opens(user.token)).toBe(401);
    expect((await asAdmin(`/api/users/${user.username}`, "PUT", { disabled: false })).status).toBe(200);
    expect(await opens(user.token)).toBe(401);
    expect((await api.request("/api/session", { headers: session.headers(), token: null })).status).toBe(401);
    expect(await api.access.tokens.list(user.username)).toEqual([]);
  });
});

describe("a user's own password change", () => {
  it("revokes the user's access tokens too, and keeps the browser signed in with a new session", async () => {
    const user = await createTestUser(db, { role: "analyst" });
    const session = await signIn(user.username, user.password);
    const changed = await api.request("/api/session/password", {
      method: "PUT", token: null,
      headers: session.headers({ ...json, "x-csrf-token": session.csrfToken }),
      body: JSON.stringify({ currentPassword: user.password, newPassword: NEW_PASSWORD }),
    });
    expect(changed.status).toBe(200);
    expect(await opens(user.token)).toBe(401);
    expect((await signIn(user.username, NEW_PASSWORD)).status).toBe(200);
  });
});

describe("a session's CSRF token", () => {
  it("is not stored in clear: the session node holds only its hash", async () => {
    const user = await createTestUser(db, { role: "analyst" });
    const session = await signIn(user.username, user.password);
    const me = await api.request("/api/session", { headers: session.headers(), token: null });
    expect(me.body.csrfToken).toBe(session.csrfToken);
    const stored = await sessionNodesOf(user.username);
    expect(stored).toHaveLength(1);
    const values = Object.values(stored[0]!).map(String);
    expect(values).not.toContain(session.csrfToken);
    expect(values).not.toContain(session.cookie);
    expect(JSON.stringify(stored)).not.toContain(session.csrfToken);
    // …and the token still works, checked against that hash.
    const signOut = await api.request("/api/session", {
      method: "DELETE", token: null, headers: session.headers({ "x-csrf-token": session.csrfToken }),
    });
    expect(signOut.status).toBe(200);
  });
});

/** Every property of the user's session nodes, read straight from Neo4j, as an attacker with a copy of the store would. */
async function sessionNodesOf(username: string): Promise<Record<string, unknown>[]> {
  const connection = inject("neo4j");
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  try {
    const result = await driver.executeQuery("MATCH (s:Session {username: $username}) RETURN properties(s) AS props", { username }, { database: connection.database });
    return result.records.map((record) => record.get("props") as Record<string, unknown>);
  } finally {
    await driver.close();
  }
}
