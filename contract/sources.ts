import { z } from "zod";
import { markingSchema } from "./markings.ts";

/**
 * `GET /api/sources`: the load sources of what the reader may see, each with how many of
 * its entities and relationships they may see and the latest import that wrote one of them.
 */
export const sourceSummarySchema = z.object({
  name: z.string(),
  nodes: z.number().int(),
  edges: z.number().int(),
  lastImport: z.object({
    id: z.string().optional(), at: z.string().optional(), user: z.string().optional(),
  }).nullable().describe("The latest import that wrote one of the source's visible elements."),
  marking: markingSchema.describe("The highest marking of the elements counted."),
}).meta({ id: "SourceSummary" });
export type SourceSummary = z.infer<typeof sourceSummarySchema>;

export const sourceListSchema = z.object({
  sources: z.array(sourceSummarySchema),
  marking: markingSchema,
}).meta({ id: "SourceList" });
export type SourceList = z.infer<typeof sourceListSchema>;
