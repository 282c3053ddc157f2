import { z } from "zod";
import { edgeElementSchema, entityId, nodeElementSchema } from "../../graph/elements.ts";
import { findShortestPaths } from "../../graph/shortest-paths.ts";
import { defineRoute, languageParam, type RouteSpec } from "../../http/route.ts";
import type { RouteContext } from "../context.ts";
import { limitParam, typesParam } from "../params.ts";

export function pathRoutes({ db, model }: RouteContext): RouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/paths",
      summary: "All shortest paths (up to 12 hops, either direction) between two entities, as elements.",
      tags: ["explore"],
      query: z.object({
        from: entityId.describe("Id of the first entity."),
        to: entityId.describe("Id of the second entity."),
        types: typesParam(model),
        limit: limitParam(10, 100),
        lang: languageParam,
      }),
      response: z.object({
        nodes: z.array(nodeElementSchema),
        edges: z.array(edgeElementSchema),
        paths: z.array(z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) })),
        length: z.number().int().nullable(),
      }).meta({ id: "ShortestPaths" }),
      problems: { 404: "from or to names no entity", 503: "Neo4j is unreachable" },
      handle: ({ query }) =>
        findShortestPaths(db, model, {
          from: query.from, to: query.to, types: query.types, limit: query.limit, language: query.lang,
        }),
    }),
  ];
}
