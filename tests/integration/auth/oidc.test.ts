import { randomBytes } from "node:crypto";
import getPort from "get-port";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "../../../server/audit/audit-log.ts";
import type { AuditEvent } from "../../../contract/audit.ts";
import type { GraphModel } from "../../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { CookieJar, follow } from "../../support/cookie-jar.ts";
import { openSeededDatabase, restoreSeedAndClose } from "../../support/database.ts";
import { CALLBACK, startIdentityProvider, type TestIdentityProvider } from "../../support/identity-provider.ts";
import { createTestUser, startTestServer, type TestServer } from "../../support/server.ts";
import { CLEARED_VIEWER } from "../../support/viewer.ts";

/**
 * Single sign-on against a real OpenID Connect provider (oidc-provider, in this process)
 * and the real app over the run's Neo4j, driven over HTTP as a browser would: the app
 * sends the browser to the provider, the provider's login sends it back with a code,
 * the app opens a session for the local account the ID token names. Two apps share the
 * provider: one refuses unknown users, one creates them.
 */
let db: GraphDatabase;
let model: GraphModel;
let idp: TestIdentityProvider;
let strict: TestServer;
let creating: TestServer;

const run = randomBytes(3).toString("hex");
const names = {
  manager: `sso-manager-${run}`, newcomer: `sso-newcomer-${run}`, stranger: `sso-stranger-${run}`, disabled: `sso-disabled-${run}`,
};

beforeAll(async () => {
  ({ db, model } = await openSeededDatabase());
  const [strictPort, creatingPort] = [await getPort({ host: "127.0.0.1" }), await getPort({ host: "127.0.0.1" })];
  const urls = [`http://127.0.0.1:${strictPort}`, `http://127.0.0.1:${creatingPort}`];
  idp = await startIdentityProvider({
    appUrls: urls,
    accounts: {
      // The claim is lower-cased into the local username.
      "idp-manager": { preferred_username: names.manager.toUpperCase(), name: "Manager" },
      "idp-newcomer": { preferred_username: names.newcomer },
      "idp-stranger": { preferred_username: names.stranger },
      "idp-disabled": { preferred_username: names.disabled },
      "idp-bad-claim": { preferred_username: "not a username!" },
    },
  });
  strict = await startTestServer({ db, model, port: strictPort, oidc: idp.settingsFor(urls[0]!) });
  creating = await startTestServer({ db, model, port: creatingPort, oidc: idp.settingsFor(urls[1]!, { autoCreate: true }) });
  await createTestUser(db, { role: "manager", clearance: "CONFIDENTIAL", caveats: ["REL NATO"], username: names.manager });
  await createTestUser(db, { role: "data", username: names.disabled });
  await strict.access.users.update(names.disabled, { disabled: true }, { actor: "tests" });
});

afterAll(async () => {
  await strict?.close();
  await creating?.close();
  await idp?.close();
  await restoreSeedAndClose(db, model);
});

const isCallback = (target: URL) => target.pathname === CALLBACK;

/** The browser's way up to the provider's redirect back to the app, which is returned unrequested. */
async function throughProvider(app: TestServer, login: string, jar = new CookieJar(), start_ = "/api/session/oidc") {
  const start = await follow(jar, `${app.url}${start_}`, {}, (target) => target.pathname.startsWith("/interaction/"));
  expect(start.hops[0]!.status).toBe(302);
  const loginPage = start.next!;
  expect((await follow(jar, loginPage.href)).last.status).toBe(200);
  const submitted = await follow(jar, loginPage.href, {
    method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ login }).toString(),
  }, isCallback);
  return { jar, callback: submitted.next! };
}

/** A whole sign-on; returns where the app sent the browser in the end and its cookies. */
async function signOn(app: TestServer, login: string, start = "/api/session/oidc") {
  const { jar, callback } = await throughProvider(app, login, new CookieJar(), start);
  const back = await follow(jar, callback.href, {}, () => true);
  return { jar, landing: back.next!, hops: back.hops };
}

async function whoAmI(app: TestServer, jar: CookieJar) {
  const cookie = jar.header(app.url);
  return app.request("/api/session", { token: null, headers: cookie ? { cookie } : {} });
}

async function lastOidcAttempt(): Promise<AuditEvent> {
  const { events } = await listAuditEvents(db.forViewer(CLEARED_VIEWER), { action: "session.sign-in", limit: 1 });
  expect(events[0]!.details).toMatchObject({ method: "oidc", ip: expect.any(String) });
  return events[0]!;
}

