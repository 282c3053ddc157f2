/**
 * A PNG of every page, in French, Dutch and English, to compare the look before and
 * after a change to the styles: `npm run screenshots -- <folder>` (default
 * tests/artifacts/screenshots), then `npm run screenshots -- --compare <before> <after>`
 * counts the pixels that differ in each pair and paints them red in `<after>-diff/`.
 * It builds the client if stale and serves it from the real app over a local Neo4j
 * holding the seed (or TEST_NEO4J_URI), signed in as an admin, as the end-to-end tests
 * do. The graph drawing is hidden, since its layout is not the same twice; timestamps and
 * the admin's random name differ from run to run.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pino } from "pino";
import type { Browser, Page } from "playwright-core";
import { buildClientIfStale, clientDistDir, projectRoot } from "../../server/client-build.ts";
import { applySchema } from "../../server/graph/apply-schema.ts";
import { GraphModel } from "../../server/model/graph-model.ts";
import { GraphDatabase } from "../../server/neo4j/database.ts";
import { startLocalNeo4j, type LocalNeo4j } from "../../server/neo4j/local-neo4j.ts";
import { loadSeed } from "../../server/seed/load-seed.ts";
import { launchBrowser, withSessionCookie } from "../support/browser.ts";
import { createTestUser, startTestServer } from "../support/server.ts";

const LANGUAGES = ["fr", "nl", "en"] as const;
type Language = (typeof LANGUAGES)[number];
const logger = pino({ level: "warn" });

const locale = (language: Language, namespace: string): any =>
  JSON.parse(readFileSync(path.join(projectRoot, "client/src/i18n/locales", language, `${namespace}.json`), "utf8"));

async function openNeo4j(): Promise<{ connection: { uri: string; user: string; password: string; database: string }; local?: LocalNeo4j; home?: string }> {
  if (process.env.TEST_NEO4J_URI) {
    return {
      connection: {
        uri: process.env.TEST_NEO4J_URI, user: process.env.TEST_NEO4J_USER ?? "neo4j",
        password: process.env.TEST_NEO4J_PASSWORD ?? "", database: process.env.TEST_NEO4J_DATABASE ?? "neo4j",
      },
    };
  }
  const home = path.resolve(".data", `screenshots-neo4j-${process.pid}`);
  rmSync(home, { recursive: true, force: true });
  const local = await startLocalNeo4j({ home, heap: "512m", pageCacheMb: 128, startTimeoutMs: 600_000, logger });
  return { connection: { uri: local.uri, user: local.user, password: local.password, database: "neo4j" }, local, home };
}

const waitForGraph = async (page: Page) => {
  await page.getByTestId("status").filter({ hasText: /\d/ }).waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector("[data-testid=graph-canvas]")?.getAttribute("data-layout") === "done", undefined, { timeout: 30_000 });
};

/** Every page, as `name → how to reach it`, for one language. */
function pages(language: Language, url: string): Record<string, (page: Page) => Promise<void>> {
  const panels = locale(language, "panels");
  const data = locale(language, "data");
  const go = (page: Page, query: string) => page.goto(`${url}/?lang=${language}${query}`);
  return {
    "explore-details": async (page) => {
      await go(page, "&sel=vsse");
      await waitForGraph(page);
      await page.locator(".app__right dl, .app__right table").first().waitFor({ timeout: 30_000 });
    },
    "explore-table": async (page) => {
      await go(page, "&view=table&sel=vsse");
      await page.getByTestId("graph-table").locator("tr").nth(1).waitFor({ timeout: 30_000 });
    },
    queries: async (page) => {
      await go(page, "&panel=queries");
      await waitForGraph(page);
      await page.locator("[data-query=dissemination-without-liaison]").click();
      await page.getByRole("button", { name: panels.queries.run, exact: true }).click();
      await page.getByTestId("marking-results").waitFor({ timeout: 30_000 });
    },
    "queries-assumptions": async (page) => {
      await go(page, "&panel=queries");
      await waitForGraph(page);
      await page.locator("[data-query=single-thread-partners]").click();
      await page.getByRole("button", { name: panels.queries.run, exact: true }).click();
      await page.getByTestId("marking-results").waitFor({ timeout: 30_000 });
      await page.locator(".query-results__summary").scrollIntoViewIfNeeded();
    },
    "queries-medium-confidence": async (page) => {
      await go(page, "&panel=queries");
      await waitForGraph(page);
      await page.locator("[data-query=single-thread-partners]").click();
      await page.getByLabel(panels.params.minConfidence).selectOption("medium");
      await page.getByRole("button", { name: panels.queries.run, exact: true }).click();
      await page.getByTestId("marking-results").waitFor({ timeout: 30_000 });
      await page.locator(".query-results__summary").scrollIntoViewIfNeeded();
    },
    "what-if": async (page) => {
      await go(page, "&sel=sgrs&panel=whatIf&whatIf=n:sgrs");
      await waitForGraph(page);
      await page.getByRole("button", { name: panels.whatIf.analyse, exact: true }).click();
      await page.locator(".app__right .query-results__summary").waitFor({ timeout: 30_000 });
    },
    ...Object.fromEntries(["saved-views", "export-menu", "session-menu"].map((menu) => [`menu-${menu}`, async (page: Page) => {
      await go(page, "&sel=vsse");
      await waitForGraph(page);
      await page.getByTestId(menu).locator("summary").click();
    }])),
    data: async (page) => {
      await go(page, "&page=data");
      await page.getByTestId("data-quality").locator("[data-finding]").first().waitFor({ timeout: 30_000 });
      await page.getByTestId("import-history").locator("tr").nth(1).waitFor({ timeout: 30_000 });
    },
    "data-report": async (page) => {
      await go(page, "&page=data");
      await page.getByTestId("data-quality").locator("[data-finding]").first().waitFor({ timeout: 30_000 });
      await page.getByTestId("upload-files").setInputFiles([
        { name: "nodes.csv", mimeType: "text/csv", buffer: Buffer.from("id:ID,:LABEL,nameFr,nameNl,nameEn\nshot-unit,Service,Unité,Eenheid,Unit\nbad row\n") },
      ]);
      await page.getByRole("button", { name: data.upload.check, exact: true }).click();
      await page.getByTestId("import-report").waitFor({ timeout: 30_000 });
    },
    "data-sources": async (page) => {
      await go(page, "&page=data");
      const seed = page.getByTestId("sources").locator("tr[data-source=seed]");
      await seed.getByRole("button").click();
      await page.getByTestId("source-deletion").locator("[data-testid=source-would-delete], [data-testid=source-refusal]")
        .first().waitFor({ timeout: 30_000 });
      await page.getByTestId("source-deletion").scrollIntoViewIfNeeded();
    },
    // A file from another tool: the mapping step with the proposal, one kind chosen, before the dry run.
    "data-mapping": async (page) => {
      await go(page, "&page=data");
      await page.getByTestId("data-quality").locator("[data-finding]").first().waitFor({ timeout: 30_000 });
      await page.getByTestId("upload-files").setInputFiles([{
        name: "club-network.graphml", mimeType: "application/xml", buffer: readFileSync(path.join(projectRoot, "tests/fixtures/club-network.graphml")),
      }]);
      await page.getByTestId("mapping-fields").waitFor({ timeout: 30_000 });
      await page.locator("[data-testid=mapping-nodes-source] select[data-value='Officer']").selectOption("Partner");
      // The page scrolls inside its main column, past what a full-page shot takes: show the mapping itself.
      await page.getByTestId("mapping-step").evaluate((step) => step.scrollIntoView({ block: "start" }));
    },
    account: async (page) => {
      await go(page, "&page=account");
      await page.getByTestId("access-tokens").locator("tr").nth(1).waitFor({ timeout: 30_000 });
    },
    users: async (page) => {
      await go(page, "&page=users");
      await page.getByTestId("users-table").locator("tr").nth(1).waitFor({ timeout: 30_000 });
    },
    audit: async (page) => {
      await go(page, "&page=audit");
      await page.getByTestId("audit-table").locator("tr").nth(1).waitFor({ timeout: 30_000 });
    },
  };
}

