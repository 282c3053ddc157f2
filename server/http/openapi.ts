import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { SESSION_COOKIE } from "../auth/session-cookie.ts";
import type { RouteSpec } from "./route.ts";

const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string(), row: z.number().int().optional() })).optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details." });

/** The two ways to be signed in; every route but the public ones takes either. */
const SESSION = "session";
const ACCESS_TOKEN = "accessToken";
const WRITES = new Set(["post", "put", "patch", "delete"]);

/**
 * The OpenAPI 3.1 document, generated from the routes' zod schemas at start-up. Each
 * operation names what it needs: `security` (none for public routes; a session cookie or
 * an access token otherwise), the least role as `x-required-role`, and 401/403 answers.
 */
export function buildOpenApi(routes: RouteSpec[]): object {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", SESSION, {
    type: "apiKey", in: "cookie", name: SESSION_COOKIE,
    description: "The session cookie POST /api/session sets. With it, every POST, PUT and DELETE also sends X-CSRF-Token: the csrfToken of GET /api/session.",
  });
  registry.registerComponent("securitySchemes", ACCESS_TOKEN, {
    type: "http", scheme: "bearer",
    description: "A personal access token (cnd_…) made with POST /api/tokens, sent as Authorization: Bearer. No CSRF token needed.",
  });
  for (const route of routes) {
    const signedIn = route.role !== "public";
    const access: Record<number, string> = signedIn
      ? { 401: "Not signed in, or the session expired", 403: `Below the ${route.role} role${WRITES.has(route.method) ? ", or a session without its CSRF token" : ""}` }
      : {};
    const problems: Record<number, string> = { 400: "Invalid request", ...access, 500: "Internal error", ...route.problems };
    registry.registerPath({
      method: route.method,
      path: route.path.replace(/:(\w+)/g, "{$1}"),
      summary: route.summary,
      tags: route.tags,
      security: signedIn ? [{ [SESSION]: [] }, { [ACCESS_TOKEN]: [] }] : [],
      "x-required-role": route.role,
      request: {
        ...(route.query ? { query: route.query as never } : {}),
        ...(route.params ? { params: route.params as never } : {}),
        ...(route.body ? { body: { content: { "application/json": { schema: route.body } } } } : {}),
      },
      responses: {
        200: { description: "OK", content: { "application/json": { schema: route.response } } },
        ...Object.fromEntries(
          Object.entries(problems).map(([status, description]) => [
            status,
            { description, content: { "application/problem+json": { schema: problemSchema } } },
          ]),
        ),
      },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Cooperation network dashboard API",
      version: "0.1.0",
      description: "Explore a cooperation network of intelligence services and partners, and where it is thin.",
    },
  });
}
