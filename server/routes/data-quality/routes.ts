import { z } from "zod";
import { viewerOf } from "../../access/viewer.ts";
import { dataQualityReport } from "../../graph/data-quality.ts";
import { dataQualityReportSchema } from "../../../contract/data-quality.ts";
import { defineRoute, languageParam, type RouteSpec } from "../../http/route.ts";
import type { RouteContext } from "../context.ts";

export function dataQualityRoutes({ db, model }: RouteContext): RouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/data-quality",
      role: "data",
      summary: "Data-quality findings: entities with no relationship, entities missing a name in a language, " +
        "relationships that name no source document. Each with its total and the first `limit` items.",
      tags: ["data"],
      query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100), lang: languageParam }),
      response: dataQualityReportSchema,
      markedRead: () => "data-quality",
      handle: async ({ query }, { req }) => {
        const report = await dataQualityReport(db.forViewer(viewerOf(req)), model, { limit: query.limit, language: query.lang });
        return report;
      },
    }),
  ];
}