/** The drawing itself is left out: its layout is not the same twice. The controls over it stay. */
const HIDE_GRAPH = "[data-testid=graph-canvas] canvas { visibility: hidden !important; }";

/**
 * Resolves once no request has been in flight for half a second (late panels have
 * loaded), or after ten seconds.
 */
function quietNetwork(page: Page): () => Promise<void> {
  let inFlight = 0;
  page.on("request", () => inFlight++);
  page.on("requestfinished", () => inFlight--);
  page.on("requestfailed", () => inFlight--);
  return async () => {
    for (let quiet = 0, waited = 0; quiet < 5 && waited < 100; waited++) {
      await page.waitForTimeout(100);
      quiet = inFlight > 0 ? 0 : quiet + 1;
    }
  };
}

/** SHOTS=<regular expression> takes only the pages whose name matches, e.g. SHOTS=menu. */
const only = new RegExp(process.env.SHOTS ?? "");

async function shoot(signedIn: Browser, signedOut: Browser, url: string, folder: string): Promise<void> {
  for (const language of LANGUAGES) {
    const all: [string, Browser, (page: Page) => Promise<void>][] = [
      ["sign-in", signedOut, async (page) => {
        await page.goto(`${url}/?lang=${language}`);
        await page.locator("input[type=password]").waitFor();
      }],
      ...Object.entries(pages(language, url)).map(([name, open]) => [name, signedIn, open] as [string, Browser, typeof open]),
    ];
    for (const [name, browser, open] of all.filter(([name]) => only.test(name))) {
      // bypassCSP: the app's Content-Security-Policy would refuse the stylesheet that hides the graph.
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, reducedMotion: "reduce", bypassCSP: true });
      const page = await context.newPage();
      const settled = quietNetwork(page);
      try {
        await open(page);
        await settled();
        await page.evaluate(() => document.fonts.ready);
        const file = path.join(folder, `${name}-${language}.png`);
        await page.screenshot({ path: file, fullPage: true, animations: "disabled", caret: "hide", style: HIDE_GRAPH });
        console.log(file);
      } catch (error) {
        console.error(`${name}-${language}: ${(error as Error).message.split("\n")[0]}`);
      } finally {
        await context.close();
      }
    }
  }
}

