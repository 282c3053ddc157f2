import { readdirSync } from "node:fs";
import path from "node:path";
import { pino } from "pino";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildClientIfStale, clientDistDir } from "../../../server/client-build.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { launchBrowser, withSessionCookie } from "../../support/browser.ts";
import { waitForCanvas } from "../../support/canvas.ts";
import { openSeededDatabase } from "../../support/database.ts";
import { startTestServer, type TestServer } from "../../support/server.ts";

/**
 * The built dashboard, behind the strict Content-Security-Policy the app sends, in
 * headless Chromium, signed in: it must draw the seed without the browser blocking anything.
 */
let db: GraphDatabase;
let api: TestServer;
let browser: Browser;
let signedIn: Browser;
let url: string;

beforeAll(async () => {
  await buildClientIfStale(pino({ level: "warn" }));
  let model;
  ({ db, model } = await openSeededDatabase());
  api = await startTestServer({ db, model, clientDir: clientDistDir });
  url = api.url;
  browser = await launchBrowser();
  signedIn = withSessionCookie(browser, url, (await api.access.sessions.create(api.admin.username)).token);
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await db?.close();
});

describe("the dashboard under the strict CSP", () => {
  it("draws the seed graph with no policy violation", async () => {
    const page = await signedIn.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) errors.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const store = window as unknown as { __violations?: string[] };
        (store.__violations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const response = await page.goto(url);
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    await waitForCanvas(page, (cy) => cy.nodes().length === 52, undefined, { timeout: 30_000 });
    await page.getByTestId("legend").waitFor();
    // Large graphs are laid out in a module worker from the built assets.
    const worker = readdirSync(path.join(clientDistDir, "assets")).find((file) => /^layoutWorker-.*\.js$/.test(file));
    expect(worker).toBeDefined();
    const workerStarts = await page.evaluate((src) => new Promise<string>((resolve) => {
      const started = new Worker(src, { type: "module" });
      started.onerror = () => resolve("refused");
      setTimeout(() => {
        started.terminate();
        resolve("started");
      }, 1000);
    }), `/assets/${worker}`);
    expect(workerStarts).toBe("started");
    const state = await page.evaluate(() => ({
      violations: (window as unknown as { __violations?: string[] }).__violations ?? [],
      cytoscapeRules: document.querySelector<HTMLStyleElement>("style[id$=_cytoscape_stylesheet]")?.sheet?.cssRules.length ?? 0,
    }));
    // zod probes once whether it may compile validators with Function(); the CSP refuses,
    // and zod validates without compiling. Any other eval would fail the page instead.
    expect(state.violations.filter((violation) => violation !== "script-src eval")).toEqual([]);
    expect(state.cytoscapeRules).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
