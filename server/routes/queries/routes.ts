import { z } from "zod";
import { recordRequestEvent } from "../../audit/request-audit.ts";
import { viewerOf } from "../../access/viewer.ts";
import { queryAnswerSchema, queryCatalogSchema } from "../../../contract/queries.ts";
import { defineRoute, languageParam, type RouteSpec } from "../../http/route.ts";
import { notFound } from "../../errors.ts";
import type { RouteContext } from "../context.ts";

export function queryRoutes({ db, queries, runner }: RouteContext): RouteSpec[] {
  const catalog = [...queries.values()].map((query) => ({
    id: query.id,
    category: query.category,
    titles: query.titles,
    descriptions: query.descriptions,
    params: z.toJSONSchema(runner.parameterSchema(query), { io: "input", unrepresentable: "any" }),
    columns: query.columns,
  }));
  return [
    defineRoute({
      method: "get",
      path: "/api/queries",
      role: "analyst",
      summary: "The canned-query catalog: each query's titles, category, parameters (as JSON Schema) and columns.",
      tags: ["queries"],
      query: z.object({ lang: languageParam }),
      response: queryCatalogSchema,
      handle: ({ query }) => ({
        queries: catalog.map((entry) => ({ ...entry, title: entry.titles[query.lang], description: entry.descriptions[query.lang] })),
      }),
    }),
    defineRoute({
      method: "post",
      path: "/api/queries/:id/run",
      role: "analyst",
      summary: "Runs a canned query: findings as rows, the ids to highlight on the graph, and a one-sentence summary.",
      tags: ["queries"],
      params: z.object({ id: z.string().max(100).describe("The query's id, from the catalog.") }),
      query: z.object({ lang: languageParam }),
      body: z.object({ params: z.record(z.string(), z.unknown()).default({}) }).default({ params: {} }),
      response: queryAnswerSchema,
      problems: { 404: "No such query, or a parameter names no entity", 503: "Neo4j is unreachable", 504: "The query ran past its time limit" },
      markedRead: ({ params }) => `query ${params.id}`,
      handle: async ({ params, query, body }, { req }) => {
        const cannedQuery = queries.get(params.id);
        if (!cannedQuery) throw notFound(`No canned query has id "${params.id}"; GET /api/queries lists them.`);
        const answer = await runner.run(cannedQuery, body.params, query.lang, viewerOf(req));
        await recordRequestEvent(db, req, {
          action: "query.run", target: cannedQuery.id, outcome: "success", details: { params: body.params, rows: answer.rows.length },
          marking: answer.marking,
        });
        return answer;
      },
    }),
  ];
}
