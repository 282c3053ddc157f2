// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { setupI18n } from "../i18n/i18n";
import { json, stubApi } from "../testing/fakeApi";
import { useSessionStore } from "./sessionStore";
import { resetSession, sessionOf, signedInAnswer, signInAs } from "./testing/sessionFixtures";
import { ChangePasswordPage } from "./ChangePasswordPage";

beforeAll(() => setupI18n("en"));
beforeEach(() => {
  resetSession();
  signInAs("analyst", { mustChangePassword: true });
});
afterEach(() => vi.unstubAllGlobals());

async function fill(current: string, next: string, again = next) {
  const user = userEvent.setup();
  render(<ChangePasswordPage />);
  if (current) await user.type(screen.getByLabelText("Current password"), current);
  if (next) await user.type(screen.getByLabelText("New password"), next);
  if (again) await user.type(screen.getByLabelText("New password again"), again);
  await user.click(screen.getByRole("button", { name: "Change password" }));
}

describe("the change-password form", () => {
  it("refuses a new password under 12 characters, next to the field, and sends nothing", async () => {
    const { requests } = stubApi([]);
    await fill("one-time-password", "short one");
    expect(screen.getByTestId("password-new-error").textContent).toBe("Use at least 12 characters.");
    expect(screen.getByLabelText("New password").getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(screen.getByLabelText("New password"));
    expect(requests).toEqual([]);
  });

  it("refuses two different new passwords", async () => {
    stubApi([]);
    await fill("one-time-password", "a long new passphrase", "a long new passphrasf");
    expect(screen.getByTestId("password-confirm-error").textContent).toBe("The two new passwords differ.");
  });

  it("says the current password is wrong on the server's 401", async () => {
    stubApi([["PUT", "/api/session/password", () => json({ type: "/problems/unauthorized", title: "Unauthorized", status: 401, detail: "The current password is wrong." }, 401)]]);
    await fill("not the one", "a long new passphrase");
    expect((await screen.findByTestId("password-current-error")).textContent).toBe("The current password is wrong.");
    expect(useSessionStore.getState().state.type).toBe("signedIn");
  });

  it("sends current and new password with the CSRF token, then lets the user in", async () => {
    const { requests, fetchMock } = stubApi([["PUT", "/api/session/password", () => json({ ...signedInAnswer(sessionOf("analyst")), csrfToken: "csrf-new" })]]);
    await fill("one-time-password", "a long new passphrase");
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]!.body).toEqual({ currentPassword: "one-time-password", newPassword: "a long new passphrase" });
    expect(new Headers(fetchMock.mock.calls[0]![1]?.headers).get("X-CSRF-Token")).toBe("csrf-123");
    await vi.waitFor(() => {
      const state = useSessionStore.getState().state;
      expect(state.type === "signedIn" && state.session.user.mustChangePassword).toBe(false);
    });
  });
});
