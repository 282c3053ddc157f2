import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRoutes } from "../../../server/routes/audit/routes.ts";
import { listAuditEvents } from "../../../server/audit/audit-log.ts";
import { createAccessControl, type AccessControl } from "../../../server/auth/access-control.ts";
import { authenticate, csrfProtection, requireRole } from "../../../server/auth/authenticate.ts";
import { safeJsonBody } from "../../../server/auth/hardening.ts";
import { sessionRoutes } from "../../../server/routes/session/routes.ts";
import { tokenRoutes } from "../../../server/routes/tokens/routes.ts";
import { userRoutes } from "../../../server/routes/users/routes.ts";
import { problemHandler } from "../../../server/http/problem-handler.ts";
import { mountRoute } from "../../../server/http/route.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { handClock, MINUTE, openAccessDatabase, removeAllAccounts } from "./access-support.ts";
import { CLEARED_VIEWER } from "../../support/viewer.ts";

/**
 * The access building blocks on a small Express app of their own, spoken to over real
 * HTTP: sign-in, cookies, 401 against 403, CSRF, bearer tokens, throttling, user and audit
 * routes.
 */
let db: GraphDatabase;
let access: AccessControl;
let server: Server;
let base: string;
const clock = handClock();
const password = "correct horse battery staple";

beforeAll(async () => {
  db = await openAccessDatabase();
  access = createAccessControl(db, {
    sessions: { idleMinutes: 30, absoluteHours: 8, now: clock.now },
    tokens: { now: clock.now },
    throttle: { pairFreeFailures: 2, baseDelayMs: 5_000, now: clock.now },
  });
  for (const [username, role] of [["ann", "analyst"], ["dan", "data"], ["dee", "data"], ["ada", "admin"]] as const) {
    await access.users.create({ username, password, role }, { actor: "setup" });
  }
  const app = express();
  app.set("trust proxy", "loopback");
  app.set("query parser", "simple");
  app.use(safeJsonBody("100kb"));
  app.use(authenticate(access));
  app.use(csrfProtection());
  for (const route of [...sessionRoutes(access), ...userRoutes(access), ...tokenRoutes(access), ...auditRoutes(access)]) {
    mountRoute(app, route);
  }
  app.get("/api/probe/analyst", requireRole("analyst"), (_req, res) => {
    res.json({ ok: true });
  });
  app.post("/api/probe/data", requireRole("data"), (_req, res) => {
    res.json({ ok: true });
  });
  app.use(problemHandler);
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await removeAllAccounts(db);
  await db.close();
});

interface Call {
  method?: string;
  body?: unknown;
  cookie?: string;
  csrf?: string;
  bearer?: string;
  headers?: Record<string, string>;
}