describe("single sign-on", () => {
  it("tells the sign-in page it is on, with the provider's label", async () => {
    expect((await strict.get("/api/session/options", { token: null })).body).toEqual({ password: true, oidc: { label: "Test IdP" } });
  });

  it("sends the browser to the provider with PKCE (S256), state and nonce, keeping them in a Lax HttpOnly cookie", async () => {
    const response = await fetch(`${strict.url}/api/session/oidc`, { redirect: "manual" });
    expect(response.status).toBe(302);
    const target = new URL(response.headers.get("location")!);
    expect(target.origin).toBe(idp.issuer);
    expect(Object.fromEntries(target.searchParams)).toMatchObject({
      client_id: idp.clientId, response_type: "code", redirect_uri: strict.url + CALLBACK, code_challenge_method: "S256",
      scope: "openid profile email", state: expect.any(String), nonce: expect.any(String), code_challenge: expect.any(String),
    });
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith("cnd_oidc="))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/api\/session\/oidc/);
    expect(cookie).not.toContain(target.searchParams.get("state")!);
  });

  it("signs a known user in with a working session and their local role, clearance and caveats", async () => {
    const { jar, landing } = await signOn(strict, "idp-manager");
    expect(landing.href).toBe(`${strict.url}/`);
    const { status, body } = await whoAmI(strict, jar);
    expect(status).toBe(200);
    expect(body.user).toMatchObject({ username: names.manager, role: "manager", clearance: "CONFIDENTIAL", caveats: ["REL NATO"], via: "session" });
    expect(body.csrfToken).toEqual(expect.any(String));
    const event = await lastOidcAttempt();
    expect(event).toMatchObject({ actor: names.manager, target: names.manager, outcome: "success" });
  });

  it("lands on the page the sign-on started from, with its view", async () => {
    const page = "/?sel=sgrs&panel=details&lang=fr";
    const { jar, landing } = await signOn(strict, "idp-manager", `/api/session/oidc?returnTo=${encodeURIComponent(page)}`);
    expect(landing.href).toBe(`${strict.url}${page}`);
    expect((await whoAmI(strict, jar)).status).toBe(200);
  });

  it("refuses to send the browser back anywhere but a dashboard page of this site", async () => {
    for (const returnTo of ["//evil.example/", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "/api/export", "/a b"]) {
      const response = await fetch(`${strict.url}/api/session/oidc?returnTo=${encodeURIComponent(returnTo)}`, { redirect: "manual" });
      expect(response.status, returnTo).toBe(400);
      expect(response.headers.get("location"), returnTo).toBeNull();
      expect((await response.json()).errors[0].path, returnTo).toBe("returnTo");
    }
  });

  it("refuses a user without a local account when accounts are not created, and creates none", async () => {
    const { jar, landing } = await signOn(strict, "idp-stranger");
    expect(landing.href).toBe(`${strict.url}/?signIn=unknown`);
    expect((await whoAmI(strict, jar)).status).toBe(401);
    expect(await strict.access.users.get(names.stranger)).toBeNull();
    expect(await lastOidcAttempt()).toMatchObject({ actor: "anonymous", target: names.stranger, outcome: "failure" });
  });

  it("creates an unknown user as an analyst, UNCLASSIFIED, no caveats, when told to, whom no password ever opens", async () => {
    const { jar, landing } = await signOn(creating, "idp-newcomer");
    expect(landing.href).toBe(`${creating.url}/`);
    const { body } = await whoAmI(creating, jar);
    expect(body.user).toMatchObject({ username: names.newcomer, role: "analyst", clearance: "UNCLASSIFIED", caveats: [], mustChangePassword: false });
    expect(await lastOidcAttempt()).toMatchObject({ actor: names.newcomer, outcome: "success" });
    const [created] = (await listAuditEvents(db.forViewer(CLEARED_VIEWER), { action: "user.create", limit: 1 })).events;
    expect(created).toMatchObject({ actor: "system", target: names.newcomer, details: { method: "oidc", role: "analyst" } });

    for (const password of ["", "a long enough password", "not a password of anyone"]) {
      expect(await creating.access.users.verifyCredentials(names.newcomer, password)).toBeNull();
    }
    const attempt = await creating.request("/api/session", {
      method: "POST", token: null, headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: names.newcomer, password: "a long enough password" }),
    });
    expect(attempt.status).toBe(401);

    // A second sign-on finds the account; an admin's changes to it hold.
    await creating.access.users.update(names.newcomer, { role: "data" }, { actor: "tests" });
    const again = await signOn(creating, "idp-newcomer");
    expect((await whoAmI(creating, again.jar)).body.user.role).toBe("data");
  });

  it("refuses a disabled account", async () => {
    const { jar, landing } = await signOn(creating, "idp-disabled");
    expect(landing.href).toBe(`${creating.url}/?signIn=disabled`);
    expect((await whoAmI(creating, jar)).status).toBe(401);
    expect(await lastOidcAttempt()).toMatchObject({ target: names.disabled, outcome: "denied", details: { reason: "account disabled" } });
  });

  it("refuses a username claim that is no valid username, even when accounts are created", async () => {
    const { landing } = await signOn(creating, "idp-bad-claim");
    expect(landing.href).toBe(`${creating.url}/?signIn=claim`);
    expect((await lastOidcAttempt()).details.reason).toMatch(/preferred_username claim is not a valid username/);
  });

  it("refuses a tampered state, and a callback without the sign-in's cookie", async () => {
    const { jar, callback } = await throughProvider(strict, "idp-manager");
    const tampered = new URL(callback);
    tampered.searchParams.set("state", `${callback.searchParams.get("state")}x`);
    const back = await follow(jar, tampered.href, {}, () => true);
    expect(back.next!.href).toBe(`${strict.url}/?signIn=state`);
    expect((await whoAmI(strict, jar)).status).toBe(401);
    expect(await lastOidcAttempt()).toMatchObject({ outcome: "failure", details: { reason: "state mismatch" } });

    const other = await throughProvider(strict, "idp-manager");
    const cookieless = await follow(new CookieJar(), other.callback.href, {}, () => true);
    expect(cookieless.next!.href).toBe(`${strict.url}/?signIn=state`);
  });

  it("sends the browser back saying the provider refused when it answers with an error", async () => {
    const { landing } = await signOn(strict, "nobody-the-provider-knows");
    expect(landing.href).toBe(`${strict.url}/?signIn=denied`);
    expect((await lastOidcAttempt()).details.reason).toBe("the provider answered access_denied");
  });

  it("answers 404 where single sign-on is not configured", async () => {
    const plain = await startTestServer({ db, model });
    try {
      expect((await plain.get("/api/session/options", { token: null })).body).toEqual({ password: true, oidc: null });
      expect((await plain.get("/api/session/oidc", { token: null })).status).toBe(404);
      expect((await plain.get(`${CALLBACK}?code=x&state=y`, { token: null })).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});

describe("single sign-on while the provider is away", () => {
  it("answers a clear 503 problem (a page: back to sign-in) when the provider cannot be reached, and recovers once it is back", async () => {
    const port = await getPort({ host: "127.0.0.1" });
    const appPort = await getPort({ host: "127.0.0.1" });
    const appUrl = `http://127.0.0.1:${appPort}`;
    const settings = { ...idp.settingsFor(appUrl), issuer: `http://127.0.0.1:${port}` };
    const app = await startTestServer({ db, model, port: appPort, oidc: settings });
    try {
      const problem = await app.get("/api/session/oidc", { token: null });
      expect(problem.status).toBe(503);
      expect(problem.type).toContain("application/problem+json");
      expect(problem.body).toMatchObject({ type: "/problems/identity-provider-unavailable", title: "Identity provider unavailable" });
      expect(problem.body.detail).toContain(`http://127.0.0.1:${port}`);
      const page = await fetch(`${appUrl}/api/session/oidc`, { redirect: "manual", headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
      expect(page.status).toBe(302);
      expect(page.headers.get("location")).toBe("/?signIn=unavailable");

      // The provider comes up on that address: the next sign-in discovers it and works.
      const late = await startIdentityProvider({
        appUrls: [appUrl], port, clientSecret: settings.clientSecret, accounts: { "idp-manager": { preferred_username: names.manager } },
      });
      try {
        expect((await signOn(app, "idp-manager")).landing.href).toBe(`${appUrl}/`);
      } finally {
        await late.close();
      }
    } finally {
      await app.close();
    }
  });

  it("sends the browser back saying so when the provider goes away during a sign-in", async () => {
    const appPort = await getPort({ host: "127.0.0.1" });
    const appUrl = `http://127.0.0.1:${appPort}`;
    const brief = await startIdentityProvider({ appUrls: [appUrl], accounts: { "idp-manager": { preferred_username: names.manager } } });
    const app = await startTestServer({ db, model, port: appPort, oidc: brief.settingsFor(appUrl) });
    try {
      const { jar, callback } = await throughProvider(app, "idp-manager");
      await brief.close();
      const back = await follow(jar, callback.href, {}, () => true);
      expect(back.next!.href).toBe(`${appUrl}/?signIn=unavailable`);
      expect((await lastOidcAttempt()).details.reason).toMatch(/cannot be reached/);
    } finally {
      await app.close();
    }
  });

  it("throttles a client address that failed too often, before asking the provider anything", async () => {
    const appPort = await getPort({ host: "127.0.0.1" });
    const appUrl = `http://127.0.0.1:${appPort}`;
    const own = await startIdentityProvider({ appUrls: [appUrl], accounts: { "idp-manager": { preferred_username: names.manager } } });
    const app = await startTestServer({ db, model, port: appPort, oidc: own.settingsFor(appUrl) });
    try {
      for (let failure = 0; failure < 21; failure++) await app.access.throttle.recordFailure({ ip: "127.0.0.1" });
      const { landing } = await signOn(app, "idp-manager");
      expect(landing.href).toBe(`${appUrl}/?signIn=throttled`);
      expect(await lastOidcAttempt()).toMatchObject({ outcome: "denied", details: { reason: "throttled" } });
    } finally {
      await app.close();
      await own.close();
    }
  });
});
