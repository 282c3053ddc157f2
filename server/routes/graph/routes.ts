import { z } from "zod";
import { viewerOf } from "../../access/viewer.ts";
import { graphViewSchema } from "../../../contract/explore.ts";
import { fetchGraphView } from "../../graph/graph-view.ts";
import { asOfParam, defineRoute, languageParam, type RouteSpec } from "../../http/route.ts";
import type { RouteContext } from "../context.ts";
import { kindsParam, limitParam, typesParam } from "../params.ts";

export function graphRoutes({ db, model }: RouteContext): RouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/graph",
      role: "analyst",
      summary: "The graph as Cytoscape elements, filtered by kinds, relationship types and date.",
      tags: ["explore"],
      query: z.object({
        kinds: kindsParam(model),
        types: typesParam(model),
        asOf: asOfParam,
        lang: languageParam,
        limit: limitParam(5000, 20000),
      }),
      response: graphViewSchema,
      markedRead: () => "graph",
      handle: async ({ query }, { req }) => {
        const view = await fetchGraphView(db.forViewer(viewerOf(req)), model, {
          kinds: query.kinds, types: query.types, asOf: query.asOf, limit: query.limit, language: query.lang,
        });
        return view;
      },
    }),
  ];
}
