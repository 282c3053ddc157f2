import { defineRoute, type RouteSpec } from "../../http/route.ts";
import { graphModelSchema } from "../../../contract/model.ts";
import type { RouteContext } from "../context.ts";

export function modelRoutes({ model }: RouteContext): RouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/model",
      role: "analyst",
      summary: "The graph model: kinds, relationship types, endpoint rules, property specs, names, styles.",
      tags: ["model"],
      response: graphModelSchema,
      handle: () => model.definition,
    }),
  ];
}
