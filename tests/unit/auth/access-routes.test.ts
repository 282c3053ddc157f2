import { describe, expect, it } from "vitest";
import { auditRoutes } from "../../../server/audit/audit-routes.ts";
import type { AccessControl } from "../../../server/auth/access-control.ts";
import { sessionRoutes } from "../../../server/auth/session-routes.ts";
import { tokenRoutes } from "../../../server/auth/token-routes.ts";
import { userRoutes } from "../../../server/auth/user-routes.ts";
import { buildOpenApi } from "../../../server/http/openapi.ts";

// Declaring the routes touches no service; the specs are all that is looked at here.
const deps = {} as AccessControl;
const routes = [...sessionRoutes(deps), ...userRoutes(deps), ...tokenRoutes(deps), ...auditRoutes(deps)];

describe("the access routes", () => {
  it("cover sign-in, users, tokens and the audit trail", () => {
    expect(routes.map((route) => `${route.method.toUpperCase()} ${route.path}`)).toEqual([
      "POST /api/session", "GET /api/session", "DELETE /api/session", "PUT /api/session/password",
      "GET /api/users", "POST /api/users", "PUT /api/users/:username", "DELETE /api/users/:username",
      "GET /api/tokens", "POST /api/tokens", "DELETE /api/tokens/:id",
      "GET /api/audit", "GET /api/audit/export",
    ]);
  });

  it("each name the role they need in their summary", () => {
    for (const route of routes) expect(route.summary, route.path).toMatch(/requiredRole: (none|analyst|admin)/);
  });

  it("describe themselves in the OpenAPI document", () => {
    const document = buildOpenApi(routes) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/session", "/api/users/{username}", "/api/audit/export"]));
    expect(document.paths["/api/users"]).toHaveProperty("post");
  });
});
