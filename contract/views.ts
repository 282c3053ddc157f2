import { z } from "zod";
import { markingSchema } from "./markings.ts";

/** A saved view: a name for a dashboard query string, private or shared, marked by the elements it names. */
export const savedViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string().describe("The dashboard's query string, such as ?kinds=Service&lang=fr."),
  shared: z.boolean().describe("Every signed-in user cleared for its marking sees it, not only its owner."),
  owner: z.string(),
  createdAt: z.string(),
  marking: markingSchema.describe("The highest marking of the elements its URL names that its owner may see, as they are now."),
}).meta({ id: "SavedView" });
export type SavedView = z.infer<typeof savedViewSchema>;

/** `GET /api/views`: `marking` is the highest of the views'. */
export const savedViewsSchema = z.object({ views: z.array(savedViewSchema), marking: markingSchema });
