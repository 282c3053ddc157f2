import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../../server/auth/roles.ts";
import { SessionStore } from "../../../server/auth/session-store.ts";
import type { RouteSpec } from "../../../server/http/route.ts";
import type { GraphModel } from "../../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { openSeededDatabase, restoreSeedAndClose } from "../../support/database.ts";
import { createTestUser, startTestServer, type TestServer } from "../../support/server.ts";

/**
 * The access matrix, generated from the app's own route table: every route × nobody,
 * an expired session and each role, each signed in by a fresh browser session (cookie
 * and CSRF token). A route added to createRoutes is in the matrix without anyone
 * remembering to add it.
 */
let db: GraphDatabase;
let model: GraphModel;
let api: TestServer;
const users = {} as Record<Role, string>;

const PUBLIC = [
  "GET /api/health", "GET /api/ready", "POST /api/session", "GET /api/session",
  // what the sign-in page offers, and single sign-on (404 here: this server has none configured)
  "GET /api/session/options", "GET /api/session/oidc", "GET /api/session/oidc/callback",
];

beforeAll(async () => {
  ({ db, model } = await openSeededDatabase());
  api = await startTestServer({ db, model });
  for (const role of ROLES) users[role] = (await createTestUser(db, { role, clearance: "SECRET" })).username;
});

afterAll(async () => {
  await api?.close();
  await restoreSeedAndClose(db, model);
});

const name = (route: RouteSpec) => `${route.method.toUpperCase()} ${route.path}`;

/** The route's path with a placeholder for each parameter; validation may refuse it, access must be decided first. */
const pathOf = (route: RouteSpec) => route.path.replace(/:(\w+)/g, "matrix-probe");

async function call(route: RouteSpec, credentials: { cookie?: string; csrf?: string }) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (credentials.cookie) headers.cookie = `cnd_session=${credentials.cookie}`;
  if (credentials.csrf) headers["x-csrf-token"] = credentials.csrf;
  const response = await api.request(pathOf(route), {
    method: route.method.toUpperCase(), headers, token: null, ...(route.method === "get" ? {} : { body: "{}" }),
  });
  return response;
}

/** A session whose 8 hours ran out an hour ago. */
async function expiredSession(username: string): Promise<string> {
  const past = new SessionStore(db, { idleMinutes: 30, absoluteHours: 8, now: () => Date.now() - 9 * 3_600_000 });
  return (await past.create(username)).token;
}

describe("the route table", () => {
  it("makes public only health, readiness and signing in (with a password or single sign-on)", () => {
    expect(api.routes.filter((route) => route.role === "public").map(name).sort()).toEqual([...PUBLIC].sort());
  });

  it("is what the OpenAPI document describes, with the role and the credentials each route needs", async () => {
    const { body } = await api.get("/api/openapi.json", { token: null });
    expect(Object.keys(body.components.securitySchemes).sort()).toEqual(["accessToken", "session"]);
    for (const route of api.routes) {
      const operation = body.paths[route.path.replace(/:(\w+)/g, "{$1}")]?.[route.method];
      expect(operation, name(route)).toBeDefined();
      expect(operation["x-required-role"], name(route)).toBe(route.role);
      if (route.role === "public") {
        expect(operation.security, name(route)).toEqual([]);
      } else {
        expect(operation.security, name(route)).toEqual([{ session: [] }, { accessToken: [] }]);
        expect(Object.keys(operation.responses), name(route)).toEqual(expect.arrayContaining(["401", "403"]));
      }
    }
  });
});

describe("every route", () => {
  it("answers nobody and an expired session 401, unless public", async () => {
    for (const route of api.routes) {
      const anonymous = await call(route, {});
      const expired = await call(route, { cookie: await expiredSession(users.admin) });
      if (route.role === "public") {
        // Who-am-I answers nobody 401 itself; the other public routes let anyone in.
        if (name(route) !== "GET /api/session") expect([401, 403], `${name(route)} anonymous`).not.toContain(anonymous.status);
        expect(anonymous.status, name(route)).toBeLessThan(500);
      } else {
        expect(anonymous.status, `${name(route)} anonymous`).toBe(401);
        expect(anonymous.type, name(route)).toContain("application/problem+json");
        expect(expired.status, `${name(route)} expired session`).toBe(401);
        expect(expired.body.detail, name(route)).toMatch(/expired/);
      }
    }
  });

  for (const role of ROLES) {
    it(`lets ${role} in exactly where the route's role allows, and answers 403 elsewhere`, async () => {
      for (const route of api.routes) {
        const session = await api.access.sessions.create(users[role]);
        const { status, body } = await call(route, { cookie: session.token, csrf: session.csrfToken });
        const allowed = route.role === "public" || ROLES.indexOf(role) >= ROLES.indexOf(route.role);
        if (allowed) {
          expect([401, 403], `${name(route)} as ${role}: ${JSON.stringify(body)}`).not.toContain(status);
          expect(status, `${name(route)} as ${role}: ${JSON.stringify(body)}`).toBeLessThan(500);
        } else {
          expect(status, `${name(route)} as ${role}`).toBe(403);
        }
      }
    });
  }

  it("serves the OpenAPI document to anyone", async () => {
    expect((await api.get("/api/openapi.json", { token: null })).status).toBe(200);
  });
});
