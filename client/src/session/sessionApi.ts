import { callEndpoint, endpoints } from "../api/endpoints";
import { useEndpoint } from "../api/useJsonResource";
import type { Session } from "./accessSchemas";

/** The session's endpoints: who is signed in, signing in and out, the password, access tokens. */

/** The session as the dashboard keeps it: the same members whichever endpoint answered. */
function toSession({ user, csrfToken, expiresAt }: { user: Session["user"]; csrfToken: string | null; expiresAt: string | null }): Session {
  const { username, role, clearance, caveats, mustChangePassword } = user;
  return { user: { username, role, clearance, caveats, mustChangePassword }, csrfToken, expiresAt };
}

export async function fetchSession(): Promise<Session> {
  return toSession(await callEndpoint(endpoints.session));
}

export async function signIn(username: string, password: string): Promise<Session> {
  return toSession(await callEndpoint(endpoints.signIn, { body: { username, password } }));
}

export async function changePassword(currentPassword: string, newPassword: string): Promise<Session> {
  return toSession(await callEndpoint(endpoints.changePassword, { body: { currentPassword, newPassword } }));
}

export function signOut() {
  return callEndpoint(endpoints.signOut);
}

/** How one may sign in: a password, and single sign-on when configured. */
export function useSignInOptions() {
  return useEndpoint(endpoints.signInOptions, {});
}

export function useAccessTokens() {
  return useEndpoint(endpoints.tokens, {});
}

export function createAccessToken(token: { name: string; expiresInDays?: number }) {
  return callEndpoint(endpoints.createToken, { body: token });
}

export function revokeAccessToken(id: string) {
  return callEndpoint(endpoints.revokeToken, { params: { id } });
}
