import type { Request, Response } from "express";
import { z } from "zod";
import { signInOptionsSchema } from "../../../contract/access.ts";
import type { AccessControl } from "../../auth/access-control.ts";
import { OidcSignInFailure, type OidcRelyingParty } from "../../auth/oidc/client.ts";
import { finishOidcSignIn } from "../../auth/oidc/sign-in.ts";
import { OidcTransactionCookie, ReturnTo } from "../../auth/oidc/transaction.ts";
import { readSessionCookie, setSessionCookie } from "../../auth/session-cookie.ts";
import { OIDC_CALLBACK_PATH } from "../../env.ts";
import { AppError, notFound } from "../../errors.ts";
import { defineRoute, type RouteSpec } from "../../http/route.ts";

/** The browser's single sign-on: the relying party and where it keeps a sign-in in progress. */
export interface OidcSignOn {
  rp: OidcRelyingParty;
  transactions: OidcTransactionCookie;
}

const callbackQuery = z.object({
  code: z.string().min(1).max(4096).optional(),
  state: z.string().min(1).max(512).optional(),
  iss: z.string().min(1).max(2048).optional(),
  session_state: z.string().min(1).max(2048).optional(),
  error: z.string().min(1).max(256).optional(),
  error_description: z.string().max(2048).optional(),
});

const redirectOnly = z.null().describe("Never sent: the answer is a 302 redirect.");

const notConfigured = () => notFound("Single sign-on is not configured on this server (OIDC_ISSUER is unset).");

/**
 * What the sign-in page offers, and single sign-on through the organisation's OpenID
 * Connect provider: GET /api/session/oidc sends the browser there, the provider sends it
 * back to /api/session/oidc/callback, which opens a session like a password sign-in and
 * sends the browser to the dashboard, or to `/?signIn=<code>` saying why not. Without
 * OIDC_ISSUER both answer 404.
 */
export function oidcRoutes(access: AccessControl, oidc: OidcSignOn | null): RouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/session/options",
      role: "public",
      summary: "How one may sign in: always with a password, and with single sign-on when it is configured. (requiredRole: none)",
      tags: ["access"],
      response: signInOptionsSchema,
      handle: () => ({ password: true, oidc: oidc ? { label: oidc.rp.settings.label } : null }),
    }),
    defineRoute({
      method: "get",
      path: "/api/session/oidc",
      role: "public",
      summary: "Starts a single sign-on: 302 to the provider's login, with state, nonce and PKCE kept in a short-lived cookie. A browser is sent to /?signIn=unavailable when the provider cannot be reached; other clients get 503. (requiredRole: none)",
      tags: ["access"],
      response: redirectOnly,
      query: z.object({
        returnTo: ReturnTo.optional().describe("The dashboard page to land on once signed in (a path with its query); default /."),
      }),
      problems: { 404: "Single sign-on is not configured", 503: "The identity provider cannot be reached" },
      handle: async ({ query }, { req, res }) => {
        if (!oidc) throw notConfigured();
        try {
          const { url, transaction } = await oidc.rp.authorizationRequest();
          oidc.transactions.set(req, res, { ...transaction, ...(query.returnTo ? { returnTo: query.returnTo } : {}) });
          res.redirect(302, url.href);
        } catch (error) {
          if (error instanceof AppError && error.status === 503 && wantsPage(req)) {
            req.log?.warn({ err: error }, "single sign-on: the identity provider is unavailable");
            return backToSignIn(res, "unavailable");
          }
          throw error;
        }
      },
    }),
    defineRoute({
      method: "get",
      path: OIDC_CALLBACK_PATH,
      role: "public",
      summary: "Finishes a single sign-on: checks the provider's answer and the ID token, opens a session for the local account the username claim names, then 302 to the page the sign-on started from (returnTo, default /); on a refusal, 302 to /?signIn=<code> (state, denied, unavailable, failed, claim, unknown, disabled, throttled). (requiredRole: none)",
      tags: ["access"],
      query: callbackQuery,
      response: redirectOnly,
      problems: { 404: "Single sign-on is not configured" },
      handle: async ({ query }, { req, res }) => {
        if (!oidc) throw notConfigured();
        const transaction = oidc.transactions.read(req);
        oidc.transactions.clear(req, res);
        try {
          const { session } = await finishOidcSignIn({ ...access, rp: oidc.rp }, {
            parameters: query, transaction, ip: req.ip ?? "unknown", userAgent: req.get("user-agent") ?? null,
          });
          const previous = readSessionCookie(req);
          if (previous !== undefined) await access.sessions.destroy(previous);
          setSessionCookie(req, res, session.token);
          res.redirect(302, transaction?.returnTo ?? "/");
        } catch (error) {
          if (!(error instanceof OidcSignInFailure)) throw error;
          req.log?.info({ code: error.code, reason: error.reason }, "single sign-on refused");
          backToSignIn(res, error.code);
        }
      },
    }),
  ];
}

/** A browser's navigation (it prefers a page), rather than a script (it takes JSON). */
function wantsPage(req: Request): boolean {
  return req.accepts(["json", "html"]) === "html";
}

function backToSignIn(res: Response, code: OidcSignInFailure["code"]): void {
  res.redirect(302, `/?signIn=${code}`);
}
