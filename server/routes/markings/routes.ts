import { z } from "zod";
import { changeMarking } from "../../graph/marking-change.ts";
import { CaveatList, Classification } from "../../../contract/markings.ts";
import { entityId } from "../../../contract/elements.ts";
import { defineRoute, type RouteSpec } from "../../http/route.ts";
import type { RouteContext } from "../context.ts";

export function markingRoutes({ db }: RouteContext): RouteSpec[] {
  return [
    defineRoute({
      method: "put",
      path: "/api/markings/:id",
      role: "admin",
      summary: "Sets the marking (classification and caveats) of one entity or relationship; recorded in the audit trail " +
        "with the marking before. Only admins change markings.",
      tags: ["access"],
      params: z.object({ id: entityId.describe("The entity's or relationship's id.") }),
      body: z.object({
        classification: Classification.describe("UNCLASSIFIED < RESTRICTED < CONFIDENTIAL < SECRET < TOP_SECRET."),
        caveats: CaveatList.default([]).describe("Caveats such as REL NATO; whoever sees the element must hold them all."),
      }),
      response: z.object({
        id: z.string(),
        element: z.enum(["node", "relationship"]),
        classification: Classification,
        caveats: z.array(z.string()),
      }).meta({ id: "ChangedMarking" }),
      problems: { 404: "No entity or relationship has that id" },
      handle: ({ params, body }, { req }) => changeMarking(db, req, { id: params.id, ...body }),
    }),
  ];
}
