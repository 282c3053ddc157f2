import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphModel } from "../../server/model/graph-model.ts";
import { artifactsDir } from "../support/browser.ts";
import { evaluateOnCanvas, waitForCanvas } from "../support/canvas.ts";
import { startSeededBrowserApp } from "../support/seeded-app.ts";

/** The built client, served by the real server on the real seed, in headless Chromium. */
let model: GraphModel;
let app: Awaited<ReturnType<typeof startSeededBrowserApp>>["api"];
let browser: Browser;
let seeded: Awaited<ReturnType<typeof startSeededBrowserApp>>;

beforeAll(async () => {
  seeded = await startSeededBrowserApp();
  ({ model, api: app, browser } = seeded);
});

afterAll(() => seeded?.close());

interface DrawnNode {
  id: string;
  kind: string;
  color: string;
  shape: string;
}

describe("the first view", () => {
  it("draws every entity and relationship of the seed, styled by kind from the model", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(app.url);
    await page.getByTestId("status").filter({ hasText: /52/ }).waitFor({ timeout: 30_000 });
    await waitForCanvas(page, (cy) => cy.nodes().length === 52);

    const drawn = await evaluateOnCanvas(page, (cy) => ({
      nodes: cy.nodes().map((n) => ({
        id: n.id(), kind: n.data("kind"), color: n.style("background-color"), shape: n.style("shape"),
      })),
      edges: cy.edges().length,
    }));
    expect(drawn.edges).toBe(108);
    for (const node of drawn.nodes as DrawnNode[]) {
      const kind = model.kind(node.kind)!;
      expect(node.shape, node.id).toBe(kind.shape);
      expect(node.color, node.id).toBe(hexToRgb(kind.color));
    }
    const legend = await page.getByTestId("legend").innerText();
    for (const kind of model.definition.kinds) expect(legend).toContain(kind.names.en);
    expect(errors).toEqual([]);
    await page.screenshot({ path: path.join(artifactsDir, "first-view.png") });
    await page.close();
  });

  it("shows the API's problem instead of a blank page when the graph cannot load", async () => {
    const page = await browser.newPage();
    await page.route("**/api/graph**", (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/problem+json",
        body: JSON.stringify({ type: "/problems/database-unavailable", title: "Database unavailable", status: 503, detail: "The graph database cannot be reached; retry shortly." }),
      }));
    await page.goto(app.url);
    const status = page.getByTestId("status");
    await status.filter({ hasText: "Database unavailable" }).waitFor({ timeout: 30_000 });
    expect(await status.innerText()).toContain("retry shortly");
    await page.screenshot({ path: path.join(artifactsDir, "first-view-error.png") });
    await page.close();
  });
});

function hexToRgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255})`;
}
