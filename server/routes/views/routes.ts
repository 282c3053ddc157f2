import { z } from "zod";
import { deletedSchema } from "../../../contract/access.ts";
import { savedViewSchema, savedViewsSchema } from "../../../contract/views.ts";
import { defineRoute, type RouteSpec } from "../../http/route.ts";
import { createView, deleteView, listViews } from "../../views/saved-views.ts";
import type { RouteContext } from "../context.ts";

export function viewRoutes({ db }: RouteContext): RouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/views",
      role: "analyst",
      summary: "Saved views you may open, newest first: your own, and the shared ones you are cleared for. Each carries " +
        "the marking of the elements its URL names; `marking` is the highest of them.",
      tags: ["views"],
      response: savedViewsSchema,
      markedRead: () => "saved views",
      handle: (_input, { req }) => listViews(db, req),
    }),
    defineRoute({
      method: "post",
      path: "/api/views",
      role: "manager",
      summary: "Saves the dashboard's current view under a name, for yourself or shared with everyone.",
      tags: ["views"],
      body: z.object({
        name: z.string().trim().min(1).max(100).describe("What the view shows."),
        url: z.string().max(2000).regex(/^(\?[^\s#]*)?$/, "must be the dashboard's query string, starting with ?")
          .describe("The dashboard's query string."),
        shared: z.boolean().default(false),
      }),
      response: savedViewSchema,
      handle: ({ body }, { req }) => createView(db, req, body),
    }),
    defineRoute({
      method: "delete",
      path: "/api/views/:id",
      role: "analyst",
      summary: "Deletes a saved view: its owner, or an admin cleared for its marking. A view you may not see " +
        "answers 404 as a missing one does.",
      tags: ["views"],
      params: z.object({ id: z.uuid() }),
      response: deletedSchema,
      problems: { 403: "A shared view you may see, but neither its owner nor an admin", 404: "No such view, or not one you may see" },
      handle: async ({ params }, { req }) => {
        await deleteView(db, req, params.id);
        return { deleted: params.id };
      },
    }),
  ];
}
