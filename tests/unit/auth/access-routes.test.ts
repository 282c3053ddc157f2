import { describe, expect, it } from "vitest";
import { auditRoutes } from "../../../server/routes/audit/routes.ts";
import type { AccessControl } from "../../../server/auth/access-control.ts";
import { sessionRoutes } from "../../../server/routes/session/routes.ts";
import { tokenRoutes } from "../../../server/routes/tokens/routes.ts";
import { userRoutes } from "../../../server/routes/users/routes.ts";
import { buildOpenApi } from "../../../server/http/openapi.ts";

// Declaring the routes touches no service; the specs are all that is looked at here.
const deps = {} as AccessControl;
const routes = [...sessionRoutes(deps), ...userRoutes(deps), ...tokenRoutes(deps), ...auditRoutes(deps)];

describe("the access routes", () => {
  it("cover sign-in, users, tokens and the audit trail", () => {
    expect(routes.map((route) => `${route.method.toUpperCase()} ${route.path}`)).toEqual([
      "POST /api/session", "GET /api/session", "DELETE /api/session", "PUT /api/session/password",
      "GET /api/users", "POST /api/users", "PUT /api/users/:username", "DELETE /api/users/:username",
      "DELETE /api/users/:username/lock",
      "GET /api/tokens", "POST /api/tokens", "DELETE /api/tokens/:id",
      "GET /api/audit", "GET /api/audit/export", "GET /api/audit/verify",
    ]);
  });

  it("each declare the role they need, public only for signing in and who-am-I", () => {
    expect(Object.fromEntries(routes.map((route) => [`${route.method.toUpperCase()} ${route.path}`, route.role]))).toEqual({
      "POST /api/session": "public", "GET /api/session": "public", "DELETE /api/session": "analyst",
      "PUT /api/session/password": "analyst",
      "GET /api/users": "admin", "POST /api/users": "admin", "PUT /api/users/:username": "admin", "DELETE /api/users/:username": "admin",
      "DELETE /api/users/:username/lock": "admin",
      "GET /api/tokens": "analyst", "POST /api/tokens": "analyst", "DELETE /api/tokens/:id": "analyst",
      "GET /api/audit": "admin", "GET /api/audit/export": "admin", "GET /api/audit/verify": "admin",
    });
  });

  it("let a user still holding a one-time password sign out and change it, and nothing else", () => {
    const early = routes.filter((route) => route.beforePasswordChange).map((route) => `${route.method.toUpperCase()} ${route.path}`);
    expect(early).toEqual(["DELETE /api/session", "PUT /api/session/password"]);
  });

  it("describe themselves in the OpenAPI document", () => {
    const document = buildOpenApi(routes) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/session", "/api/users/{username}", "/api/users/{username}/lock", "/api/audit/export"]));
    expect(document.paths["/api/users"]).toHaveProperty("post");
  });
});
