import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import express from "express";
import { pino } from "pino";
import { buildClientIfStale, clientDistDir } from "../../server/client-build.ts";
import { defaultModelFile } from "../../server/model/graph-model.ts";
import { launchBrowser } from "../support/browser.ts";
import { generateGraph } from "./generate-graph.ts";
import { type BenchRow, repeatedRow } from "./report.ts";

/**
 * Time to first render and to interactive of the built dashboard in headless Chromium,
 * for 1k, 5k and 10k elements, Cytoscape's WebGL renderer against its canvas renderer.
 * The client reads the model and a generated graph from a small static server, so the
 * figures are the client's alone (the API has its own rows). Times come from the
 * performance marks the canvas sets (`graph:first-render`, `graph:interactive`).
 */
const ELEMENT_COUNTS = [1_000, 5_000, 10_000];

interface RenderTiming {
  firstRender: number;
  interactive: number;
}

export async function renderRows(options: { quick: boolean; log: (line: string) => void }): Promise<BenchRow[]> {
  await buildClientIfStale(pino({ level: "warn" }));
  const repetitions = options.quick ? 2 : 3;
  const rows: BenchRow[] = [];
  const browser = await launchBrowser();
  try {
    for (const elements of ELEMENT_COUNTS) {
      // About two relationships per entity: elements ≈ 3 × entities.
      const graph = generateGraph({ nodes: Math.round(elements / 3), meanDegree: 4 });
      // As the API presents them: every node named in the page's language.
      const nodes = graph.nodes.map(({ data }) => ({ data: { ...data, name: String(data.nameEn ?? data.nameFr) } }));
      const server = await serveClient({ nodes, edges: graph.edges, total: nodes.length, truncated: false });
      try {
        const timings: Record<"canvas" | "webgl", RenderTiming[]> = { canvas: [], webgl: [] };
        const gaveUp = new Set<string>();
        for (let i = 0; i < repetitions; i++) {
          for (const renderer of ["canvas", "webgl"] as const) {
            if (gaveUp.has(renderer)) continue;
            options.log(`render: ${elements} elements, ${renderer}, run ${i + 1}/${repetitions}`);
            const timing = await timeRender(browser, `${server.url}/?renderer=${renderer}`);
            if (timing) timings[renderer].push(timing);
            else {
              gaveUp.add(renderer);
              options.log(`render: ${elements} elements, ${renderer}: not interactive within ${GIVE_UP_MS / 1000} s; no more runs of it`);
            }
          }
        }
        const size = nodes.length + graph.edges.length;
        const canvas = timings.canvas;
        const webgl = timings.webgl;
        if (canvas.length > 0) {
          rows.push(
            repeatedRow("first render (canvas)", size, canvas.map((t) => t.firstRender), null),
            repeatedRow("interactive (canvas)", size, canvas.map((t) => t.interactive), null),
          );
        }
        if (webgl.length > 0) {
          const reference = (pick: (t: RenderTiming) => number) => (canvas.length > 0 ? canvas.map(pick) : null);
          rows.push(
            repeatedRow("first render (webgl vs canvas)", size, webgl.map((t) => t.firstRender), reference((t) => t.firstRender)),
            repeatedRow("interactive (webgl vs canvas)", size, webgl.map((t) => t.interactive), reference((t) => t.interactive)),
          );
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}

/** A run not interactive by then is given up: software WebGL (no GPU here) can take minutes. */
const GIVE_UP_MS = 60_000;

async function timeRender(browser: Awaited<ReturnType<typeof launchBrowser>>, url: string): Promise<RenderTiming | null> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  try {
    await page.goto(url);
    const finished = await page
      .waitForFunction(() => performance.getEntriesByName("graph:interactive").length > 0, undefined, { timeout: GIVE_UP_MS })
      .then(() => true, () => false);
    if (!finished) return null;
    return await page.evaluate(() => ({
      firstRender: performance.getEntriesByName("graph:first-render")[0]!.startTime,
      interactive: performance.getEntriesByName("graph:interactive")[0]!.startTime,
    }));
  } finally {
    await page.close();
  }
}

async function serveClient(graph: object): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  const model = readFileSync(defaultModelFile, "utf8");
  app.get("/api/model", (_req, res) => void res.type("json").send(model));
  app.get("/api/graph", (_req, res) => void res.json(graph));
  app.use(express.static(clientDistDir));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
