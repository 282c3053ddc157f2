import type { Request, RequestHandler } from "express";
import { AppError, databaseUnavailable, forbidden, unauthorized } from "../errors.ts";
import type { AccessTokenStore } from "./access-tokens.ts";
import { hasRole, type Role } from "../../contract/roles.ts";
import { sameSecret, tokenHash } from "./secrets.ts";
import { readSessionCookie } from "./session-cookie.ts";
import type { SessionStore } from "./session-store.ts";
import type { AuthenticatedUser } from "./user.ts";

/** How a request was authenticated, or why it was not. */
export type RequestAuth =
  | { via: "session"; sessionId: string; csrfToken: string; csrfTokenHash: string; expiresAt: string }
  | { via: "token"; tokenId: string }
  | { via: "none"; problem?: "expired" | "invalid" | "unavailable" };

declare global {
  // Express declares its request type in this namespace; merging into it is how a
  // middleware's additions reach every handler's `req`.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Who is asking; undefined when nobody is signed in. Set by `authenticate`. */
      user?: AuthenticatedUser;
      auth?: RequestAuth;
    }
  }
}

export const CSRF_HEADER = "x-csrf-token";

/**
 * Reads the credentials of a request: `Authorization: Bearer cnd_…` (a personal access
 * token) or else the session cookie. Sets `req.user` and `req.auth`; a missing, unknown or
 * expired credential leaves `req.user` undefined (routes that need a user answer 401).
 * A bearer header wins over a cookie, so that a script's request is never taken as the
 * browser's.
 */
export function authenticate(options: { sessions: SessionStore; tokens: AccessTokenStore }): RequestHandler {
  const resolve = readCredentials(options);
  return async (req, _res, next) => {
    req.user = undefined;
    req.auth = { via: "none" };
    try {
      await resolve(req);
    } catch (error) {
      // While Neo4j is away nobody can be recognised: public routes (liveness) still answer,
      // the others answer 503 rather than 401, which would send people to sign in again.
      if (!(error instanceof AppError && error.status === 503)) return next(error);
      req.user = undefined;
      req.auth = { via: "none", problem: "unavailable" };
    }
    next();
  };
}

function readCredentials(options: { sessions: SessionStore; tokens: AccessTokenStore }): (req: Request) => Promise<void> {
  return async (req) => {
    const header = req.headers.authorization;
    if (header !== undefined) {
      const bearer = /^Bearer +(\S+) *$/i.exec(header)?.[1];
      const result = bearer ? await options.tokens.resolve(bearer) : { status: "unknown" as const };
      if (result.status === "valid") {
        req.user = result.user;
        req.auth = { via: "token", tokenId: result.tokenId };
      } else {
        req.auth = { via: "none", problem: result.status === "expired" ? "expired" : "invalid" };
      }
      return;
    }
    const token = readSessionCookie(req);
    if (token !== undefined) {
      const result = await options.sessions.resolve(token);
      if (result.status === "valid") {
        req.user = result.session.user;
        req.auth = {
          via: "session", sessionId: result.session.id, csrfToken: result.session.csrfToken,
          csrfTokenHash: result.session.csrfTokenHash, expiresAt: result.session.expiresAt,
        };
      } else {
        req.auth = { via: "none", problem: result.status === "expired" ? "expired" : "invalid" };
      }
    }
  };
}

/**
 * Deny by default: the 401 when nobody is signed in, a 403 when the user's role is below
 * `role` or while the user must still change a one-time password; null when allowed.
 */
export function roleProblem(req: Request, role: Role, options: RoleOptions = {}): AppError | null {
  if (!req.user) return notSignedIn(req.auth);
  if (req.user.mustChangePassword && !options.beforePasswordChange) {
    return forbidden("Change your password first (PUT /api/session/password).");
  }
  if (!hasRole(req.user, role)) return forbidden(`This needs the ${role} role; yours is ${req.user.role}.`);
  return null;
}

export interface RoleOptions {
  /** Also allowed while the user must still change a one-time password (signing out, the change itself). */
  beforePasswordChange?: boolean;
}

/** Middleware: `roleProblem` as a 401 or 403 problem, or on to the route. */
export function requireRole(role: Role, options: RoleOptions = {}): RequestHandler {
  return (req, _res, next) => next(roleProblem(req, role, options) ?? undefined);
}

/** The 401 for a request without a usable credential, saying why. */
export function notSignedIn(auth: RequestAuth | undefined): AppError {
  if (auth?.via === "none" && auth.problem === "unavailable") return databaseUnavailable();
  if (auth?.via === "none" && auth.problem === "expired") return unauthorized("Your session or token has expired; sign in again.");
  if (auth?.via === "none" && auth.problem === "invalid") return unauthorized("The session or token is not valid; sign in again.");
  return unauthorized();
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface CsrfOptions {
  /** Requests that need no CSRF token. Default: signing in (POST /api/session). */
  exempt?: { method: string; path: string }[];
}

/**
 * CSRF protection for cookie sessions: a request that changes something and is
 * authenticated by the session cookie must carry the session's CSRF token in the
 * `X-CSRF-Token` header (403 otherwise), which is checked against the hash the session
 * keeps. Bearer-token requests are exempt: a browser
 * never attaches that header on its own. Runs after `authenticate`.
 */
export function csrfProtection(options: CsrfOptions = {}): RequestHandler {
  const exempt = options.exempt ?? [{ method: "POST", path: "/api/session" }];
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method) || req.auth?.via !== "session") return next();
    const path = req.baseUrl + req.path;
    if (exempt.some((rule) => rule.method === req.method && rule.path === path)) return next();
    const given = req.headers[CSRF_HEADER];
    // Checked against the stored hash, in constant time: the store never holds the token.
    if (typeof given !== "string" || !sameSecret(tokenHash(given), req.auth.csrfTokenHash)) {
      return next(forbidden("Missing or wrong X-CSRF-Token header; GET /api/session gives the token of your session."));
    }
    next();
  };
}
