import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { pino } from "pino";
import { createApp, type AppOptions } from "../../server/app.ts";
import { createAccessControl, type AccessControl } from "../../server/auth/access-control.ts";
import { applyAccessSchema } from "../../server/auth/access-schema.ts";
import { AccessTokenStore } from "../../server/auth/access-tokens.ts";
import { CLASSIFICATIONS, type Classification } from "../../contract/markings.ts";
import type { RouteSpec } from "../../server/http/route.ts";
import type { Role } from "../../contract/roles.ts";
import type { SessionOptions } from "../../server/auth/session-store.ts";
import { UserStore } from "../../server/auth/user-store.ts";
import type { ImportLimits } from "../../server/import/import-jobs.ts";
import type { GraphModel } from "../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../server/neo4j/database.ts";
import { forgetThrottles } from "./throttles.ts";

export interface TestResponse {
  status: number;
  type: string;
  body: any;
  headers: Headers;
}

/**
 * `token`: the access token sent as `Authorization: Bearer`; the client's own by default,
 * null to send none (an anonymous request). A request that sets Authorization itself
 * keeps its header.
 */
export type TestRequestInit = RequestInit & { token?: string | null };

/** Speaks to a test server as one user (or as nobody). */
export interface TestClient {
  url: string;
  get(path: string, options?: { token?: string | null }): Promise<{ status: number; type: string; body: any }>;
  /** Any request; the body is parsed when it is JSON. */
  request(path: string, init?: TestRequestInit): Promise<TestResponse>;
  /** The same server, with another user's access token, or null for nobody. */
  as(token: string | null): TestClient;
}

export interface TestServer extends TestClient {
  /** The test admin (the highest clearance, every test caveat), whose token requests carry by default. */
  admin: { username: string; token: string };
  /** The app's accounts, sessions and tokens. */
  access: AccessControl;
  /** Every API route the app mounted (createRoutes). */
  routes: RouteSpec[];
  close(): Promise<void>;
}

/**
 * Caveats the test admin holds, so that it sees every element the tests mark. A test
 * that marks elements with another caveat adds it here.
 */
export const TEST_CAVEATS = ["REL EU", "REL FVEY", "REL NATO", "NOFORN"];

/** Rate limits high enough never to trip in a test that does not look for them. */
const UNTHROTTLED = { globalPerMinute: 1_000_000, signInPer15Minutes: 1_000_000, importsPerHour: 1_000_000 };

/**
 * The real app on an ephemeral loopback port, spoken to over real HTTP, signed in: a
 * test admin is created directly in the database, and every request carries its access
 * token unless told otherwise.
 */
export async function startTestServer(options: {
  db: GraphDatabase; model: GraphModel; clientDir?: string; analysisTimeoutMs?: number; importLimits?: Partial<ImportLimits>;
  sessions?: SessionOptions; security?: AppOptions["security"];
  /** Single sign-on settings (their redirect URI names `port`). */
  oidc?: AppOptions["oidc"];
  /** A port chosen beforehand (get-port); default any free one. */
  port?: number;
}): Promise<TestServer> {
  await applyAccessSchema(options.db);
  await forgetThrottles(options.db);
  const access = createAccessControl(options.db, { sessions: options.sessions ?? { idleMinutes: 30, absoluteHours: 8 } });
  const admin = await createTestUser(options.db, { role: "admin", clearance: CLASSIFICATIONS.at(-1)!, caveats: TEST_CAVEATS });
  const { app, routes, close } = createApp({
    db: options.db, model: options.model, clientDir: options.clientDir, analysisTimeoutMs: options.analysisTimeoutMs,
    importLimits: options.importLimits, logger: pino({ level: "silent" }), access,
    security: { ...UNTHROTTLED, ...options.security }, oidc: options.oidc,
  });
  const server = app.listen(options.port ?? 0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ...testClient(url, admin.token),
    admin,
    access,
    routes,
    close: async () => {
      await close();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}

/** A client of the server at `url` that sends `token` (or, when null, no credential). */
export function testClient(url: string, token: string | null): TestClient {
  const request: TestClient["request"] = async (path, init = {}) => {
    const { token: given, ...rest } = init;
    const bearer = given === undefined ? token : given;
    const headers = new Headers(rest.headers);
    if (bearer !== null && !headers.has("authorization")) headers.set("authorization", `Bearer ${bearer}`);
    const response = await fetch(url + path, { ...rest, headers });
    const type = response.headers.get("content-type") ?? "";
    const text = await response.text();
    const body = text.length > 0 && /[/+]json\b/.test(type) ? JSON.parse(text) : text;
    return { status: response.status, type, body, headers: response.headers };
  };
  return {
    url,
    request,
    async get(path, options = {}) {
      const { status, type, body } = await request(path, options);
      return { status, type, body };
    },
    as: (other) => testClient(url, other),
  };
}

let users = 0;

/**
 * A user account made directly in the database (no HTTP, no audit of its own beyond the
 * store's), with a personal access token. Usernames are unique per call.
 */
export async function createTestUser(
  db: GraphDatabase,
  options: { role: Role; clearance?: Classification; caveats?: string[]; username?: string },
): Promise<{ username: string; token: string; password: string }> {
  const username = options.username ?? `test-${options.role}-${++users}-${randomBytes(3).toString("hex")}`;
  const password = `test password ${randomBytes(9).toString("base64url")}`;
  await new UserStore(db).create(
    { username, password, role: options.role, clearance: options.clearance ?? "UNCLASSIFIED", caveats: options.caveats ?? [] },
    { actor: "tests" },
  );
  const { token } = await new AccessTokenStore(db).create(username, { name: "tests" }, { actor: "tests" });
  return { username, token, password };
}
