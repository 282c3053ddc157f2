import { pino } from "pino";
import type { Browser, Page } from "playwright-core";
import type { OidcSettings } from "../../server/env.ts";
import { buildClientIfStale, clientDistDir } from "../../server/client-build.ts";
import type { Elements } from "../../server/graph/elements.ts";
import type { GraphModel } from "../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../server/neo4j/database.ts";
import { launchBrowser, withSessionCookie } from "./browser.ts";
import { openSeededDatabase } from "./database.ts";
import { startTestServer, type TestServer } from "./server.ts";

/** The real app over the run's Neo4j holding exactly the seed, with the seed's elements as served. */
export interface SeededApp {
  db: GraphDatabase;
  model: GraphModel;
  api: TestServer;
  seed: Elements;
  close(): Promise<void>;
}

export async function startSeededApp(options: { clientDir?: string; oidc?: OidcSettings; port?: number } = {}): Promise<SeededApp> {
  const { db, model } = await openSeededDatabase();
  const api = await startTestServer({ db, model, ...options });
  const seed = (await api.get("/api/graph")).body as Elements;
  return {
    db, model, api, seed,
    async close() {
      await api.close();
      await db.close();
    },
  };
}

/**
 * The same, serving the built client, with a headless Chromium to drive it, signed in as
 * the test admin: every page it opens carries a session cookie. `unsignedBrowser` is the
 * same Chromium without it (the sign-in page); `openSignedOut` opens the app in a fresh
 * context of it, closed with its page.
 */
export async function startSeededBrowserApp(
  options: { oidc?: OidcSettings; port?: number } = {},
): Promise<SeededApp & { browser: Browser; unsignedBrowser: Browser; openSignedOut(query?: string): Promise<Page> }> {
  await buildClientIfStale(pino({ level: "warn" }));
  const app = await startSeededApp({ clientDir: clientDistDir, ...options });
  const unsignedBrowser = await launchBrowser();
  const session = await app.api.access.sessions.create(app.api.admin.username);
  const browser = withSessionCookie(unsignedBrowser, app.api.url, session.token);
  return {
    ...app,
    browser,
    unsignedBrowser,
    async openSignedOut(query = "?lang=en") {
      const context = await unsignedBrowser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      page.on("close", () => {
        context.close().catch(() => undefined);
      });
      await page.goto(`${app.api.url}/${query}`);
      return page;
    },
    async close() {
      await unsignedBrowser.close();
      await app.close();
    },
  };
}
