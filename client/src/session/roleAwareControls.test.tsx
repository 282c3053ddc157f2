// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { setupI18n } from "../i18n/i18n";
import { json, resetStores, stubApi } from "../testing/fakeApi";
import { can } from "../../../contract/roles.ts";
import { ROLES, type Role } from "../../../contract/roles.ts";
import { useSessionStore } from "./sessionStore";
import { resetSession, signInAs } from "./testing/sessionFixtures";
import { connectSessionToApi } from "./sessionStore";
import { fetchJson } from "../api/fetchJson";
import { usersSchema } from "../../../contract/access.ts";
import { RolePageTabs } from "./RolePageTabs";
import { SavedViewsMenu } from "../explore/SavedViewsMenu";
import { SessionMenu } from "./SessionMenu";

beforeAll(() => setupI18n("en"));
beforeEach(() => {
  resetStores();
  resetSession();
});
afterEach(() => vi.unstubAllGlobals());

const tabsFor = (role: Role) => {
  signInAs(role);
  render(<RolePageTabs />);
  return within(screen.getByRole("navigation", { name: "Pages" })).getAllByRole("link").map((link) => link.textContent);
};

describe("role-aware controls", () => {
  it.each([
    ["analyst", ["Explore"]],
    ["manager", ["Explore"]],
    ["data", ["Explore", "Data"]],
    ["admin", ["Explore", "Data", "Users", "Audit trail"]],
  ] as const)("shows a %s only the pages the role may open", (role, pages) => {
    expect(tabsFor(role)).toEqual(pages);
  });

  it("grants each ability from its role upwards, and nothing to an unknown role", () => {
    const holders = (ability: Parameters<typeof can>[1]) => ROLES.filter((role) => can(role, ability));
    expect(holders("runQueries")).toEqual(["analyst", "manager", "data", "admin"]);
    expect(holders("saveViews")).toEqual(["manager", "data", "admin"]);
    expect(holders("exportData")).toEqual(["data", "admin"]);
    expect(holders("readAudit")).toEqual(["admin"]);
    expect(can("superuser", "explore")).toBe(false);
  });

  it("offers saving a view to a manager, not to an analyst", async () => {
    stubApi([["GET", "/api/views", () => json({ views: [], marking: { classification: "UNCLASSIFIED", caveats: [] } })]]);
    signInAs("analyst");
    const user = userEvent.setup();
    const { unmount } = render(<SavedViewsMenu />);
    await user.click(screen.getByText("Views"));
    await screen.findByText("No saved views yet.");
    expect(screen.queryByRole("form", { name: "Save this view" })).toBeNull();
    unmount();

    signInAs("manager");
    render(<SavedViewsMenu />);
    await user.click(screen.getByText("Views"));
    expect(await screen.findByRole("form", { name: "Save this view" })).toBeTruthy();
  });

  it("shows each saved view with the marking of what it names", async () => {
    stubApi([["GET", "/api/views", () => json({
      views: [{ id: "v1", name: "Nightfall", url: "?start=op-nightfall", shared: true, owner: "mia", createdAt: "2025-01-01T00:00:00.000Z", marking: { classification: "SECRET", caveats: ["REL NATO"] } }],
      marking: { classification: "SECRET", caveats: ["REL NATO"] },
    })]]);
    signInAs("analyst", { clearance: "SECRET", caveats: ["REL NATO"] });
    const user = userEvent.setup();
    render(<SavedViewsMenu />);
    await user.click(screen.getByText("Views"));
    const tag = await screen.findByTestId("saved-view-marking");
    expect(tag.textContent).toBe("SECRET — REL NATO");
    expect(tag.getAttribute("aria-label")).toBe("Marking of what this view names");
  });

  it("names the signed-in user with role and clearance in the header", () => {
    signInAs("data", { username: "dora", clearance: "CONFIDENTIAL", caveats: ["REL EU"] });
    render(<SessionMenu />);
    expect(screen.getByTestId("session-role").textContent).toBe("Data staff");
    expect(screen.getByTestId("session-clearance").textContent).toBe("CONFIDENTIAL — REL EU");
    expect(screen.getByText("dora")).toBeTruthy();
  });

  it("re-reads the session after a 403, so a demoted user's controls follow the server", async () => {
    signInAs("admin");
    const disconnect = connectSessionToApi();
    stubApi([
      ["GET", "/api/users", () => json({ type: "/problems/forbidden", title: "Forbidden", status: 403, detail: "This needs the admin role." }, 403)],
      ["GET", "/api/session", () => json({ user: { username: "admin-user", role: "analyst", clearance: "SECRET", caveats: [], mustChangePassword: false, via: "session" }, csrfToken: "c2", expiresAt: null })],
    ]);
    await fetchJson("/api/users", { schema: usersSchema }).catch(() => undefined);
    await vi.waitFor(() => {
      const state = useSessionStore.getState().state;
      expect(state.type === "signedIn" && state.session.user.role).toBe("analyst");
    });
    disconnect();
  });
});
