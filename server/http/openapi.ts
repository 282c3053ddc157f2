import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
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

/** The OpenAPI 3.1 document, generated from the routes' zod schemas at start-up. */
export function buildOpenApi(routes: RouteSpec[]): object {
  const registry = new OpenAPIRegistry();
  for (const route of routes) {
    const problems: Record<number, string> = { 400: "Invalid request", 500: "Internal error", ...route.problems };
    registry.registerPath({
      method: route.method,
      path: route.path.replace(/:(\w+)/g, "{$1}"),
      summary: route.summary,
      tags: route.tags,
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
