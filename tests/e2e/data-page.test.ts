import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactsDir } from "../support/browser.ts";
import { evaluateOnCanvas, waitForCanvas } from "../support/canvas.ts";
import { resetToSeed } from "../support/database.ts";
import { startSeededBrowserApp } from "../support/seeded-app.ts";

/**
 * The data page as data staff use it: the built client served by the real server over
 * the seed in Neo4j, in headless Chromium. Files go through the real upload, the real
 * importer and its dry run. Screenshots are kept in tests/artifacts/.
 */
let seeded: Awaited<ReturnType<typeof startSeededBrowserApp>>;
let browser: Browser;

beforeAll(async () => {
  seeded = await startSeededBrowserApp();
  browser = seeded.browser;
});

afterAll(async () => {
  if (!seeded) return;
  await resetToSeed(seeded.db, seeded.model);
  await seeded.close();
});

const NODES_HEADER = "id:ID,:LABEL,nameFr,nameNl,nameEn";
const GOOD_NODE = "e2e-unit,Service,Unité de liaison E2E,E2E-verbindingseenheid,E2E liaison unit";
const RELATIONSHIPS = [
  "id,:START_ID,:END_ID,:TYPE",
  "e2e-unit--cooperates--vsse,e2e-unit,vsse,COOPERATES_WITH",
].join("\n");

const csv = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(`${text}\n`, "utf8") });

async function openDataPage(query = "?page=data&lang=en"): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1500, height: 1000 } });
  const page = await context.newPage();
  page.on("close", () => {
    context.close().catch(() => undefined);
  });
  await page.goto(`${seeded.api.url}/${query}`);
  await page.getByTestId("data-page").waitFor();
  await page.getByTestId("data-quality").locator("[data-finding]").first().waitFor({ timeout: 30_000 });
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(artifactsDir, `data-page-${name}.png`) });

async function checkFiles(page: Page, files: ReturnType<typeof csv>[]): Promise<void> {
  await page.getByTestId("upload-files").setInputFiles(files);
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  await page.getByTestId("import-report").waitFor({ timeout: 30_000 });
}

