import { z } from "zod";
import { viewerOf } from "../../access/viewer.ts";
import { entityId } from "../../../contract/elements.ts";
import { neighbourhoodSchema, nodeDetailsSchema } from "../../../contract/explore.ts";
import { fetchNeighbourhood } from "../../graph/neighbourhood.ts";
import { fetchNodeDetails } from "../../graph/node-details.ts";
import { asOfParam, defineRoute, languageParam, type RouteSpec } from "../../http/route.ts";
import type { RouteContext } from "../context.ts";
import { limitParam, typesParam } from "../params.ts";

const idParams = z.object({ id: entityId.describe("The entity's id.") });

export function nodeRoutes({ db, model }: RouteContext): RouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/nodes/:id",
      role: "analyst",
      summary: "One entity with its provenance (and the source lines it rests on) and its relationship counts.",
      tags: ["explore"],
      params: idParams,
      query: z.object({ lang: languageParam }),
      response: nodeDetailsSchema,
      problems: { 404: "No entity has that id", 503: "Neo4j is unreachable" },
      markedRead: ({ params }) => `node ${params.id}`,
      handle: async ({ params, query }, { req }) => {
        const details = await fetchNodeDetails(db.forViewer(viewerOf(req)), model, { id: params.id, language: query.lang });
        return details;
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/nodes/:id/neighbourhood",
      role: "analyst",
      summary: "Entities within depth hops of one entity, and the relationships among them.",
      tags: ["explore"],
      params: idParams,
      query: z.object({
        depth: z.coerce.number().int().min(1).max(3).default(1).describe("Hops from the entity, 1–3."),
        limit: limitParam(200, 2000),
        types: typesParam(model),
        asOf: asOfParam,
        lang: languageParam,
      }),
      response: neighbourhoodSchema,
      problems: { 404: "No entity has that id", 503: "Neo4j is unreachable" },
      markedRead: ({ params }) => `neighbourhood of ${params.id}`,
      handle: async ({ params, query }, { req }) => {
        const found = await fetchNeighbourhood(db.forViewer(viewerOf(req)), model, {
          id: params.id, depth: query.depth, limit: query.limit, types: query.types, asOf: query.asOf,
          language: query.lang,
        });
        return found;
      },
    }),
  ];
}
