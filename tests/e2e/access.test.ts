import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactsDir } from "../support/browser.ts";
import { startSeededBrowserApp } from "../support/seeded-app.ts";
import { createTestUser } from "../support/server.ts";

/**
 * Signing in and the roles, as people meet them: the built client served by the real
 * server, in a Chromium that starts signed out. An admin signs in on the page, creates an
 * analyst on the users page and reads the sign-ins in the audit trail; the analyst signs
 * in, chooses a password and sees no control their role cannot use. Screenshots are kept
 * in tests/artifacts/.
 */
let seeded: Awaited<ReturnType<typeof startSeededBrowserApp>>;
let admin: { username: string; password: string };
const ANALYST = { username: "e2e-analyst", first: "first password of ann", own: "ann's very own passphrase" };

beforeAll(async () => {
  seeded = await startSeededBrowserApp();
  admin = await createTestUser(seeded.db, { role: "admin", clearance: "SECRET", caveats: ["REL NATO"], username: "e2e-admin" });
});

afterAll(() => seeded?.close());

const openSignedOut = (query?: string) => seeded.openSignedOut(query);

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(artifactsDir, `access-${name}.png`), fullPage: true });

async function seriousViolations(page: Page): Promise<string[]> {
  const report = await new AxeBuilder({ page }).analyze();
  return report.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

const waitForGraph = (page: Page) => page.getByTestId("status").filter({ hasText: /\d/ }).waitFor({ timeout: 30_000 });

async function tabs(page: Page): Promise<string[]> {
  return page.getByRole("navigation", { name: "Pages" }).getByRole("link").allInnerTexts();
}

describe("signing in and the roles", () => {
  it("keeps everyone out until they sign in, says why a sign-in failed, and has no serious accessibility problem", async () => {
    const page = await openSignedOut("?lang=en&sel=vsse&panel=queries");
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    expect(await page.getByTestId("graph-canvas").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "sign-in");

    await signIn(page, admin.username, "not the password at all");
    await expect(page.getByTestId("sign-in-error").innerText()).resolves.toBe("Wrong username or password.");
    await shot(page, "sign-in-wrong");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("lets an admin in on the page, back to the linked view, with their name, role and clearance and the marking banner", async () => {
    const page = await openSignedOut("?lang=en&sel=vsse&panel=queries");
    await signIn(page, admin.username, admin.password);
    await waitForGraph(page);
    expect(new URL(page.url()).searchParams.get("sel")).toBe("vsse");
    expect(new URL(page.url()).searchParams.get("panel")).toBe("queries");
    expect(await tabs(page)).toEqual(["Explore", "Data", "Users", "Audit trail"]);
    await page.getByTestId("session-menu").locator("summary").click();
    await expect(page.getByTestId("session-role").innerText()).resolves.toBe("Administrator");
    await expect(page.getByTestId("session-clearance").innerText()).resolves.toBe("SECRET — REL NATO");
    const top = page.getByTestId("marking-top");
    expect(await top.getAttribute("data-classification")).toMatch(/^(UNCLASSIFIED|RESTRICTED|CONFIDENTIAL|SECRET)$/);
    expect(await page.getByTestId("marking-bottom").innerText()).toBe(await top.innerText());
    await shot(page, "admin-dashboard");
    await page.close();
  });

  it("lets the admin create an analyst on the users page, with errors by field, and read the sign-ins in the audit trail", async () => {
    const page = await openSignedOut("?lang=en&page=users");
    await signIn(page, admin.username, admin.password);
    await page.getByTestId("users-table").waitFor();
    const form = page.getByTestId("new-user-form");

    await form.getByLabel("Username", { exact: true }).fill(ANALYST.username);
    await form.getByLabel("Password", { exact: true }).fill("too short");
    await form.getByRole("button", { name: "Create user" }).click();
    await expect(page.getByTestId("new-user-password-error").innerText()).resolves.toBe("Use at least 12 characters.");
    await shot(page, "users-invalid");

    await form.getByLabel("Password", { exact: true }).fill(ANALYST.first);
    await form.getByLabel("Clearance").selectOption("RESTRICTED");
    await form.getByLabel("Caveats").fill("rel nato");
    await form.getByRole("button", { name: "Create user" }).click();
    await page.getByTestId("users-announcement").filter({ hasText: `User ${ANALYST.username} created.` }).waitFor();
    const row = page.locator(`tr[data-username="${ANALYST.username}"]`);
    // The list reloads after the announcement: wait for the row rather than reading it at once.
    await expect.poll(() => row.locator("td").allInnerTexts(), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(["Analyst", "Restricted", "REL NATO"]));
    const stored = (await seeded.api.get("/api/users")).body.users.find((user: { username: string }) => user.username === ANALYST.username);
    expect(stored).toMatchObject({ role: "analyst", clearance: "RESTRICTED", caveats: ["REL NATO"], mustChangePassword: true });

    await form.getByLabel("Username", { exact: true }).fill(ANALYST.username);
    await form.getByLabel("Password", { exact: true }).fill(ANALYST.first);
    await form.getByRole("button", { name: "Create user" }).click();
    await expect(page.getByTestId("new-user-username-error").innerText()).resolves.toBe("This username is taken.");
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "users");

    await page.getByRole("link", { name: "Audit trail" }).click();
    await page.getByTestId("audit-table").waitFor();
    const signIns = page.locator(`tr[data-action="session.sign-in"][data-actor="${admin.username}"]`);
    expect(await signIns.count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('tr[data-action="user.create"]').count()).toBeGreaterThanOrEqual(1);
    await page.getByLabel("Action").selectOption("session.sign-in");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForFunction(() => [...document.querySelectorAll("[data-testid=audit-table] tbody tr")].every((row) => row.getAttribute("data-action") === "session.sign-in"));
    expect(await page.getByTestId("audit-export").getAttribute("href")).toBe("/api/audit/export?action=session.sign-in");
    const exported = await page.evaluate(async () => (await fetch("/api/audit/export?action=session.sign-in")).text());
    const lines = exported.trim().split("\n").map((line) => JSON.parse(line) as { action: string });
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.every((line) => line.action === "session.sign-in")).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "audit");
    await page.close();
  });

  it("makes the analyst choose a password, then shows no data, export, users or audit controls, and a 403-proof page", async () => {
    const page = await openSignedOut("?lang=en");
    await signIn(page, ANALYST.username, ANALYST.first);
    await page.getByRole("heading", { name: "Choose a new password" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "change-password");
    await page.getByLabel("Current password").fill(ANALYST.first);
    await page.getByLabel("New password", { exact: true }).fill(ANALYST.own);
    await page.getByLabel("New password again").fill(ANALYST.own);
    await page.getByRole("button", { name: "Change password" }).click();
    await waitForGraph(page);

    expect(await tabs(page)).toEqual(["Explore"]);
    expect(await page.getByTestId("export-menu").count()).toBe(0);
    await page.getByTestId("saved-views").locator("summary").click();
    expect(await page.getByRole("form", { name: "Save this view" }).count()).toBe(0);
    await shot(page, "analyst-dashboard");

    // A link from an admin: the page says the role does not allow it; the API refuses anyway.
    await page.goto(`${seeded.api.url}/?lang=en&page=users`);
    await page.getByTestId("no-access").waitFor();
    expect(await page.getByTestId("users-table").count()).toBe(0);
    expect(await page.evaluate(async () => (await fetch("/api/users")).status)).toBe(403);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "analyst-no-access");
    await page.getByRole("button", { name: "Back to the network" }).click();
    await waitForGraph(page);
    await page.close();
  });

  it("sends an analyst whose session ended back to the sign-in page, and back to the same view after", async () => {
    const page = await openSignedOut("?lang=en&sel=sgrs");
    await signIn(page, ANALYST.username, ANALYST.own);
    await waitForGraph(page);
    await page.context().clearCookies();
    await page.getByTestId("language").selectOption("fr");
    await page.getByTestId("sign-in-notice").waitFor();
    await expect(page.getByTestId("sign-in-notice").innerText()).resolves.toBe("Votre session a pris fin ; reconnectez-vous.");
    expect(new URL(page.url()).searchParams.get("sel")).toBe("sgrs");
    await shot(page, "session-ended");
    await page.getByLabel("Nom d’utilisateur").fill(ANALYST.username);
    await page.getByLabel("Mot de passe").fill(ANALYST.own);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await waitForGraph(page);
    expect(new URL(page.url()).searchParams.get("sel")).toBe("sgrs");
    await page.close();
  });

  it("gives a personal access token once, which works as a bearer token until revoked", async () => {
    const page = await openSignedOut("?lang=en&page=account");
    await signIn(page, admin.username, admin.password);
    await page.getByTestId("access-tokens").waitFor();
    await page.getByLabel("Name").fill("nightly export");
    await page.getByRole("button", { name: "Create token" }).click();
    const token = await page.getByTestId("token-value").inputValue();
    expect(token).toMatch(/^cnd_/);
    await shot(page, "token-created");
    expect((await seeded.api.as(token).get("/api/session")).status).toBe(200);
    await page.getByRole("button", { name: "Done" }).click();
    expect(await page.getByTestId("token-value").count()).toBe(0);
    await page.getByRole("button", { name: "Revoke nightly export" }).click();
    await page.getByRole("button", { name: "Revoke “nightly export”" }).click();
    await page.getByText("Token “nightly export” revoked.").waitFor();
    expect((await seeded.api.as(token).get("/api/session")).status).toBe(401);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe("markings and saved views", () => {
  afterAll(async () => {
    await seeded.api.request("/api/markings/vsse", {
      method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ classification: "UNCLASSIFIED", caveats: [] }),
    });
  });

  it("shows the highest marking on screen as a red SECRET — REL NATO banner, top and bottom, and on query results", async () => {
    const marked = await seeded.api.request("/api/markings/vsse", {
      method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ classification: "SECRET", caveats: ["rel nato"] }),
    });
    expect(marked.status).toBe(200);
    const page = await openSignedOut("?lang=en");
    await signIn(page, admin.username, admin.password);
    await waitForGraph(page);
    const top = page.getByTestId("marking-top");
    await top.filter({ hasText: "SECRET — REL NATO" }).waitFor();
    expect(await top.getAttribute("data-classification")).toBe("SECRET");
    expect(await page.getByTestId("marking-bottom").innerText()).toBe("SECRET — REL NATO");
    expect(await top.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe("rgb(200, 16, 46)");

    await page.getByTestId("tab-queries").click();
    await page.locator("[data-query=dissemination-without-liaison]").click();
    await page.getByRole("button", { name: "Run" }).click();
    await page.getByTestId("marking-results").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("marking-results").getAttribute("data-classification")).toMatch(/^(UNCLASSIFIED|RESTRICTED|CONFIDENTIAL|SECRET)$/);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "marking-secret");
    await page.close();
  });

  it("lets a manager save the current view, shared, and anyone open it from the list", async () => {
    const manager = await createTestUser(seeded.db, { role: "manager", username: "e2e-manager" });
    const page = await openSignedOut("?lang=en&sel=customs&panel=queries");
    await signIn(page, manager.username, manager.password);
    await waitForGraph(page);
    const menu = page.getByTestId("saved-views");
    await menu.locator("summary").click();
    const form = page.getByRole("form", { name: "Save this view" });
    await form.getByLabel("Name").fill("Customs and its queries");
    await form.getByLabel("Share with everyone").check();
    await form.getByRole("button", { name: "Save" }).click();
    const link = menu.getByRole("link", { name: "Open Customs and its queries" });
    await link.waitFor();
    await expect(menu.getByTestId("saved-view-marking").first().innerText()).resolves.toBe("UNCLASSIFIED");
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "saved-views");
    await page.close();

    const other = await openSignedOut("?lang=en");
    await signIn(other, ANALYST.username, ANALYST.own);
    await waitForGraph(other);
    await other.getByTestId("saved-views").locator("summary").click();
    await other.getByRole("link", { name: "Open Customs and its queries" }).click();
    await other.waitForFunction(() => new URL(location.href).searchParams.get("sel") === "customs");
    expect(new URL(other.url()).searchParams.get("panel")).toBe("queries");
    expect(await other.getByRole("button", { name: /^Delete the view/ }).count()).toBe(0);
    await other.close();
  });
});
