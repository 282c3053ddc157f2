import { z } from "zod";
import { accessTokensSchema, newAccessTokenSchema, revokedSchema } from "../../../contract/access.ts";
import { auditContext } from "../../audit/request-audit.ts";
import type { AccessControl } from "../../auth/access-control.ts";
import { forbidden, notFound } from "../../errors.ts";
import { defineRoute, type RouteSpec } from "../../http/route.ts";

/** Personal access tokens of the signed-in user: /api/tokens. */
export function tokenRoutes(deps: AccessControl): RouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/tokens",
      role: "analyst",
      summary: "Your personal access tokens (never the tokens themselves). (requiredRole: analyst)",
      tags: ["access"],
      response: accessTokensSchema,
      handle: async (_input, { req }) => {
        const user = req.user!;
        return { tokens: await deps.tokens.list(user.username) };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/tokens",
      role: "analyst",
      summary: "Creates a personal access token for scripts and the CLI (Authorization: Bearer …); the token is shown this once. Only from a browser session. (requiredRole: analyst)",
      tags: ["access"],
      body: z.object({
        name: z.string().trim().min(1).max(100).describe("What the token is for, such as \"nightly export\"."),
        expiresInDays: z.number().int().min(1).max(3650).optional().describe("Absent: until revoked."),
      }),
      response: newAccessTokenSchema,
      problems: { 403: "Signed in with a token, not a session" },
      handle: async ({ body }, { req }) => {
        const user = req.user!;
        // A token that could mint tokens would outlive its own revocation.
        if (user.via !== "session") throw forbidden("Create access tokens from a signed-in browser session.");
        const sessionId = req.auth?.via === "session" ? req.auth.sessionId : undefined;
        return deps.tokens.create(user.username, { ...body, sessionId }, auditContext(req));
      },
    }),
    defineRoute({
      method: "delete",
      path: "/api/tokens/:id",
      role: "analyst",
      summary: "Revokes one of your personal access tokens. (requiredRole: analyst)",
      tags: ["access"],
      params: z.object({ id: z.string().uuid() }),
      response: revokedSchema,
      problems: { 404: "You have no token with that id" },
      handle: async ({ params }, { req }) => {
        const user = req.user!;
        if (!(await deps.tokens.revoke(user.username, params.id, auditContext(req)))) {
          throw notFound(`You have no access token ${params.id}.`);
        }
        return { revoked: params.id };
      },
    }),
  ];
}