async function call(path: string, options: Call = {}) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.cookie) headers.cookie = `cnd_session=${options.cookie}`;
  if (options.csrf) headers["x-csrf-token"] = options.csrf;
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  const response = await fetch(base + path, {
    method: options.method ?? "GET", headers, body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  return {
    status: response.status,
    type,
    headers: response.headers,
    setCookie: response.headers.getSetCookie(),
    body: type.includes("json") && !type.includes("ndjson") && text ? JSON.parse(text) : text,
  };
}

async function signIn(username: string, secret = password, headers: Record<string, string> = {}) {
  const response = await call("/api/session", { method: "POST", body: { username, password: secret }, headers });
  const cookie = /^cnd_session=([^;]+)/.exec(response.setCookie[0] ?? "")?.[1];
  return { ...response, cookie: cookie!, csrf: response.body.csrfToken as string };
}

describe("signing in", () => {
  it("sets an HttpOnly, SameSite=Strict session cookie for the whole site, and says who is signed in", async () => {
    const { status, setCookie, cookie, csrf, body } = await signIn("ann");
    expect(status).toBe(200);
    expect(setCookie).toHaveLength(1);
    const flags = setCookie[0]!.split(";").map((part) => part.trim());
    expect(flags).toEqual(expect.arrayContaining(["HttpOnly", "SameSite=Strict", "Path=/"]));
    expect(flags).not.toContain("Secure");
    expect(flags.some((flag) => /^(Max-Age|Expires)/i.test(flag))).toBe(false);
    expect(body).toMatchObject({ user: { username: "ann", role: "analyst" }, csrfToken: csrf });
    expect(JSON.stringify(body)).not.toContain(cookie);

    const me = await call("/api/session", { cookie });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { username: "ann", role: "analyst", via: "session" }, csrfToken: csrf });
  });

  it("marks the cookie Secure when the request came over HTTPS", async () => {
    const { setCookie } = await signIn("ann", password, { "x-forwarded-proto": "https" });
    expect(setCookie[0]).toMatch(/; Secure/);
  });

  it("answers a wrong password and an unknown user alike, with 401, and records both", async () => {
    const wrong = await call("/api/session", { method: "POST", body: { username: "dan", password: "wrong password here" } });
    const unknown = await call("/api/session", { method: "POST", body: { username: "nobody-at-all", password } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
    expect(wrong.type).toContain("application/problem+json");
    expect(wrong.setCookie).toEqual([]);
    const { events } = await listAuditEvents(db.forViewer(CLEARED_VIEWER), { action: "session.sign-in", limit: 20 });
    expect(events.filter((event) => event.outcome === "failure").map((event) => event.target))
      .toEqual(expect.arrayContaining(["dan", "nobody-at-all"]));
    expect(JSON.stringify(events)).not.toContain("wrong password here");
  });

  it("renews the session at every sign-in: the browser's previous token stops working", async () => {
    const first = await signIn("ann");
    const second = await call("/api/session", { method: "POST", body: { username: "ann", password }, cookie: first.cookie });
    const renewed = /^cnd_session=([^;]+)/.exec(second.setCookie[0]!)![1]!;
    expect(renewed).not.toBe(first.cookie);
    expect((await call("/api/session", { cookie: first.cookie })).status).toBe(401);
    expect((await call("/api/session", { cookie: renewed })).status).toBe(200);
  });

  it("throttles repeated failures with 429 and Retry-After, even for the right password, then recovers", async () => {
    const attempt = (secret: string) => call("/api/session", { method: "POST", body: { username: "dee", password: secret } });
    await attempt("wrong password one");
    await attempt("wrong password two");
    expect((await attempt("wrong password three")).status).toBe(401);
    const locked = await attempt(password);
    expect(locked.status).toBe(429);
    expect(locked.headers.get("retry-after")).toBe("5");
    expect(locked.type).toContain("application/problem+json");
    clock.advance(5_000);
    expect((await attempt(password)).status).toBe(200);
    const { events } = await listAuditEvents(db.forViewer(CLEARED_VIEWER), { action: "session.sign-in", limit: 10 });
    expect(events.find((event) => event.outcome === "denied" && event.target === "dee")?.details).toMatchObject({ reason: "throttled" });
  });

  it("lets the right password through from a clean address while the account is locked for the guesser's, until an admin unlocks it", async () => {
    const from = (ip: string) => ({ "x-forwarded-for": ip });
    const attempt = (secret: string, ip: string) =>
      call("/api/session", { method: "POST", body: { username: "dan", password: secret }, headers: from(ip) });
    expect((await signIn("dan")).status).toBe(200); // forgets the failure an earlier test made from this host
    for (let i = 0; i < 3; i += 1) expect((await attempt(`wrong password ${i}`, "10.66.0.1")).status).toBe(401);
    expect((await attempt(password, "10.66.0.1")).status).toBe(429);
    expect((await attempt(password, "10.77.0.2")).status).toBe(200);
    // The owner's success from elsewhere does not lift the guesser's lock…
    expect((await attempt(password, "10.66.0.1")).status).toBe(429);
    // …an admin's unlock does, and is on the record.
    const ada = await signIn("ada");
    const analyst = await signIn("ann");
    expect((await call("/api/users/dan/lock", { method: "DELETE", cookie: analyst.cookie, csrf: analyst.csrf })).status).toBe(403);
    const unlocked = await call("/api/users/dan/lock", { method: "DELETE", cookie: ada.cookie, csrf: ada.csrf });
    expect(unlocked.status).toBe(200);
    expect(unlocked.body).toEqual({ username: "dan", unlockedAddresses: 1 });
    expect((await attempt(password, "10.66.0.1")).status).toBe(200);
    expect((await call("/api/users/nobody-here/lock", { method: "DELETE", cookie: ada.cookie, csrf: ada.csrf })).status).toBe(404);
    const { events } = await listAuditEvents(db.forViewer(CLEARED_VIEWER), { actor: "ada", action: "user.update", limit: 5 });
    expect(events[0]).toMatchObject({ target: "dan", details: { changed: ["signInThrottle"], unlockedAddresses: 1 } });
  });
});

describe("access checks", () => {
  it("answer 401 without credentials and 403 for too low a role, as problem+json", async () => {
    const anonymous = await call("/api/probe/analyst");
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ status: 401, type: "/problems/unauthorized" });
    const ann = await signIn("ann");
    expect((await call("/api/probe/analyst", { cookie: ann.cookie })).status).toBe(200);
    const denied = await call("/api/probe/data", { method: "POST", cookie: ann.cookie, csrf: ann.csrf });
    expect(denied.status).toBe(403);
    expect(denied.body).toMatchObject({ type: "/problems/forbidden", detail: expect.stringMatching(/data role/) });
    const dan = await signIn("dan");
    expect((await call("/api/probe/data", { method: "POST", cookie: dan.cookie, csrf: dan.csrf })).status).toBe(200);
  });

  it("answer 401 saying so when the session has expired", async () => {
    const ann = await signIn("ann");
    clock.advance(31 * MINUTE);
    const expired = await call("/api/probe/analyst", { cookie: ann.cookie });
    expect(expired.status).toBe(401);
    expect(expired.body.detail).toMatch(/expired/);
  });

  it("refuse a cookie-authenticated change without the session's CSRF token", async () => {
    const dan = await signIn("dan");
    const other = await signIn("dan");
    const missing = await call("/api/probe/data", { method: "POST", cookie: dan.cookie });
    expect(missing.status).toBe(403);
    expect(missing.body.detail).toMatch(/X-CSRF-Token/);
    expect((await call("/api/probe/data", { method: "POST", cookie: dan.cookie, csrf: other.csrf })).status).toBe(403);
    expect((await call("/api/probe/data", { method: "POST", cookie: dan.cookie, csrf: dan.csrf })).status).toBe(200);
  });

  it("let bearer tokens through without a CSRF token, and only sessions mint tokens", async () => {
    const dan = await signIn("dan");
    const created = await call("/api/tokens", { method: "POST", cookie: dan.cookie, csrf: dan.csrf, body: { name: "cli" } });
    expect(created.status).toBe(200);
    const token = created.body.token as string;
    expect(token).toMatch(/^cnd_/);
    expect((await call("/api/probe/data", { method: "POST", bearer: token })).status).toBe(200);
    expect((await call("/api/session", { bearer: token })).body).toMatchObject({ user: { username: "dan", via: "token" }, csrfToken: null });
    expect((await call("/api/tokens", { method: "POST", bearer: token, body: { name: "more" } })).status).toBe(403);
    const listed = await call("/api/tokens", { bearer: token });
    expect(listed.body.tokens.map((info: { id: string }) => info.id)).toContain(created.body.id);
    expect(JSON.stringify(listed.body)).not.toContain(token);
    expect((await call(`/api/tokens/${created.body.id}`, { method: "DELETE", cookie: dan.cookie, csrf: dan.csrf })).status).toBe(200);
    const revoked = await call("/api/probe/data", { method: "POST", bearer: token });
    expect(revoked.status).toBe(401);
    expect((await call("/api/probe/analyst", { bearer: "cnd_not-a-token" })).status).toBe(401);
  });
});

