import path from "node:path";
import getPort from "get-port";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactsDir } from "../support/browser.ts";
import { startIdentityProvider, type TestIdentityProvider } from "../support/identity-provider.ts";
import { startSeededBrowserApp } from "../support/seeded-app.ts";
import { createTestUser } from "../support/server.ts";

/**
 * Single sign-on as people meet it, in Chromium: the dashboard on 127.0.0.1, the
 * organisation's provider (a real oidc-provider) on localhost — another site, as in
 * production, so the way back is a cross-site navigation and the SameSite=Strict session
 * cookie must still end up working. Screenshots are kept in tests/artifacts/.
 */
let seeded: Awaited<ReturnType<typeof startSeededBrowserApp>>;
let idp: TestIdentityProvider;
const USER = "e2e-sso-data";

beforeAll(async () => {
  const port = await getPort({ host: "127.0.0.1" });
  const appUrl = `http://127.0.0.1:${port}`;
  idp = await startIdentityProvider({
    host: "localhost",
    appUrls: [appUrl],
    accounts: { "staff-1": { preferred_username: USER }, "staff-2": { preferred_username: "e2e-sso-nobody" } },
  });
  seeded = await startSeededBrowserApp({ port, oidc: idp.settingsFor(appUrl, { label: "Test IdP" }) });
  await createTestUser(seeded.db, { role: "data", clearance: "RESTRICTED", caveats: ["REL NATO"], username: USER });
});

afterAll(async () => {
  await seeded?.close();
  await idp?.close();
});

const openSignedOut = (query?: string) => seeded.openSignedOut(query);

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(artifactsDir, `oidc-${name}.png`), fullPage: true });

/** Through the provider's login page with `login`. */
async function signOnAs(page: Page, login: string): Promise<void> {
  await page.getByRole("link", { name: "Sign in with Test IdP" }).click();
  await page.getByRole("heading", { name: "Test IdP sign-in" }).waitFor();
  expect(new URL(page.url()).host).toBe(new URL(idp.issuer).host);
  await page.getByLabel("Login").fill(login);
  await page.getByRole("button", { name: "Continue" }).click();
}

describe("single sign-on in the browser", () => {
  it("takes a user from the SSO button through the provider's login to the dashboard, signed in as their local account", async () => {
    const page = await openSignedOut();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await page.getByTestId("single-sign-on").waitFor();
    await shot(page, "sign-in");
    await signOnAs(page, "staff-1");
    await page.getByTestId("status").filter({ hasText: /\d/ }).waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).origin).toBe(seeded.api.url);
    await page.getByTestId("session-menu").locator("summary").click();
    await expect(page.getByTestId("session-role").innerText()).resolves.toBe("Data staff");
    await expect(page.getByTestId("session-clearance").innerText()).resolves.toBe("RESTRICTED — REL NATO");
    const who = await page.evaluate(async () => (await (await fetch("/api/session")).json()) as { user: { username: string } });
    expect(who.user.username).toBe(USER);
    await shot(page, "signed-in");

    // The session survives a reload: the cookie set on the way back from the provider holds.
    await page.reload();
    await page.getByTestId("status").filter({ hasText: /\d/ }).waitFor({ timeout: 30_000 });
    await page.close();
  });

  it("lands back on the linked view the sign-on started from", async () => {
    const page = await openSignedOut("?lang=en&sel=vsse&panel=queries");
    await signOnAs(page, "staff-1");
    await page.getByTestId("status").filter({ hasText: /\d/ }).waitFor({ timeout: 30_000 });
    const url = new URL(page.url());
    expect(url.origin).toBe(seeded.api.url);
    expect(url.searchParams.get("sel")).toBe("vsse");
    expect(url.searchParams.get("panel")).toBe("queries");
    await page.close();
  });

  it("brings someone without a local account back to the sign-in page, saying why", async () => {
    const page = await openSignedOut();
    await signOnAs(page, "staff-2");
    await page.getByTestId("sign-on-error").waitFor();
    await expect(page.getByTestId("sign-on-error").innerText()).resolves
      .toBe("No account here matches your identity provider account; ask an administrator to create one.");
    expect(new URL(page.url()).searchParams.get("signIn")).toBeNull();
    expect(await page.getByTestId("graph-canvas").count()).toBe(0);
    await shot(page, "unknown");
    await page.close();
  });
});
