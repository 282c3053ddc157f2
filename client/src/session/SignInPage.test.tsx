// @vitest-environment jsdom
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { fetchJson } from "../api/fetchJson";
import { setupI18n } from "../i18n/i18n";
import { json, stubApi } from "../testing/fakeApi";
import { currentSessionAnswer, sessionOf, resetSession, signedInAnswer } from "./testing/sessionFixtures";
import { SessionGate } from "./SessionGate";

beforeAll(() => setupI18n("en"));
beforeEach(resetSession);
afterEach(() => vi.unstubAllGlobals());

const notSignedIn = () => json({ type: "/problems/unauthorized", title: "Unauthorized", status: 401, detail: "Sign in first." }, 401);

function renderGate() {
  render(<SessionGate><p data-testid="dashboard">dashboard</p></SessionGate>);
  return userEvent.setup();
}

async function signIn(user: ReturnType<typeof userEvent.setup>, username: string, password: string) {
  await user.type(await screen.findByLabelText("Username"), username);
  await user.type(screen.getByLabelText("Password"), password);
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}

describe("the sign-in page", () => {
  it("shows the dashboard at once when a session is open", async () => {
    stubApi([["GET", "/api/session", () => json(currentSessionAnswer(sessionOf("analyst")))]]);
    renderGate();
    expect(await screen.findByTestId("dashboard")).toBeTruthy();
  });

  it("asks for both fields before sending anything", async () => {
    const { requests } = stubApi([["GET", "/api/session", notSignedIn]]);
    const user = renderGate();
    await user.click(await screen.findByRole("button", { name: "Sign in" }));
    expect(screen.getByRole("alert").textContent).toBe("Enter your username and password.");
    expect(requests.filter((request) => request.method === "POST")).toEqual([]);
  });

  it("says the credentials are wrong on a 401, empties the password and keeps the username", async () => {
    stubApi([
      ["GET", "/api/session", notSignedIn],
      ["POST", "/api/session", () => json({ type: "/problems/unauthorized", title: "Unauthorized", status: 401, detail: "Wrong username or password." }, 401)],
    ]);
    const user = renderGate();
    await signIn(user, "ann", "not her password");
    expect((await screen.findByRole("alert")).textContent).toBe("Wrong username or password.");
    expect((screen.getByLabelText("Password") as HTMLInputElement).value).toBe("");
    expect((screen.getByLabelText("Username") as HTMLInputElement).value).toBe("ann");
    expect(screen.queryByTestId("dashboard")).toBeNull();
  });

  it("says how long to wait after too many attempts, from Retry-After", async () => {
    stubApi([
      ["GET", "/api/session", notSignedIn],
      ["POST", "/api/session", () => new Response(
        JSON.stringify({ type: "/problems/too-many-requests", title: "Too many requests", status: 429, detail: "Too many failed sign-ins; retry in 42 s." }),
        { status: 429, headers: { "content-type": "application/problem+json", "retry-after": "42" } },
      )],
    ]);
    const user = renderGate();
    await signIn(user, "ann", "whatever password");
    expect((await screen.findByRole("alert")).textContent).toBe("Too many attempts; try again in 42 s.");
  });

  it("signs in, then sends the session's CSRF token with every change but not with reads", async () => {
    const { requests } = stubApi([
      ["GET", "/api/session", notSignedIn],
      ["POST", "/api/session", () => json(signedInAnswer(sessionOf("manager")))],
      ["POST", "/api/views", () => json({ ok: true })],
      ["GET", "/api/graph", () => json({ ok: true })],
    ]);
    const user = renderGate();
    await signIn(user, "manager-user", "a long enough password");
    await screen.findByTestId("dashboard");
    expect(requests.find((request) => request.method === "POST")?.body).toEqual({ username: "manager-user", password: "a long enough password" });

    const fetchMock = vi.mocked(fetch);
    await fetchJson("/api/views", { schema: z.unknown(), body: { name: "x" } });
    await fetchJson("/api/graph", { schema: z.unknown() });
    const headersOf = (index: number) => new Headers(fetchMock.mock.calls.at(index)?.[1]?.headers);
    expect(headersOf(-2).get("X-CSRF-Token")).toBe("csrf-123");
    expect(headersOf(-1).get("X-CSRF-Token")).toBeNull();
  });

  it("returns to the sign-in page on any 401, saying the session ended, and leaves the URL alone", async () => {
    window.history.replaceState(null, "", "/?lang=en&sel=vsse&panel=queries");
    stubApi([
      ["GET", "/api/session", () => json(currentSessionAnswer(sessionOf("analyst")))],
      ["GET", "/api/graph", () => json({ type: "/problems/unauthorized", title: "Unauthorized", status: 401, detail: "Your session has expired." }, 401)],
    ]);
    renderGate();
    await screen.findByTestId("dashboard");
    await fetchJson("/api/graph", { schema: z.unknown() }).catch(() => undefined);
    expect((await screen.findByTestId("sign-in-notice")).textContent).toBe("Your session ended; sign in again.");
    expect(screen.queryByTestId("dashboard")).toBeNull();
    expect(window.location.search).toBe("?lang=en&sel=vsse&panel=queries");
  });

  it("asks for a new password before the dashboard when the password was set by an admin", async () => {
    stubApi([["GET", "/api/session", () => json(currentSessionAnswer(sessionOf("analyst", { mustChangePassword: true })))]]);
    renderGate();
    await waitFor(() => expect(screen.getByRole("heading", { name: "Choose a new password" })).toBeTruthy());
    expect(screen.queryByTestId("dashboard")).toBeNull();
  });
});
