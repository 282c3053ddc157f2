// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { setupI18n } from "../i18n/i18n";
import { json, stubApi } from "../testing/fakeApi";
import { resetSession } from "./testing/sessionFixtures";
import { SessionGate } from "./SessionGate";

beforeAll(() => setupI18n("en"));
beforeEach(resetSession);
afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, "", "/");
});

const notSignedIn = () => json({ type: "/problems/unauthorized", title: "Unauthorized", status: 401, detail: "Sign in first." }, 401);

function renderSignIn(oidc: { label: string } | null) {
  stubApi([
    ["GET", "/api/session", notSignedIn],
    ["GET", "/api/session/options", () => json({ password: true, oidc })],
  ]);
  render(<SessionGate><p data-testid="dashboard">dashboard</p></SessionGate>);
}

describe("single sign-on on the sign-in page", () => {
  it("offers a link to the provider, named by the server, under the password form", async () => {
    renderSignIn({ label: "Staff ID" });
    const link = await screen.findByRole("link", { name: "Sign in with Staff ID" });
    expect(link.getAttribute("href")).toBe("/api/session/oidc");
    expect(screen.getByRole("button", { name: "Sign in" })).toBeTruthy();
  });

  it("asks to come back to the page and view the user was on", async () => {
    window.history.replaceState(null, "", "/?sel=sgrs&panel=details");
    try {
      renderSignIn({ label: "Staff ID" });
      const link = await screen.findByRole("link", { name: "Sign in with Staff ID" });
      expect(link.getAttribute("href")).toBe(`/api/session/oidc?returnTo=${encodeURIComponent("/?sel=sgrs&panel=details")}`);
    } finally {
      window.history.replaceState(null, "", "/");
    }
  });

  it("offers no such link when the server has no single sign-on", async () => {
    renderSignIn(null);
    await screen.findByRole("button", { name: "Sign in" });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByTestId("single-sign-on")).toBeNull();
  });

  it("says why a single sign-on came back without a session, once, keeping the rest of the address", async () => {
    window.history.replaceState(null, "", "/?lang=en&signIn=unknown");
    renderSignIn({ label: "Staff ID" });
    expect((await screen.findByTestId("sign-on-error")).textContent)
      .toBe("No account here matches your identity provider account; ask an administrator to create one.");
    expect(window.location.search).toBe("?lang=en");
  });

  it("reads an unknown code as a failed sign-on", async () => {
    window.history.replaceState(null, "", "/?signIn=something-new");
    renderSignIn({ label: "Staff ID" });
    expect((await screen.findByTestId("sign-on-error")).textContent).toBe("The single sign-on failed; try again.");
  });
});
