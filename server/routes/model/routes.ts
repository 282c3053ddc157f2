import { defineRoute, type RouteSpec } from "../../http/route.ts";
import { graphModelSchema } from "../../model/schema.ts";
import type { RouteContext } from "../context.ts";

export function modelRoutes({ model }: RouteContext): RouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/model",
      role: "analyst",
      summary: "The graph model: kinds, relationship types, endpoint rules, property specs, names, styles.",
      tags: ["model"],
      response: graphModelSchema.meta({ id: "GraphModel" }),
      handle: () => model.definition,
    }),
  ];
}
