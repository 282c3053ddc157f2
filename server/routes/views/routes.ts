import { z } from "zod";
import { defineRoute, type RouteSpec } from "../../http/route.ts";
import { createView, deleteView, listViews, savedViewSchema } from "../../views/saved-views.ts";
import type { RouteContext } from "../context.ts";

export function viewRoutes({ db }: RouteContext): RouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/views",
      role: "analyst",
      summary: "Saved views you may open: your own and the shared ones, newest first.",
      tags: ["views"],
      response: z.object({ views: z.array(savedViewSchema) }),
      handle: async (_input, { req }) => ({ views: await listViews(db, req.user!) }),
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
      summary: "Deletes a saved view: its owner, or an admin.",
      tags: ["views"],
      params: z.object({ id: z.uuid() }),
      response: z.object({ deleted: z.string() }),
      problems: { 403: "Neither its owner nor an admin", 404: "No such view" },
      handle: async ({ params }, { req }) => {
        await deleteView(db, req, params.id);
        return { deleted: params.id };
      },
    }),
  ];
}
