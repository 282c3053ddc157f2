import { readFileSync } from "node:fs";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../server/client-build.ts";
import { artifactsDir } from "../support/browser.ts";
import { resetToSeed } from "../support/database.ts";
import { startSeededBrowserApp } from "../support/seeded-app.ts";

/**
 * The mapping step as data staff use it, in headless Chromium over the real server: a
 * file written by another tool is dropped, the page shows its attributes beside the
 * model with a proposed mapping, staff adjust it with the keyboard and the dry run goes
 * out with the mapping as its `mapping` part.
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

const club = { name: "club-network.graphml", mimeType: "application/xml", buffer: readFileSync(path.join(projectRoot, "tests/fixtures/club-network.graphml")) };

async function openDataPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1500, height: 1000 } });
  const page = await context.newPage();
  await recordMappingParts(page);
  page.on("close", () => {
    context.close().catch(() => undefined);
  });
  await page.goto(`${seeded.api.url}/?page=data&lang=en`);
  await page.getByTestId("data-page").waitFor();
  return page;
}

/**
 * Keeps the `mapping` part of each import upload the page sends, in `window.sentMappings`:
 * Chromium does not hand a multipart body holding files to the test, the page can.
 */
async function recordMappingParts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const sent: unknown[] = [];
    Object.assign(window, { sentMappings: sent });
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      if (String(input).startsWith("/api/imports?") && init?.body instanceof FormData) {
        const part = init.body.get("mapping");
        sent.push(part === null ? null : JSON.parse(String(part)));
      }
      return original(input, init);
    };
  });
}

describe("the mapping step", () => {
  it("proposes a mapping for a file from another tool, takes keyboard changes, and sends the dry run with it", async () => {
    const page = await openDataPage();
    await page.getByTestId("upload-files").setInputFiles([club]);
    const fields = page.getByTestId("mapping-fields");
    await fields.waitFor({ timeout: 30_000 });

    const attributes = page.getByTestId("mapping-files").locator("tr[data-attribute=club]");
    await expect(attributes.innerText()).resolves.toMatch(/club[\s\S]*7[\s\S]*Mr\. Hi[\s\S]*Officer/);
    const kinds = page.getByTestId("mapping-nodes-source");
    await expect(kinds.getByRole("combobox", { name: "Column" }).inputValue()).resolves.toBe("club");
    await expect(page.getByTestId("mapping-nodes-properties").getByRole("combobox", { name: /^Source of/ }).first().inputValue())
      .resolves.toBe("attribute:name");

    // With the keyboard: focus each value's select and choose by typing the kind's first letters.
    await kinds.getByRole("combobox", { name: "Model name for Mr. Hi (club)" }).focus();
    await page.keyboard.type("Intel");
    await kinds.getByRole("combobox", { name: "Model name for Officer (club)" }).focus();
    await page.keyboard.type("Partner");
    await page.getByRole("textbox", { name: "Id prefix" }).focus();
    await page.keyboard.type("club-");
    await page.keyboard.press("Tab");
    await page.getByRole("checkbox", { name: /Treat every relationship as undirected/ }).focus();
    await page.keyboard.press("Space");

    const axe = await new AxeBuilder({ page }).include("[data-testid=mapping-step]").analyze();
    expect(axe.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
    await page.getByTestId("mapping-step").screenshot({ path: path.join(artifactsDir, "mapping-step.png") });

    await page.getByRole("button", { name: "Check (dry run)" }).click();
    await page.getByTestId("import-report").waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { sentMappings: unknown[] }).sentMappings)).toEqual([{
      nodes: { properties: { nameEn: "name" }, kind: { from: "club", values: { "Mr. Hi": "Service", Officer: "Partner" } }, id: { prefix: "club-" } },
      edges: { type: "COOPERATES_WITH", undirected: true },
    }]);
    await page.close();
  });

  it("saves the mapping by name and loads it again for the next file", async () => {
    const page = await openDataPage();
    await page.getByTestId("upload-files").setInputFiles([club]);
    await page.getByTestId("mapping-fields").waitFor({ timeout: 30_000 });
    await page.getByTestId("mapping-nodes-source").getByRole("radio", { name: "The same kind for all" }).check();
    await page.getByRole("combobox", { name: "Kind of every entity" }).selectOption("Service");
    await page.getByRole("textbox", { name: "Save this mapping as" }).fill("e2e club");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Mapping saved as “e2e club”.").waitFor();

    await page.getByRole("button", { name: "Start over" }).click();
    await page.getByTestId("upload-files").setInputFiles([club]);
    await page.getByTestId("mapping-fields").waitFor({ timeout: 30_000 });
    await expect(page.getByTestId("mapping-nodes-source").getByRole("radio", { name: "From a column" }).isChecked()).resolves.toBe(true);
    await page.getByRole("combobox", { name: "Saved mappings" }).selectOption("e2e club");
    await page.getByRole("button", { name: "Load", exact: true }).click();
    await expect(page.getByRole("combobox", { name: "Kind of every entity" }).inputValue()).resolves.toBe("Service");
    expect((await seeded.api.request("/api/mappings/e2e%20club", { method: "DELETE" })).status).toBe(200);
    await page.close();
  });
});
