/**
 * What every API request of the page shares with the session: the CSRF token to send
 * with POST, PUT and DELETE (kept in memory only, never in storage), and who to tell
 * when an answer says the session is gone (401), the role falls short (403) or the
 * answer carries a security marking. Kept apart from the session store so that
 * `fetchJson` depends on nothing above it.
 */
export interface ApiSessionListeners {
  /** A 401 from any request but the session's own. */
  unauthorized?(url: string): void;
  /** A 403: the role may have changed, or the CSRF token is stale. */
  forbidden?(url: string): void;
  /** A successful JSON answer, with its `marking` member (undefined when it has none). */
  marking?(url: string, marking: unknown): void;
}

export const CSRF_HEADER = "X-CSRF-Token";
const CHANGING_METHODS = new Set(["POST", "PUT", "DELETE", "PATCH"]);

let csrfToken: string | null = null;
let listeners: ApiSessionListeners = {};

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The header a request of this method must carry; none for reads or before sign-in. */
export function csrfHeaders(method: string): Record<string, string> {
  return csrfToken !== null && CHANGING_METHODS.has(method.toUpperCase()) ? { [CSRF_HEADER]: csrfToken } : {};
}

/** Replaces the listeners; returns a function that removes them. */
export function listenToApi(next: ApiSessionListeners): () => void {
  listeners = next;
  return () => {
    if (listeners === next) listeners = {};
  };
}

/** Session routes answer 401 for a wrong password; that is not a lost session. */
const SESSION_PATH = /^\/api\/session(\/|\?|$)/;

/** Called by the request functions with each answer's status and parsed body. */
export function reportAnswer(url: string, status: number, body: unknown): void {
  if (status === 401 && !SESSION_PATH.test(url)) listeners.unauthorized?.(url);
  else if (status === 403 && !SESSION_PATH.test(url)) listeners.forbidden?.(url);
  else if (status >= 200 && status < 300 && typeof body === "object" && body !== null) {
    listeners.marking?.(url, "marking" in body ? body.marking : undefined);
  }
}
