import { setCsrfToken } from "../../api/apiSession";
import type { Session } from "../accessSchemas";
import type { Role } from "../../../../contract/roles.ts";
import { useMarkingStore } from "../markingStore";
import { useSessionStore } from "../sessionStore";

/** A signed-in session for component tests, with a known CSRF token. */
export function sessionOf(role: Role, patch: Partial<Session["user"]> = {}): Session {
  return {
    user: { username: `${role}-user`, role, clearance: "SECRET", caveats: ["REL NATO"], mustChangePassword: false, ...patch },
    csrfToken: "csrf-123",
    expiresAt: "2030-01-01T00:00:00.000Z",
  };
}

/** The session as `GET /api/session` answers it (contract/access.ts: currentSessionSchema). */
export function currentSessionAnswer(session: Session) {
  return { ...session, user: { ...session.user, via: "session" as const } };
}

/** The session as `POST /api/session` and `PUT /api/session/password` answer it (signedInSchema). */
export function signedInAnswer(session: Session) {
  const at = "2025-01-01T00:00:00.000Z";
  return { ...session, user: { ...session.user, disabled: false, createdAt: at, updatedAt: at } };
}

export function signInAs(role: Role, patch: Partial<Session["user"]> = {}): Session {
  const session = sessionOf(role, patch);
  setCsrfToken(session.csrfToken);
  useSessionStore.setState({ state: { type: "signedIn", session } });
  return session;
}

export function resetSession(): void {
  setCsrfToken(null);
  useSessionStore.setState({ state: { type: "checking" } });
  useMarkingStore.getState().clear();
}
