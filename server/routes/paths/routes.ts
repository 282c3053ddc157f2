import { z } from "zod";
import { viewerOf } from "../../access/viewer.ts";
import { entityId } from "../../../contract/elements.ts";
import { shortestPathsSchema } from "../../../contract/explore.ts";
import { findKShortestPaths, findShortestPaths } from "../../graph/shortest-paths.ts";
import { defineRoute, languageParam, type RouteSpec } from "../../http/route.ts";
import type { RouteContext } from "../context.ts";
import { limitParam, typesParam } from "../params.ts";

export function pathRoutes({ db, model, analytics }: RouteContext): RouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/paths",
      role: "analyst",
      summary: "All shortest paths (up to 12 hops, either direction) between two entities, or with `k` the k shortest simple paths, as elements; `connected` and `hopLimit` say whether a hop limit hid a longer path, `truncated` whether `limit` cut the list.",
      tags: ["explore"],
      query: z.object({
        from: entityId.describe("Id of the first entity."),
        to: entityId.describe("Id of the second entity."),
        types: typesParam(model),
        limit: limitParam(10, 100),
        k: z.coerce.number().int().min(1).max(20).optional()
          .describe("Instead of all shortest paths: the k shortest simple paths (Yen), shortest first."),
        maxHops: z.coerce.number().int().min(1).max(50).optional().describe("With k: ignore paths longer than this."),
        lang: languageParam,
      }),
      response: shortestPathsSchema,
      problems: { 404: "from or to names no entity", 503: "Neo4j is unreachable" },
      markedRead: ({ query }) => `paths ${query.from} to ${query.to}`,
      handle: async ({ query }, { req }) => {
        const reader = db.forViewer(viewerOf(req));
        const found = query.k === undefined
          ? await findShortestPaths(reader, model, analytics, {
            from: query.from, to: query.to, types: query.types, limit: query.limit, language: query.lang,
          })
          : await findKShortestPaths(reader, model, analytics, {
            from: query.from, to: query.to, k: query.k, maxHops: query.maxHops, types: query.types, language: query.lang,
          });
        return found;
      },
    }),
  ];
}
