import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "../../../server/audit/audit-log.ts";
import type { GraphModel } from "../../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { openSeededDatabase } from "../../support/database.ts";
import { createTestUser, startTestServer, type TestServer } from "../../support/server.ts";
import { handClock, MINUTE } from "./access-support.ts";
import { CLEARED_VIEWER } from "../../support/viewer.ts";

/**
 * Signing in and out of the real app over HTTP, as a browser does: the cookie, the CSRF
 * token, idle expiry (on a clock the test moves), and what the app sends every browser:
 * security headers and CORS answers. Then the rate limits, each on an app of its own.
 */
let db: GraphDatabase;
let model: GraphModel;
let api: TestServer;
const clock = handClock();
let manager: { username: string; password: string; token: string };

beforeAll(async () => {
  ({ db, model } = await openSeededDatabase());
  api = await startTestServer({
    db, model,
    sessions: { idleMinutes: 30, absoluteHours: 8, now: clock.now },
    security: { allowedOrigins: ["https://partner.example.org"] },
  });
  manager = await createTestUser(db, { role: "manager" });
});

afterAll(async () => {
  await api?.close();
  await db?.close();
});

const json = { "content-type": "application/json" };

async function signIn(username: string, password: string) {
  const response = await api.request("/api/session", {
    method: "POST", headers: json, body: JSON.stringify({ username, password }), token: null,
  });
  const cookie = /cnd_session=([^;]+)/.exec(response.headers.get("set-cookie") ?? "")?.[1];
  return { ...response, cookie };
}

const withCookie = (cookie: string, extra: Record<string, string> = {}) => ({ cookie: `cnd_session=${cookie}`, ...extra });

describe("a browser session", () => {
  it("signs in with a password, sets an HttpOnly SameSite=Strict cookie, and is recorded", async () => {
    const { status, body, headers, cookie } = await signIn(manager.username, manager.password);
    expect(status).toBe(200);
    expect(body.user).toMatchObject({ username: manager.username, role: "manager" });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(headers.get("set-cookie")).toMatch(/HttpOnly/);
    expect(headers.get("set-cookie")).toMatch(/SameSite=Strict/);
    expect(cookie).toBeDefined();
    const me = await api.request("/api/session", { headers: withCookie(cookie!), token: null });
    expect(me.body).toMatchObject({ user: { username: manager.username, via: "session" }, csrfToken: body.csrfToken });
    expect((await api.request("/api/graph", { headers: withCookie(cookie!), token: null })).status).toBe(200);
    const { events } = await listAuditEvents(db.forViewer(CLEARED_VIEWER), { actor: manager.username, action: "session.sign-in", limit: 5 });
    expect(events[0]).toMatchObject({ outcome: "success", target: manager.username });
  });

  it("refuses a wrong password with 401, and records the failure", async () => {
    const { status, body, cookie } = await signIn(manager.username, "not the password at all");
    expect(status).toBe(401);
    expect(body.type).toBe("/problems/unauthorized");
    expect(cookie).toBeUndefined();
    const { events } = await listAuditEvents(db.forViewer(CLEARED_VIEWER), { action: "session.sign-in", limit: 20 });
    expect(events.find((event) => event.target === manager.username && event.outcome === "failure")).toBeDefined();
  });

  it("needs the CSRF token on a cookie session's writes, and not on a bearer token's", async () => {
    const { cookie, body } = await signIn(manager.username, manager.password);
    const view = JSON.stringify({ name: "services", url: "?kinds=Service", shared: false });
    const bare = await api.request("/api/views", { method: "POST", headers: withCookie(cookie!, json), body: view, token: null });
    expect(bare.status).toBe(403);
    expect(bare.body.detail).toMatch(/X-CSRF-Token/);
    const wrong = await api.request("/api/views", {
      method: "POST", headers: withCookie(cookie!, { ...json, "x-csrf-token": "x".repeat(43) }), body: view, token: null,
    });
    expect(wrong.status).toBe(403);
    const right = await api.request("/api/views", {
      method: "POST", headers: withCookie(cookie!, { ...json, "x-csrf-token": body.csrfToken }), body: view, token: null,
    });
    expect(right.status).toBe(200);
    const bearer = await api.request("/api/views", { method: "POST", headers: json, body: view, token: manager.token });
    expect(bearer.status).toBe(200);
  });

  it("ends after 30 idle minutes, saying so", async () => {
    const { cookie } = await signIn(manager.username, manager.password);
    clock.advance(29 * MINUTE);
    expect((await api.request("/api/session", { headers: withCookie(cookie!), token: null })).status).toBe(200);
    clock.advance(31 * MINUTE);
    const expired = await api.request("/api/session", { headers: withCookie(cookie!), token: null });
    expect(expired.status).toBe(401);
    expect(expired.body.detail).toMatch(/expired/);
    expect((await api.request("/api/graph", { headers: withCookie(cookie!), token: null })).status).toBe(401);
  });

  it("signs out: the cookie is cleared and the session no longer opens anything", async () => {
    const { cookie, body } = await signIn(manager.username, manager.password);
    const out = await api.request("/api/session", {
      method: "DELETE", headers: withCookie(cookie!, { "x-csrf-token": body.csrfToken }), token: null,
    });
    expect(out.status).toBe(200);
    expect(out.body).toEqual({ signedOut: true });
    expect(out.headers.get("set-cookie")).toMatch(/cnd_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await api.request("/api/session", { headers: withCookie(cookie!), token: null })).status).toBe(401);
  });
});

