import { z } from "zod";
import { viewerOf } from "../../access/viewer.ts";
import { entityId } from "../../../contract/elements.ts";
import { whatIfSchema } from "../../../contract/what-if.ts";
import { markingOfRows } from "../../access/answer-marking.ts";
import { defineRoute, type RouteSpec } from "../../http/route.ts";
import { invalidRequest, notFound } from "../../errors.ts";
import { AnalyticsTaskError } from "../../analytics-runtime/analytics-worker.ts";
import { relationshipTypesParam } from "../../canned-queries/params.ts";
import { asOfQueryParam } from "../../canned-queries/run-query.ts";
import type { RouteContext } from "../context.ts";
import { compareFindings } from "../../canned-queries/scope-report.ts";
import { minConfidenceParam, sourcesParam, type AnalysisScope } from "../../../contract/analysis-scope.ts";
import type { WhatIf } from "../../analytics/what-if.ts";

/** A what-if answer's findings, one key each: what is cut off, new single points of failure, redundancy lost. */
function whatIfFindings(answer: WhatIf): string[] {
  return [
    ...answer.cutOff.map((id) => `cut-off:${id}`),
    ...answer.newArticulationPoints.map((id) => `new-single-point:${id}`),
    ...answer.redundancy.lost.map((pair) => `redundancy-lost:${pair.from}|${pair.to}`),
  ];
}

export function whatIfRoutes({ db, model, analytics }: RouteContext): RouteSpec[] {
  return [
    defineRoute({
      method: "post",
      path: "/api/what-if",
      role: "analyst",
      summary: "What removing entities or relationships would do: what is cut off, new single points of failure, redundancy lost, centrality shifts.",
      tags: ["queries"],
      body: z.object({
        removeNodes: z.array(entityId).max(200).default([]).describe("Entities to remove."),
        removeRelationships: z.array(entityId).max(200).default([]).describe("Relationships to remove."),
        keyPairs: z.array(z.tuple([entityId, entityId])).max(500).optional()
          .describe("Pairs whose redundancy matters; every (Service, Partner) pair when absent."),
        types: relationshipTypesParam(model),
        asOf: asOfQueryParam,
        minConfidence: minConfidenceParam,
        sources: sourcesParam,
      }).refine((body) => body.removeNodes.length + body.removeRelationships.length > 0, {
        message: "name at least one entity or relationship to remove", path: ["removeNodes"],
      }),
      response: whatIfSchema,
      problems: { 404: "A removed entity does not exist", 503: "Neo4j is unreachable", 504: "The analysis ran past its time limit" },
      markedRead: () => "what-if",
      handle: async ({ body }, { req }) => {
        const viewer = viewerOf(req);
        const scope: AnalysisScope = body.sources ? { minConfidence: body.minConfidence, sources: body.sources } : { minConfidence: body.minConfidence };
        const reader = db.forViewer(viewer, scope);
        const found = new Set((await reader.query("explore/entities-by-ids", { ids: body.removeNodes })).map((row) => String(row.id)));
        const missing = body.removeNodes.filter((id) => !found.has(id));
        if (missing.length > 0) throw notFound(`No entity has id "${missing[0]}" (removeNodes).`);
        const graphVersion = await analytics.graphVersion();
        const args = { removeNodes: body.removeNodes, removeEdges: body.removeRelationships, keyPairs: body.keyPairs, types: body.types };
        try {
          const { value } = await analytics.analyze("whatIf", args, { graphVersion, asOf: body.asOf, viewer, scope });
          // The same removal counting only what a source states: what differs rests on assumptions.
          let strict: WhatIf | undefined = value;
          if (scope.minConfidence !== "high") {
            strict = await analytics.analyze("whatIf", args, { graphVersion, asOf: body.asOf, viewer, scope: { ...scope, minConfidence: "high" } })
              .then(({ value: strictValue }) => strictValue)
              .catch((error: unknown) => {
                // What is removed is itself below high confidence: there is nothing to compare with.
                if (error instanceof AnalyticsTaskError && error.taskErrorName === "AnalyticsUsageError") return undefined;
                throw error;
              });
          }
          const assumptions = compareFindings(scope.minConfidence, whatIfFindings(value), strict && whatIfFindings(strict));
          // The viewer's whole visible graph: never less than the projection the answer rests on.
          const size = await analytics.visibleGraphSize(viewer, graphVersion, scope);
          const marking = markingOfRows([size?.markings]);
          return { ...value, graphVersion, marking, scope, assumptions };
        } catch (error) {
          if (error instanceof AnalyticsTaskError && error.taskErrorName === "AnalyticsUsageError") {
            throw invalidRequest(error.message, [{ path: "removeRelationships", message: error.message }]);
          }
          throw error;
        }
      },
    }),
  ];
}
