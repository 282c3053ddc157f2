import { z } from "zod";
import { currentSessionSchema, signedInSchema, signedOutSchema } from "../../../contract/access.ts";
import { recordNow } from "../../audit/audit-log.ts";
import { auditContext } from "../../audit/request-audit.ts";
import type { AccessControl } from "../../auth/access-control.ts";
import { notSignedIn } from "../../auth/authenticate.ts";
import { newPasswordSchema } from "../../auth/passwords.ts";
import { clearSessionCookie, readSessionCookie, setSessionCookie } from "../../auth/session-cookie.ts";
import { signIn } from "../../auth/sign-in.ts";
import { forbidden, invalidRequest, TooManyRequestsError, unauthorized } from "../../errors.ts";
import { defineRoute, type RouteSpec } from "../../http/route.ts";


/** POST, GET and DELETE /api/session (sign in, who am I, sign out) and a password change. */
export function sessionRoutes(deps: AccessControl): RouteSpec[] {
  return [
    defineRoute({
      method: "post",
      path: "/api/session",
      role: "public",
      rateLimit: "signIn",
      summary: "Signs in with a username and password; sets the session cookie. (requiredRole: none)",
      tags: ["access"],
      body: z.object({
        username: z.string().min(1).max(200),
        password: z.string().min(1).max(1024),
      }),
      response: signedInSchema,
      problems: { 401: "Wrong username or password", 429: "Too many failed sign-ins; see Retry-After" },
      handle: async ({ body }, { req, res }) => {
        const previous = readSessionCookie(req);
        // A 429 gets its Retry-After from the problem handler.
        const { user, session } = await signIn(deps, {
          username: body.username, password: body.password, ip: req.ip ?? "unknown", userAgent: req.get("user-agent") ?? null,
        });
        // A new session every sign-in: whatever token the browser held before is void.
        if (previous !== undefined) await deps.sessions.destroy(previous);
        setSessionCookie(req, res, session.token);
        return { user, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/session",
      role: "public",
      summary: "Who is signed in, and the session's CSRF token. (requiredRole: none; 401 when nobody)",
      tags: ["access"],
      response: currentSessionSchema,
      problems: { 401: "Nobody is signed in, or the session expired" },
      handle: (_input, { req }) => {
        if (!req.user) throw notSignedIn(req.auth);
        const session = req.auth?.via === "session" ? req.auth : null;
        return { user: req.user, csrfToken: session?.csrfToken ?? null, expiresAt: session?.expiresAt ?? null };
      },
    }),
    defineRoute({
      method: "delete",
      path: "/api/session",
      role: "analyst",
      beforePasswordChange: true,
      summary: "Signs out: ends the session and clears its cookie. (requiredRole: analyst, also before a one-time password is changed)",
      tags: ["access"],
      response: signedOutSchema,
      handle: async (_input, { req, res }) => {
        const token = readSessionCookie(req);
        const signedOut = token !== undefined && req.auth?.via !== "token"
          ? await deps.sessions.destroy(token, auditContext(req))
          : false;
        clearSessionCookie(req, res);
        return { signedOut };
      },
    }),
    defineRoute({
      method: "put",
      path: "/api/session/password",
      role: "analyst",
      beforePasswordChange: true,
      summary: "Changes the signed-in user's own password (also a one-time one); ends the user's other sessions, revokes their access tokens, and opens a new session. (requiredRole: analyst, by session)",
      tags: ["access"],
      body: z.object({ currentPassword: z.string().min(1).max(1024), newPassword: newPasswordSchema }),
      response: signedInSchema,
      problems: { 401: "Not signed in, or the current password is wrong", 403: "Not signed in with a session", 429: "Too many failed attempts" },
      handle: async ({ body }, { req, res }) => {
        if (req.auth?.via !== "session") throw forbidden("Change a password from a signed-in browser session, not with an access token.");
        const username = req.user!.username;
        const attempt = { username, ip: req.ip ?? "unknown" };
        const verdict = await deps.throttle.check(attempt);
        if (!verdict.allowed) {
          throw new TooManyRequestsError(verdict.retryAfterSeconds, `Too many failed attempts; retry in ${verdict.retryAfterSeconds} s.`);
        }
        if (!(await deps.users.verifyCredentials(username, body.currentPassword))) {
          await deps.throttle.recordFailure(attempt);
          await recordNow(deps.db, {
            actor: username, action: "user.update", target: username, outcome: "failure",
            details: { ip: attempt.ip, reason: "wrong current password" },
          });
          throw unauthorized("The current password is wrong.");
        }
        await deps.throttle.recordSuccess(attempt);
        if (body.newPassword === body.currentPassword) {
          throw invalidRequest("The new password must differ from the current one.", [{ path: "newPassword", message: "same as the current password" }]);
        }
        await deps.users.update(username, { password: body.newPassword, mustChangePassword: false }, auditContext(req));
        const session = await deps.sessions.create(username, { ip: req.ip ?? null, userAgent: req.get("user-agent") ?? null });
        setSessionCookie(req, res, session.token);
        const user = await deps.users.get(username);
        return { user, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
      },
    }),
  ];
}
