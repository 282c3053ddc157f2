import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactsDir } from "../support/browser.ts";
import { evaluateOnCanvas, waitForCanvas } from "../support/canvas.ts";
import { startSeededBrowserApp } from "../support/seeded-app.ts";

/**
 * The dashboard as analysts and managers use it: the built client, served by the real
 * server on the real seed in Neo4j, driven in headless Chromium. Screenshots are kept in
 * tests/artifacts/.
 */
let app: Awaited<ReturnType<typeof startSeededBrowserApp>>["api"];
let browser: Browser;
let seeded: Awaited<ReturnType<typeof startSeededBrowserApp>>;

beforeAll(async () => {
  seeded = await startSeededBrowserApp();
  ({ api: app, browser } = seeded);
});

afterAll(() => seeded?.close());

async function open(query = ""): Promise<Page> {
  // A context of its own per page: axe-core needs one, and nothing leaks between tests.
  const context = await browser.newContext({ viewport: { width: 1500, height: 950 } });
  const page = await context.newPage();
  page.on("close", () => {
    context.close().catch(() => undefined);
  });
  await page.goto(`${app.url}/${query}`);
  await page.getByTestId("status").filter({ hasText: /\d/ }).waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector("[data-testid=graph-canvas]")?.getAttribute("data-layout") === "done", undefined, { timeout: 30_000 });
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(artifactsDir, `dashboard-${name}.png`) });

const cyIds = (page: Page, selector: string) => evaluateOnCanvas(page, (cy, s) => cy.elements(s).map((e) => e.id()).sort(), selector);

async function searchAndChoose(page: Page, text: string): Promise<void> {
  const input = page.getByTestId("search-input");
  await input.fill(text);
  await page.getByRole("option").first().waitFor();
  await input.press("Enter");
}

describe("the dashboard", () => {
  it("draws the seed graph with all its nodes and relationships", async () => {
    const page = await open();
    expect(await cyIds(page, "node")).toHaveLength(52);
    expect(await cyIds(page, "edge")).toHaveLength(108);
    await expect(page.getByTestId("status").innerText()).resolves.toBe("52 entities, 108 relationships");
    await shot(page, "seed");
    await page.close();
  });

  it("selects VSSE when an analyst searches for it", async () => {
    const page = await open();
    await searchAndChoose(page, "VSSE");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("sel") === "vsse");
    expect(await cyIds(page, "node:selected")).toEqual(["vsse"]);
    await page.getByText("Veiligheid van de Staat").first().waitFor();
    await shot(page, "search-vsse");
    await page.close();
  });

  it("expands an entity's neighbours on double-click, keeping what was there", async () => {
    const page = await open("?start=ocam");
    const before = await cyIds(page, "node");
    expect(before).toContain("sgrs");
    const positionBefore = await evaluateOnCanvas(page, (cy) => cy.$id("ocam").position());
    const point = await evaluateOnCanvas(page, (cy) => {
      const box = cy.container()!.getBoundingClientRect();
      const p = cy.$id("sgrs").renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.dblclick(point.x, point.y);
    await waitForCanvas(page, (cy, count) => cy.nodes().length > count, before.length, { timeout: 15_000 });
    const after = await cyIds(page, "node");
    expect(after).toEqual(expect.arrayContaining([...before, "nato", "customs", "vsse"]));
    expect(await evaluateOnCanvas(page, (cy) => cy.$id("ocam").position())).toEqual(positionBefore);
    await shot(page, "expanded");
    await page.close();
  });

  it("runs the liaison-gap query, lists the partners and highlights them on the graph", async () => {
    const page = await open();
    await page.getByTestId("tab-queries").click();
    await page.locator("[data-query=dissemination-without-liaison]").click();
    await page.getByRole("button", { name: "Run" }).click();
    const table = page.locator("table").filter({ hasText: "Customs" });
    await table.waitFor({ timeout: 30_000 });
    const text = await table.innerText();
    for (const partner of ["Customs", "Financial Intelligence Processing Unit", "National Crisis Center"]) expect(text).toContain(partner);
    expect(text).not.toContain("Federal Police");
    await waitForCanvas(page, (cy) => cy.nodes(".finding").length > 0);
    expect(await cyIds(page, "node.finding")).toEqual(["ctif", "customs", "dgcc", "sgrs"]);
    expect((await cyIds(page, "node.dimmed")).length).toBe(52 - 4);
    await shot(page, "liaison-gap");
    await page.close();
  });

  it("switches the UI, the entities' names and <html lang> to Dutch", async () => {
    const page = await open();
    await page.getByTestId("language").selectOption("nl");
    await page.getByRole("heading", { name: "Samenwerkingsnetwerk" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("nl");
    await waitForCanvas(page, (cy) => cy.$id("sgrs").data("name") === "Algemene Dienst Inlichting en Veiligheid");
    await expect(page.getByTestId("status").innerText()).resolves.toBe("52 entiteiten, 108 relaties");
    expect(new URL(page.url()).searchParams.get("lang")).toBe("nl");
    await shot(page, "dutch");
    await page.close();
  });

  it("shows in what-if mode what losing SGRS cuts off", async () => {
    const page = await open();
    await searchAndChoose(page, "SGRS");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("sel") === "sgrs");
    await page.getByTestId("tab-whatIf").click();
    await page.getByRole("switch", { name: "What-if mode" }).check({ force: true });
    await page.getByRole("button", { name: "Mark selection as removed" }).click();
    await page.getByRole("button", { name: "Analyse" }).click();
    await waitForCanvas(page, (cy) => cy.nodes(".cut-off").length > 0, undefined, { timeout: 30_000 });
    const cutOff = await cyIds(page, "node.cut-off");
    expect(cutOff).toEqual(expect.arrayContaining(["nato", "eu", "un", "defence-attaches", "security-attaches"]));
    expect(cutOff).not.toContain("vsse");
    expect(await cyIds(page, ".removed")).toContain("sgrs");
    await shot(page, "what-if-sgrs");
    await page.close();
  });

  it("restores the whole view from a copied URL", async () => {
    const page = await open("?lang=fr");
    await page.getByTestId("tab-queries").click();
    await page.locator("[data-query=single-thread-partners]").click();
    await page.getByRole("button", { name: "Exécuter" }).click();
    await page.locator("table").filter({ hasText: "Organisation du Traité de l'Atlantique Nord" }).waitFor({ timeout: 30_000 });
    await page.getByTestId("view-table").click();
    const link = page.url();
    await page.close();

    const context = await browser.newContext({ viewport: { width: 1500, height: 950 } });
    const restored = await context.newPage();
    await restored.goto(link);
    await restored.locator("table").filter({ hasText: "Organisation du Traité de l'Atlantique Nord" }).first().waitFor({ timeout: 30_000 });
    expect(await restored.evaluate(() => document.documentElement.lang)).toBe("fr");
    await restored.getByTestId("status").filter({ hasText: "52 entités, 108 relations" }).waitFor({ timeout: 30_000 });
    await restored.getByTestId("graph-table").filter({ hasText: "Service Général du Renseignement et de la Sécurité" }).waitFor();
    expect(new URL(restored.url()).searchParams.get("q")).toBe("single-thread-partners");
    await shot(restored, "restored-link");
    await context.close();
  });

  it("has no serious or critical accessibility violations (axe-core)", async () => {
    const page = await open("?sel=sgrs");
    const report = await new AxeBuilder({ page }).analyze();
    const serious = report.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
    await page.close();
  });
});
