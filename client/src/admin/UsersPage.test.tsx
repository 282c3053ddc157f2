// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { setupI18n } from "../i18n/i18n";
import { json, stubApi } from "../testing/fakeApi";
import { resetSession, signInAs } from "../session/testing/sessionFixtures";
import { UsersPage } from "./UsersPage";

beforeAll(() => setupI18n("en"));
beforeEach(() => {
  resetSession();
  signInAs("admin", { username: "admin" });
});
afterEach(() => vi.unstubAllGlobals());

const admin = { username: "admin", role: "admin", clearance: "SECRET", caveats: [] as string[], disabled: false, mustChangePassword: false, createdAt: "2026-01-01T00:00:00Z", updatedAt: "2026-01-01T00:00:00Z" };
const created = { ...admin, username: "ann", role: "analyst", clearance: "RESTRICTED", caveats: ["REL NATO"], mustChangePassword: true };

async function renderPage() {
  const user = userEvent.setup();
  render(<UsersPage />);
  await screen.findByTestId("users-table");
  const form = within(screen.getByTestId("new-user-form"));
  return { user, form };
}

describe("the users page", () => {
  it("checks username, password and caveats before sending, naming each field", async () => {
    const { requests } = stubApi([["GET", "/api/users", () => json({ users: [admin] })]]);
    const { user, form } = await renderPage();
    await user.type(form.getByLabelText("Username"), "A");
    await user.type(form.getByLabelText("Password"), "too short");
    await user.type(form.getByLabelText("Caveats"), "REL NATO, rel ü");
    await user.click(form.getByRole("button", { name: "Create user" }));
    expect(screen.getByTestId("new-user-username-error").textContent).toContain("2–64 letters");
    expect(screen.getByTestId("new-user-password-error").textContent).toBe("Use at least 12 characters.");
    expect(screen.getByTestId("new-user-caveats-error").textContent).toContain("“REL Ü” is not a caveat");
    expect(document.activeElement).toBe(form.getByLabelText("Username"));
    expect(requests.filter((request) => request.method === "POST")).toEqual([]);
  });

  it("creates a user with role, clearance and normalised caveats, then lists it", async () => {
    let users = [admin];
    const { requests, fetchMock } = stubApi([
      ["GET", "/api/users", () => json({ users })],
      ["POST", "/api/users", () => {
        users = [admin, created];
        return json(created);
      }],
    ]);
    const { user, form } = await renderPage();
    await user.type(form.getByLabelText("Username"), "Ann");
    await user.type(form.getByLabelText("Password"), "a long first password");
    await user.selectOptions(form.getByLabelText("Clearance"), "RESTRICTED");
    await user.type(form.getByLabelText("Caveats"), "rel nato");
    await user.click(form.getByRole("button", { name: "Create user" }));
    expect((await screen.findByTestId("users-announcement")).textContent).toBe("User ann created.");
    expect(requests.find((request) => request.method === "POST")?.body).toEqual({
      username: "ann", password: "a long first password", role: "analyst", clearance: "RESTRICTED", caveats: ["REL NATO"], mustChangePassword: true,
    });
    const post = fetchMock.mock.calls.find((call) => call[1]?.method === "POST");
    expect(new Headers(post?.[1]?.headers).get("X-CSRF-Token")).toBe("csrf-123");
    expect(await screen.findByRole("rowheader", { name: "ann" })).toBeTruthy();
  });

  it("puts the server's refusals on their fields: a taken username, a password the policy rejects", async () => {
    let answer = json({ type: "/problems/conflict", title: "Conflict", status: 409, detail: "A user named ann exists." }, 409);
    stubApi([
      ["GET", "/api/users", () => json({ users: [admin] })],
      ["POST", "/api/users", () => answer],
    ]);
    const { user, form } = await renderPage();
    await user.type(form.getByLabelText("Username"), "ann");
    await user.type(form.getByLabelText("Password"), "a long first password");
    await user.click(form.getByRole("button", { name: "Create user" }));
    expect((await screen.findByTestId("new-user-username-error")).textContent).toBe("This username is taken.");

    answer = json({ type: "/problems/invalid-request", title: "Invalid request", status: 400, detail: "Invalid password", errors: [{ path: "password", message: "The password is a single repeated character" }] }, 400);
    await user.click(form.getByRole("button", { name: "Create user" }));
    expect((await screen.findByTestId("new-user-password-error")).textContent).toBe("The password is a single repeated character");
  });

  it("deletes a user only after confirmation, and never offers it on one's own account", async () => {
    let users = [admin, created];
    const { requests } = stubApi([
      ["GET", "/api/users", () => json({ users })],
      ["DELETE", "/api/users/ann", () => {
        users = [admin];
        return json({ deleted: "ann" });
      }],
    ]);
    const { user } = await renderPage();
    expect((screen.getByRole("button", { name: "Delete admin" }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole("button", { name: "Delete ann" }));
    expect(requests.filter((request) => request.method === "DELETE")).toEqual([]);
    expect(screen.getByText("Delete ann, with their sessions and access tokens? This cannot be undone.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Yes, delete ann" }));
    expect((await screen.findByTestId("users-announcement")).textContent).toBe("ann deleted.");
    expect(requests.filter((request) => request.method === "DELETE")).toHaveLength(1);
  });

  it("changes a user's role, clearance and caveats in place, and says why the server refused to demote the last admin", async () => {
    let answer = json(created);
    const { requests } = stubApi([
      ["GET", "/api/users", () => json({ users: [admin, created] })],
      ["PUT", /^\/api\/users\//, () => answer],
    ]);
    const { user } = await renderPage();
    await user.click(screen.getByRole("button", { name: "Edit ann" }));
    const editor = within(screen.getByRole("form", { name: "Edit ann" }));
    await user.selectOptions(editor.getByLabelText("Role"), "manager");
    await user.clear(editor.getByLabelText("Caveats"));
    await user.type(editor.getByLabelText("Caveats"), "rel eu, REL NATO");
    await user.click(editor.getByRole("button", { name: "Save" }));
    expect((await screen.findByTestId("users-announcement")).textContent).toBe("ann saved.");
    expect(requests.find((request) => request.method === "PUT")).toMatchObject({
      url: expect.objectContaining({ pathname: "/api/users/ann" }),
      body: { role: "manager", clearance: "RESTRICTED", caveats: ["REL EU", "REL NATO"] },
    });

    answer = json({ type: "/problems/conflict", title: "Conflict", status: 409, detail: "It would leave no enabled admin." }, 409);
    await user.click(screen.getByRole("button", { name: "Edit admin" }));
    const mine = within(screen.getByRole("form", { name: "Edit admin" }));
    await user.selectOptions(mine.getByLabelText("Role"), "analyst");
    await user.click(mine.getByRole("button", { name: "Save" }));
    expect((await screen.findByRole("alert")).textContent).toBe("This would leave no active administrator.");
  });

  it("unlocks an account's sign-in from every address, and says so", async () => {
    const { requests } = stubApi([
      ["GET", "/api/users", () => json({ users: [admin, created] })],
      ["DELETE", "/api/users/ann/lock", () => json({ username: "ann", unlockedAddresses: 2 })],
    ]);
    const { user } = await renderPage();
    await user.click(screen.getByRole("button", { name: "Unlock sign-in ann" }));
    expect((await screen.findByTestId("users-announcement")).textContent).toBe("ann can sign in again from every address (2 cleared).");
    expect(requests.filter((request) => request.method === "DELETE").map((request) => request.url.pathname)).toEqual(["/api/users/ann/lock"]);
  });
});
