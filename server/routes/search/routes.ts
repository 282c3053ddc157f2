import { z } from "zod";
import { viewerOf } from "../../access/viewer.ts";
import { searchResultsSchema } from "../../../contract/explore.ts";
import { markingOf } from "../../access/answer-marking.ts";
import { searchEntities } from "../../graph/search.ts";
import { defineRoute, languageParam, type RouteSpec } from "../../http/route.ts";
import type { RouteContext } from "../context.ts";
import { limitParam } from "../params.ts";

export function searchRoutes({ db, model }: RouteContext): RouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/search",
      role: "analyst",
      summary: "Ranked matches over names in every language and acronyms, accent- and case-insensitive.",
      tags: ["explore"],
      query: z.object({
        q: z.string().trim().min(1, "must not be empty").max(200).describe("What to look for."),
        limit: limitParam(10, 100),
        lang: languageParam,
      }),
      response: searchResultsSchema,
      problems: { 503: "Neo4j is unreachable" },
      markedRead: () => "search",
      handle: async ({ query }, { req }) => {
        const results = await searchEntities(db.forViewer(viewerOf(req)), model, { q: query.q, limit: query.limit, language: query.lang });
        const marking = markingOf(results.map((result) => result.data));
        return { results, marking };
      },
    }),
  ];
}