async function seriousViolations(page: Page): Promise<string[]> {
  const report = await new AxeBuilder({ page }).analyze();
  return report.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

describe("the data page", () => {
  it("rejects a CSV pair with a bad row, naming the file, line, row and field, and imports nothing", async () => {
    const page = await openDataPage();
    await checkFiles(page, [
      csv("nodes.csv", [NODES_HEADER, GOOD_NODE, "e2e-bad,Agency,Mauvaise,Slecht,Bad"].join("\n")),
      csv("relationships.csv", RELATIONSHIPS),
    ]);
    await page.getByRole("heading", { name: "Rejected: nothing was imported" }).waitFor();
    const table = page.getByTestId("import-errors").locator("table[data-file='nodes.csv']");
    const cells = await table.locator("tbody tr").first().locator("td").allInnerTexts();
    expect(cells.slice(0, 3)).toEqual(["3", "2", ":LABEL"]);
    expect(cells[3]).toContain("Agency");
    expect(await page.getByRole("button", { name: "Import" }).count()).toBe(0);
    expect((await seeded.api.get("/api/nodes/e2e-unit")).status).toBe(404);
    await shot(page, "rejected");

    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("takes files dropped on it, and asks for a source name before a replace, next to the field", async () => {
    const page = await openDataPage();
    const dropped = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "nodes.csv", { type: "text/csv" }));
      return transfer;
    }, [NODES_HEADER, GOOD_NODE].join("\n"));
    await page.getByTestId("upload-drop").dispatchEvent("drop", { dataTransfer: dropped });
    await page.getByRole("list", { name: "Chosen files" }).getByText("nodes.csv").waitFor();
    await page.getByRole("radio", { name: /Replace/ }).check();
    await page.getByRole("button", { name: "Check (dry run)" }).click();
    await expect(page.getByTestId("upload-source-error").innerText()).resolves.toContain("Replace mode needs a source name");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("upload-source");
    await shot(page, "source-required");
    await page.close();
  });

  it("warns before a replace deletes, listing what it deletes and the fields it changes", async () => {
    const service = (id: string, nameFr: string) => ({ data: { id, kind: "Service", nameFr } });
    const earlier = {
      nodes: [service("e2e-r1", "Première"), service("e2e-r2", "Seconde")],
      edges: [{ data: { id: "e2e-r1--r2", source: "e2e-r1", target: "e2e-r2", type: "COOPERATES_WITH" } }],
    };
    const loaded = await seeded.api.request("/api/imports?wait=true&mode=replace&source=e2e-sheet", {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(earlier),
    });
    expect(loaded.body.status).toBe("imported");

    const page = await openDataPage();
    const now = { nodes: [service("e2e-r1", "Première, renommée")], edges: [] };
    await page.getByTestId("upload-files").setInputFiles([
      { name: "sheet.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(now, null, 2)) },
    ]);
    await page.getByRole("radio", { name: /Replace/ }).check();
    await page.getByTestId("upload-source").fill("e2e-sheet");
    await page.getByRole("button", { name: "Check (dry run)" }).click();
    await page.getByTestId("import-report").waitFor({ timeout: 30_000 });
    await expect(page.getByTestId("import-delete-warning").innerText()).resolves.toContain("“e2e-sheet”");
    const deleted = page.locator("details[data-category=deleted]");
    await expect(deleted.locator("tbody tr td:nth-child(2)").allInnerTexts()).resolves.toEqual(expect.arrayContaining(["e2e-r2", "e2e-r1--r2"]));
    const updated = page.locator("details[data-category=updated] tbody tr").first();
    await expect(updated.innerText()).resolves.toContain("nameFr");
    await page.getByTestId("import-confirm").scrollIntoViewIfNeeded();
    await shot(page, "replace-dry-run");
    await page.close();
  });

  it("checks good files, shows the counts, imports on confirmation, records it in the history and draws the new entity", async () => {
    const page = await openDataPage();
    await checkFiles(page, [csv("nodes.csv", [NODES_HEADER, GOOD_NODE].join("\n")), csv("relationships.csv", RELATIONSHIPS)]);
    await page.getByRole("heading", { name: "Dry run: nothing has been written yet" }).waitFor();
    const counts = page.getByRole("table", { name: "What the import would do" });
    await expect(counts.getByRole("row", { name: /To create/ }).locator("td").allInnerTexts()).resolves.toEqual(["1", "1"]);
    expect((await seeded.api.get("/api/nodes/e2e-unit")).status).toBe(404);
    await shot(page, "dry-run");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Import" }).click();
    await page.getByRole("heading", { name: "Imported", exact: true }).waitFor({ timeout: 30_000 });
    expect((await seeded.api.get("/api/nodes/e2e-unit")).status).toBe(200);

    const latest = page.getByTestId("import-history").locator("tbody tr").first();
    await latest.filter({ hasText: "relationships.csv" }).waitFor({ timeout: 15_000 });
    const row = await latest.locator("td").allInnerTexts();
    expect(row.slice(1, 5)).toEqual([seeded.api.admin.username, "nodes.csv\nrelationships.csv", "Merge", "Imported"]);
    expect(row[5]).toBe("1 / 1");
    expect(row[10]).toBe("UNCLASSIFIED");
    await shot(page, "imported");
    await page.getByTestId("import-history").scrollIntoViewIfNeeded();
    await shot(page, "history");

    await page.getByTestId("page-explore").click();
    await waitForCanvas(page, (cy) => cy.$id("e2e-unit").length === 1, undefined, { timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector("[data-testid=graph-canvas]")?.getAttribute("data-layout") === "done", undefined, { timeout: 30_000 });
    expect(await evaluateOnCanvas(page, (cy) => cy.$id("e2e-unit--cooperates--vsse").length)).toBe(1);
    expect(new URL(page.url()).searchParams.get("page")).toBeNull();
    await shot(page, "explore-after-import");

    // The data-quality report names the new relationship (it cites no document); its end opens in the explore view.
    await page.getByTestId("page-data").click();
    const finding = page.getByTestId("data-quality").locator("[data-finding=edgesWithoutProvenance]");
    await finding.getByRole("link", { name: "e2e-unit" }).first().click();
    await waitForCanvas(page, (cy) => cy.$id("e2e-unit").selected(), undefined, { timeout: 30_000 });
    const url = new URL(page.url());
    expect([url.searchParams.get("start"), url.searchParams.get("sel"), url.searchParams.get("page")]).toEqual(["e2e-unit", "e2e-unit", null]);
    await page.close();
  });

  it("speaks French and Dutch too, and the export links download the graph", async () => {
    const page = await openDataPage("?page=data&lang=fr");
    await page.getByRole("heading", { name: "Charger un graphe" }).waitFor();
    await page.getByRole("heading", { name: "Historique des imports" }).waitFor();
    await shot(page, "french");
    await page.getByTestId("language").selectOption("nl");
    await page.getByRole("heading", { name: "Gegevenskwaliteit" }).waitFor();

    for (const format of ["json", "csv", "graphml", "csv-nodes", "csv-relationships"]) {
      const href = await page.locator(`a[data-format=${format}]`).getAttribute("href");
      const response = await seeded.api.request(href!, {});
      expect(response.status, `${format}: ${typeof response.body === "string" ? response.body.slice(0, 200) : JSON.stringify(response.body)}`).toBe(200);
    }
    await page.close();
  });
});