describe("what every answer carries", () => {
  it("sends a strict Content-Security-Policy and the usual headers, and no X-Powered-By", async () => {
    const { headers } = await api.request("/api/health", { token: null });
    expect(headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("x-powered-by")).toBeNull();
  });

  it("answers CORS only for allowed origins", async () => {
    const allowed = await api.request("/api/health", { headers: { origin: "https://partner.example.org" }, token: null });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://partner.example.org");
    const preflight = await api.request("/api/graph", {
      method: "OPTIONS", headers: { origin: "https://partner.example.org", "access-control-request-method": "GET" }, token: null,
    });
    expect(preflight.status).toBe(204);
    const foreign = await api.request("/api/health", { headers: { origin: "https://evil.example.com" }, token: null });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("refuses a body that would pollute prototypes, naming the key", async () => {
    const { status, body } = await api.request("/api/what-if", {
      method: "POST", headers: json, body: '{"removeNodes":["sgrs"],"__proto__":{"admin":true}}',
    });
    expect(status).toBe(400);
    expect(body.errors[0].path).toBe("__proto__");
  });
});

describe("rate limits", () => {
  async function throttled(security: Record<string, number>, run: (server: TestServer) => Promise<void>) {
    const server = await startTestServer({ db, model, security });
    try {
      await run(server);
    } finally {
      await server.close();
    }
  }

  it("answers 429 with Retry-After past the global limit", async () => {
    await throttled({ globalPerMinute: 5 }, async (server) => {
      for (let i = 0; i < 5; i += 1) expect((await server.get("/api/openapi.json")).status).toBe(200);
      const refused = await server.request("/api/openapi.json");
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(refused.body.type).toBe("/problems/too-many-requests");
      // Liveness is not counted: it must answer even while Neo4j, which counts, is away.
      expect((await server.get("/api/health")).status).toBe(200);
    });
  });

  it("answers 429 with Retry-After past the failed sign-ins of an address", async () => {
    await throttled({ signInPer15Minutes: 2 }, async (server) => {
      const attempt = (username: string) => server.request("/api/session", {
        method: "POST", headers: json, body: JSON.stringify({ username, password: "a wrong password here" }), token: null,
      });
      expect((await attempt("nobody-one")).status).toBe(401);
      expect((await attempt("nobody-two")).status).toBe(401);
      const refused = await attempt("nobody-three");
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    });
  });

  it("answers 429 with Retry-After past a user's imports per hour, dry runs not counted", async () => {
    await throttled({ importsPerHour: 1 }, async (server) => {
      const importFiles = (dryRun: boolean) => server.request(`/api/imports?dryRun=${dryRun}&wait=true`, {
        method: "POST", headers: json, body: JSON.stringify({ nodes: [], edges: [] }),
      });
      expect((await importFiles(true)).status).not.toBe(429);
      expect((await importFiles(false)).status).not.toBe(429);
      const refused = await importFiles(false);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await importFiles(true)).status).not.toBe(429);
    });
  });
});