describe("signing out", () => {
  it("ends the session and clears the cookie; it needs the CSRF token", async () => {
    const ann = await signIn("ann");
    expect((await call("/api/session", { method: "DELETE", cookie: ann.cookie })).status).toBe(403);
    const out = await call("/api/session", { method: "DELETE", cookie: ann.cookie, csrf: ann.csrf });
    expect(out.status).toBe(200);
    expect(out.body).toEqual({ signedOut: true });
    expect(out.setCookie[0]).toMatch(/^cnd_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await call("/api/session", { cookie: ann.cookie })).status).toBe(401);
  });
});

describe("a one-time password", () => {
  it("signs in but allows nothing until the user has chosen a new password", async () => {
    await access.users.create({ username: "newbie", password, role: "analyst", mustChangePassword: true }, { actor: "ada" });
    const newbie = await signIn("newbie");
    expect(newbie.body.user.mustChangePassword).toBe(true);
    const blocked = await call("/api/probe/analyst", { cookie: newbie.cookie });
    expect(blocked.status).toBe(403);
    expect(blocked.body.detail).toMatch(/Change your password/);
    const weak = await call("/api/session/password", {
      method: "PUT", cookie: newbie.cookie, csrf: newbie.csrf, body: { currentPassword: password, newPassword: "short" },
    });
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].message).toMatch(/at least 12 characters/);
    const changed = await call("/api/session/password", {
      method: "PUT", cookie: newbie.cookie, csrf: newbie.csrf, body: { currentPassword: password, newPassword: "my very own passphrase" },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.user.mustChangePassword).toBe(false);
    const cookie = /^cnd_session=([^;]+)/.exec(changed.setCookie[0]!)![1]!;
    expect((await call("/api/probe/analyst", { cookie: newbie.cookie })).status).toBe(401);
    expect((await call("/api/probe/analyst", { cookie })).status).toBe(200);
  });
});

