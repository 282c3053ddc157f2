import { create } from "zustand";
import { ApiProblem } from "../api/ApiProblem";
import { listenToApi, setCsrfToken } from "../api/apiSession";
import { toProblem } from "../api/fetchJson";
import { useViewStore } from "../view/viewStore";
import type { Session } from "./accessSchemas";
import * as sessionApi from "./sessionApi";
import { useMarkingStore } from "./markingStore";

/**
 * Who is signed in. The page starts `checking` (GET /api/session); nobody signed in
 * shows the sign-in page, a one-time password the change-password form, else the
 * dashboard. Any 401 of the API ends the session on the client too (`signedOut` with
 * reason `expired`); the URL, and so the view, stays as it was.
 */
export type SessionState =
  | { type: "checking" }
  | { type: "unreachable"; problem: ApiProblem }
  | { type: "signedOut"; reason: "none" | "expired" | "signedOut" }
  | { type: "signedIn"; session: Session };

interface SessionStore {
  state: SessionState;
  check(): Promise<void>;
  /** Resolves when signed in; rejects with the API's problem (401 wrong credentials, 429 throttled). */
  signIn(username: string, password: string): Promise<void>;
  changePassword(currentPassword: string, newPassword: string): Promise<void>;
  signOut(): Promise<void>;
  /** A 401 elsewhere: the server no longer knows this session. */
  expire(): void;
}

function signedIn(session: Session): SessionState {
  setCsrfToken(session.csrfToken);
  return { type: "signedIn", session };
}

function signedOut(reason: "none" | "expired" | "signedOut"): SessionState {
  setCsrfToken(null);
  useMarkingStore.getState().clear();
  return { type: "signedOut", reason };
}

export const useSessionStore = create<SessionStore>()((set, get) => ({
  state: { type: "checking" },
  check: async () => {
    try {
      set({ state: signedIn(await sessionApi.fetchSession()) });
    } catch (error) {
      const problem = toProblem(error);
      if (problem.status === 401) set({ state: signedOut(get().state.type === "signedIn" ? "expired" : "none") });
      else if (get().state.type !== "signedIn") set({ state: { type: "unreachable", problem } });
    }
  },
  signIn: async (username, password) => {
    const session = await sessionApi.signIn(username, password);
    set({ state: signedIn(session) });
  },
  changePassword: async (currentPassword, newPassword) => {
    const session = await sessionApi.changePassword(currentPassword, newPassword);
    set({ state: signedIn(session) });
  },
  signOut: async () => {
    try {
      await sessionApi.signOut();
    } finally {
      set({ state: signedOut("signedOut") });
    }
  },
  expire: () => {
    if (get().state.type === "signedIn") set({ state: signedOut("expired") });
  },
}));

/** The signed-in user, or undefined. */
export function useSignedInUser() {
  return useSessionStore((store) => (store.state.type === "signedIn" ? store.state.session.user : undefined));
}

let refreshing: Promise<void> | null = null;

/**
 * Connects the API's reports to the stores: a 401 signs out, a 403 re-reads the session
 * (the role or the CSRF token may have changed), a marking goes to the banner.
 */
export function connectSessionToApi(): () => void {
  return listenToApi({
    unauthorized: () => useSessionStore.getState().expire(),
    forbidden: () => {
      refreshing ??= useSessionStore.getState().check().finally(() => {
        refreshing = null;
      });
    },
    marking: (url, marking) => useMarkingStore.getState().record(url, marking, useViewStore.getState().page),
  });
}
