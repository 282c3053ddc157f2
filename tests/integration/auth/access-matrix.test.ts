import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markingOfProps } from "../../../server/access/answer-marking.ts";
import { canSee } from "../../../contract/markings.ts";
import { ROLES, type Role } from "../../../contract/roles.ts";
import { SessionStore } from "../../../server/auth/session-store.ts";
import type { RouteSpec } from "../../../server/http/route.ts";
import type { GraphModel } from "../../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { openSeededDatabase, restoreSeedAndClose } from "../../support/database.ts";
import { idsNamedIn } from "../../support/raw-graph.ts";
import { createTestUser, startTestServer, type TestClient, type TestServer } from "../../support/server.ts";

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

/**
 * The records that name elements × the viewer's level. Each level has an element of its
 * own, and records naming it: the import that created it (by a data user cleared for
 * exactly that marking), a shared view opening it, a read of it by a cleared admin (a
 * marked-read audit event), its data-quality finding (it has no relationship). Viewers are
 * admins, so their role lets them call every route and never overrides their clearance:
 * each must get exactly the records naming what it may see, and no answer may name an
 * element it may not. Each test lists every (viewer, record) that is wrong, not the first.
 */
describe("records naming elements, for each viewer level", () => {
  const ELEMENTS = [
    { id: "mx-open-q7z", classification: "UNCLASSIFIED", caveats: [] },
    { id: "mx-restricted-q7z", classification: "RESTRICTED", caveats: [] },
    { id: "mx-secret-q7z", classification: "SECRET", caveats: [] },
    { id: "mx-caveat-q7z", classification: "SECRET", caveats: ["REL NATO"] },
  ] as const;
  const LEVELS = [
    { name: "UNCLASSIFIED", level: "UNCLASSIFIED", caveats: [] },
    { name: "RESTRICTED", level: "RESTRICTED", caveats: [] },
    { name: "SECRET", level: "SECRET", caveats: [] },
    { name: "SECRET // REL NATO", level: "SECRET", caveats: ["REL NATO"] },
  ] as const;
  type Level = (typeof LEVELS)[number];
  type Element = (typeof ELEMENTS)[number];
  const MISSING_JOB = "00000000-0000-4000-8000-000000000000";
  const MISSING_ID = "mx-missing-q7z";
  const records = new Map<string, { importId: string; job: string; view: string }>();
  const viewers = new Map<string, TestClient>();
  let since = "";

  const sees = (viewer: Level, element: Element) =>
    canSee({ level: viewer.level, caveats: viewer.caveats }, { classification: element.classification, caveats: element.caveats });
  const hiddenIds = (viewer: Level) => ELEMENTS.filter((element) => !sees(viewer, element)).map((e) => e.id);
  /** Runs `check` as an admin of every level; returns what was wrong, each line naming the level. */
  const wrongForSomeLevel = async (check: (viewer: Level, client: TestClient, wrong: (what: string) => void) => Promise<void>) => {
    const found: string[] = [];
    for (const viewer of LEVELS) await check(viewer, viewers.get(viewer.name)!, (what) => found.push(`as ${viewer.name}: ${what}`));
    return found;
  };
  const namesHidden = (viewer: Level, text: string, wrong: (what: string) => void) => {
    const named = idsNamedIn(text, hiddenIds(viewer));
    if (named.length > 0) wrong(`names ${named.join(", ")}`);
  };
  const sameAnswer = (answer: { body: unknown }, id: string, missing: { body: unknown }, missingId: string) =>
    JSON.stringify(answer.body).replaceAll(id, "ID") === JSON.stringify(missing.body).replaceAll(missingId, "ID");

  beforeAll(async () => {
    since = new Date(Date.now() - 1000).toISOString();
    for (const element of ELEMENTS) {
      const importer = await createTestUser(db, { role: "data", clearance: element.classification, caveats: [...element.caveats] });
      const node = { id: element.id, kind: "Service", nameFr: `Matrice ${element.id}`, classification: element.classification, ...(element.caveats.length > 0 ? { caveats: element.caveats.join(";") } : {}) };
      const imported = await api.as(importer.token).request("/api/imports?wait=true&source=matrix", {
        method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ nodes: [{ data: node }], edges: [] }),
      });
      expect(imported.status, JSON.stringify(imported.body)).toBe(200);
      const view = await api.request("/api/views", {
        method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: `Matrix view ${element.classification} ${element.caveats.join(" ")}`, url: `?start=${element.id}&sel=${element.id}`, shared: true }),
      });
      expect(view.status, JSON.stringify(view.body)).toBe(200);
      expect((await api.get(`/api/nodes/${element.id}`)).status).toBe(200);
      records.set(element.id, { importId: imported.body.id, job: imported.headers.get("location")!, view: view.body.id });
    }
    for (const viewer of LEVELS) {
      viewers.set(viewer.name, api.as((await createTestUser(db, { role: "admin", clearance: viewer.level, caveats: [...viewer.caveats] })).token));
    }
  });

  it("GET /api/imports lists exactly the imports of what the viewer may see", async () => {
    expect(await wrongForSomeLevel(async (viewer, client, wrong) => {
      const { status, body } = await client.get("/api/imports?limit=500");
      if (status !== 200) return wrong(`status ${status}`);
      const listed = new Set((body.imports as { id: string }[]).map((run) => run.id));
      for (const element of ELEMENTS) {
        if (listed.has(records.get(element.id)!.importId) !== sees(viewer, element)) wrong(`the import of ${element.id} ${sees(viewer, element) ? "missing" : "listed"}`);
      }
      namesHidden(viewer, JSON.stringify(body), wrong);
    })).toEqual([]);
  });

  it("GET /api/imports/:id answers an import of a hidden element exactly as a missing one", async () => {
    expect(await wrongForSomeLevel(async (viewer, client, wrong) => {
      const missing = await client.get(`/api/imports/${MISSING_JOB}`);
      for (const element of ELEMENTS) {
        const { job } = records.get(element.id)!;
        const answer = await client.get(job);
        if (sees(viewer, element) && answer.status !== 200) wrong(`the import of ${element.id}: ${answer.status}`);
        if (!sees(viewer, element) && !(answer.status === 404 && sameAnswer(answer, job.split("/").pop()!, missing, MISSING_JOB))) {
          wrong(`the import of ${element.id}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 120)}, not the 404 of a missing job`);
        }
        namesHidden(viewer, JSON.stringify(answer.body), wrong);
      }
    })).toEqual([]);
  });

  it("GET /api/views lists exactly the shared views naming only what the viewer may see", async () => {
    expect(await wrongForSomeLevel(async (viewer, client, wrong) => {
      const { body } = await client.get("/api/views");
      const listed = new Set((body.views as { id: string }[]).map((view) => view.id));
      for (const element of ELEMENTS) {
        if (listed.has(records.get(element.id)!.view) !== sees(viewer, element)) wrong(`the view of ${element.id} ${sees(viewer, element) ? "missing" : "listed"}`);
      }
      namesHidden(viewer, JSON.stringify(body), wrong);
    })).toEqual([]);
  });

  for (const route of ["/api/audit?limit=1000&", "/api/audit/export?"]) {
    it(`GET ${route.split("?")[0]} shows the events naming what the viewer may see, and none naming the rest`, async () => {
      expect(await wrongForSomeLevel(async (viewer, client, wrong) => {
        const { status, body } = await client.get(`${route}from=${encodeURIComponent(since)}`);
        if (status !== 200) return wrong(`status ${status}`);
        const text = typeof body === "string" ? body : JSON.stringify(body);
        for (const element of ELEMENTS.filter((e) => e.classification !== "UNCLASSIFIED" && sees(viewer, e))) {
          if (!text.includes(`node ${element.id}`)) wrong(`the marked read of ${element.id} missing`);
        }
        namesHidden(viewer, text, wrong);
      })).toEqual([]);
    });
  }

  it("GET /api/audit does not name the imports of hidden elements", async () => {
    expect(await wrongForSomeLevel(async (viewer, client, wrong) => {
      const text = JSON.stringify((await client.get(`/api/audit?limit=1000&from=${encodeURIComponent(since)}`)).body);
      for (const element of ELEMENTS) {
        if (!sees(viewer, element) && text.includes(records.get(element.id)!.importId)) wrong(`names the import of ${element.id}`);
      }
    })).toEqual([]);
  });

  it("GET /api/data-quality finds exactly the visible elements' problems", async () => {
    expect(await wrongForSomeLevel(async (viewer, client, wrong) => {
      const { status, body } = await client.get("/api/data-quality?limit=1000");
      if (status !== 200) return wrong(`status ${status}`);
      const orphans = new Set((body.orphans.items as { id: string }[]).map((item) => item.id));
      for (const element of ELEMENTS) {
        if (orphans.has(element.id) !== sees(viewer, element)) wrong(`${element.id} ${sees(viewer, element) ? "missing from" : "listed in"} the orphans`);
      }
      namesHidden(viewer, JSON.stringify(body), wrong);
    })).toEqual([]);
  });

  it("PUT /api/markings/:id answers a hidden element exactly as a missing one, and changes nothing it may not see", async () => {
    const markingNow = async (id: string) => markingOfProps((await api.get(`/api/nodes/${id}`)).body.data ?? {});
    expect(await wrongForSomeLevel(async (viewer, client, wrong) => {
      const put = (id: string, marking: { classification: string; caveats: readonly string[] }) => client.request(`/api/markings/${id}`, {
        method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(marking),
      });
      const declassify = { classification: "UNCLASSIFIED", caveats: [] };
      const missing = await put(MISSING_ID, declassify);
      if (missing.status !== 404) wrong(`declassifying a missing id: ${missing.status}`);
      for (const element of ELEMENTS) {
        // Its own marking (a change of nothing): an admin who sees it may set it; one who
        // does not gets what a missing id with the same body gets (the answers may repeat
        // the id it sent, as a missing one's do), and learns nothing.
        const own = { classification: element.classification, caveats: element.caveats };
        const answer = await put(element.id, own);
        if (sees(viewer, element)) {
          if (answer.status !== 200) wrong(`${element.id}: ${answer.status} ${JSON.stringify(answer.body)}`);
          continue;
        }
        const missingOwn = await put(MISSING_ID, own);
        if (!(answer.status === missingOwn.status && sameAnswer(answer, element.id, missingOwn, MISSING_ID))) {
          wrong(`${element.id} set to its own marking: ${answer.status}, not the ${missingOwn.status} of a missing id`);
        }
        // …and declassifying it (a marking the viewer may set) is refused as a missing id is, leaving it as it was.
        const lowered = await put(element.id, declassify);
        if (!(lowered.status === 404 && sameAnswer(lowered, element.id, missing, MISSING_ID))) wrong(`declassifying ${element.id}: ${lowered.status}, not the 404 of a missing id`);
        const now = await markingNow(element.id);
        if (now.classification !== element.classification) {
          wrong(`${element.id} now ${String(now.classification)}`);
          await api.request(`/api/markings/${element.id}`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(own) });
        }
      }
    })).toEqual([]);
  });
});