describe("user management", () => {
  it("is for admins only", async () => {
    const dan = await signIn("dan");
    expect((await call("/api/users", { cookie: dan.cookie })).status).toBe(403);
    expect((await call("/api/users")).status).toBe(401);
  });

  it("creates, changes and deletes accounts, validating every field", async () => {
    const ada = await signIn("ada");
    const admin = { cookie: ada.cookie, csrf: ada.csrf };
    const created = await call("/api/users", {
      method: "POST", ...admin, body: { username: "Vera", password, role: "manager", clearance: "CONFIDENTIAL", caveats: ["rel nato"] },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ username: "vera", role: "manager", clearance: "CONFIDENTIAL", caveats: ["REL NATO"] });
    expect((await call("/api/users", { method: "POST", ...admin, body: { username: "vera", password, role: "analyst" } })).status).toBe(409);
    const invalid = await call("/api/users", { method: "POST", ...admin, body: { username: "x y", password: "short", role: "root", clearance: "TOP" } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(["clearance", "password", "role", "username"]);

    const listed = await call("/api/users", { cookie: ada.cookie });
    expect(listed.body.users.map((user: { username: string }) => user.username)).toEqual(expect.arrayContaining(["ada", "vera"]));
    expect(JSON.stringify(listed.body)).not.toMatch(/scrypt/);

    const changed = await call("/api/users/vera", { method: "PUT", ...admin, body: { clearance: "SECRET", disabled: true } });
    expect(changed.body).toMatchObject({ clearance: "SECRET", disabled: true, role: "manager" });
    expect((await call("/api/users/vera", { method: "PUT", ...admin, body: {} })).status).toBe(400);
    expect((await call("/api/users/ada", { method: "PUT", ...admin, body: { role: "analyst" } })).status).toBe(409);
    expect((await call("/api/users/vera", { method: "DELETE", ...admin })).body).toEqual({ deleted: "vera" });
    expect((await call("/api/users/vera", { method: "DELETE", ...admin })).status).toBe(404);
  });
});

describe("the audit routes", () => {
  it("let admins filter the trail and export it as JSON lines, which is itself recorded", async () => {
    const ada = await signIn("ada");
    const dan = await signIn("dan");
    expect((await call("/api/audit", { cookie: dan.cookie })).status).toBe(403);

    const page = await call("/api/audit?action=session.sign-in&actor=ada&limit=1", { cookie: ada.cookie });
    expect(page.status).toBe(200);
    expect(page.body.events).toHaveLength(1);
    expect(page.body.truncated).toBe(true);
    expect(page.body.events.every((event: { actor: string; action: string }) => event.actor === "ada" && event.action === "session.sign-in")).toBe(true);
    expect((await call("/api/audit?from=yesterday", { cookie: ada.cookie })).status).toBe(400);

    const exported = await call("/api/audit/export?actor=ada", { cookie: ada.cookie });
    expect(exported.status).toBe(200);
    expect(exported.type).toContain("application/x-ndjson");
    expect(exported.headers.get("content-disposition")).toContain("attachment");
    const events = (exported.body as string).trim().split("\n").map((line) => JSON.parse(line));
    expect(events.length).toBeGreaterThan(1);
    expect(events.at(-1)).toMatchObject({ actor: "ada", action: "audit.export" });
    expect(exported.body).not.toMatch(/scrypt|cnd_[A-Za-z0-9_-]{43}/);
  });
});