async function takeScreenshots(folder: string): Promise<void> {
  mkdirSync(folder, { recursive: true });
  await buildClientIfStale(logger);
  const { connection, local, home } = await openNeo4j();
  const db = new GraphDatabase({ ...connection, queryTimeoutMs: 30_000 });
  try {
    const model = GraphModel.fromFile();
    await applySchema(db, model);
    await db.autoCommit(db.text("admin/delete-all"));
    await loadSeed(db, model);
    const api = await startTestServer({ db, model, clientDir: clientDistDir });
    // Something in every table: a second user (with a token of its own) and its sign-ins.
    await createTestUser(db, { role: "analyst", username: "shots-analyst" });
    const unsigned = await launchBrowser();
    try {
      const session = await api.access.sessions.create(api.admin.username);
      // …and a row in the import history.
      await api.request("/api/imports?wait=true&source=shots&name=two-services.json", {
        method: "POST", headers: { "content-type": "application/json" },
        body: readFileSync(path.join(projectRoot, "tests/fixtures/two-services.json")),
      });
      await shoot(withSessionCookie(unsigned, api.url, session.token), unsigned, api.url, folder);
    } finally {
      await unsigned.close();
      await api.close();
    }
  } finally {
    await db.close();
    await local?.stop();
    if (home) rmSync(home, { recursive: true, force: true });
  }
}

/**
 * Pixels that differ between two PNGs of one page (over the area they share, plus the
 * difference in area), counted by Chromium, which decodes PNG without another dependency;
 * and a picture of them in red.
 */
async function differingPixels(page: Page, before: string, after: string): Promise<{ count: number; size: string; diff: string }> {
  const url = (file: string) => `data:image/png;base64,${readFileSync(file).toString("base64")}`;
  // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
  return page.evaluate(`(${COUNT_DIFFERENCES})(${JSON.stringify(url(before))}, ${JSON.stringify(url(after))})`);
}

const COUNT_DIFFERENCES = `async (a, b) => {
  const decode = async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    return context.getImageData(0, 0, image.width, image.height);
  };
  const [x, y] = [await decode(a), await decode(b)];
  const width = Math.min(x.width, y.width);
  const height = Math.min(x.height, y.height);
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  const diff = context.createImageData(width, height);
  let count = Math.abs(x.width * x.height - y.width * y.height);
  for (let row = 0; row < height; row++) {
    for (let column = 0; column < width; column++) {
      const i = (row * x.width + column) * 4;
      const j = (row * y.width + column) * 4;
      const k = (row * width + column) * 4;
      const same = x.data[i] === y.data[j] && x.data[i + 1] === y.data[j + 1] && x.data[i + 2] === y.data[j + 2];
      if (!same) count++;
      // The diff: differing pixels red, the rest a faded copy of the "after" shot.
      diff.data[k] = same ? 255 - (255 - y.data[j]) / 4 : 255;
      diff.data[k + 1] = same ? 255 - (255 - y.data[j + 1]) / 4 : 0;
      diff.data[k + 2] = same ? 255 - (255 - y.data[j + 2]) / 4 : 0;
      diff.data[k + 3] = 255;
    }
  }
  context.putImageData(diff, 0, 0);
  const size = x.width === y.width && x.height === y.height ? x.width + "×" + x.height : x.width + "×" + x.height + " → " + y.width + "×" + y.height;
  return { count, size, diff: canvas.toDataURL("image/png") };
}`;

async function compare(beforeDir: string, afterDir: string): Promise<void> {
  const diffDir = `${afterDir.replace(/\/$/, "")}-diff`;
  mkdirSync(diffDir, { recursive: true });
  console.log(`pictures of the differences in ${diffDir}`);
  const browser = await launchBrowser();
  const page = await browser.newPage();
  try {
    for (const name of readdirSync(beforeDir).filter((file) => file.endsWith(".png")).sort()) {
      const after = path.join(afterDir, name);
      if (!existsSync(after)) {
        console.log(`${name}: missing after`);
        continue;
      }
      const { count, size, diff } = await differingPixels(page, path.join(beforeDir, name), after);
      console.log(`${name}: ${count} pixels differ (${size})`);
      if (count > 0) writeFileSync(path.join(diffDir, name), Buffer.from(diff.split(",")[1] ?? "", "base64"));
    }
  } finally {
    await browser.close();
  }
}

const args = process.argv.slice(2);
if (args[0] === "--compare") {
  const [, before, after] = args;
  if (!before || !after) throw new Error("usage: screenshots --compare <before folder> <after folder>");
  await compare(before, after);
}
else await takeScreenshots(path.resolve(args[0] ?? path.join("tests", "artifacts", "screenshots")));
