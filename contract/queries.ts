import { z } from "zod";
import { markingSchema } from "./markings.ts";
import { analysisScopeSchema, assumptionReportSchema } from "./analysis-scope.ts";

/** The canned queries' categories, in the order the dashboard presents them. */
export const CATEGORIES = ["gaps", "dependencies", "resilience", "coverage", "data-quality"] as const;
export type Category = (typeof CATEGORIES)[number];

const namesSchema = z.object({ fr: z.string(), nl: z.string(), en: z.string() });

export const catalogEntrySchema = z.object({
  id: z.string(),
  category: z.enum(CATEGORIES),
  title: z.string(),
  description: z.string(),
  titles: namesSchema,
  descriptions: namesSchema,
  params: z.record(z.string(), z.unknown()).describe("JSON Schema of the parameters, with defaults."),
  columns: z.array(z.object({ key: z.string(), names: namesSchema })),
});

/** `GET /api/queries`: the canned-query catalog, titles and descriptions in the asked language. */
export const queryCatalogSchema = z.object({ queries: z.array(catalogEntrySchema) }).meta({ id: "QueryCatalog" });

/** `POST /api/queries/:id/run`: findings, what to highlight, and the summary; query-specific extras pass through. */
export const queryAnswerSchema = z.object({
  query: z.string(),
  columns: z.array(z.object({ key: z.string(), title: z.string() })),
  rows: z.array(z.record(z.string(), z.unknown())),
  highlight: z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) }),
  summary: z.string(),
  graphVersion: z.number().int(),
  asOf: z.string().nullable(),
  truncated: z.boolean().optional().describe("More findings than the limit; absent when the query does not say (the dashboard then compares the rows with the limit)."),
  findingsInAll: z.number().int().optional().describe("How many findings there are in all, when the query counts them past the limit."),
  cutOffListed: z.object({
    atMost: z.number().int().describe("Entities each row's cut-off list names at most."),
    rowsCut: z.number().int().describe("Rows whose list names only part of what they cut off (their count is complete)."),
  }).optional().describe("Queries naming what each finding cuts off: how far the lists go."),
  membersListed: z.object({
    atMost: z.number().int().describe("Members each row's list names at most."),
    rowsCut: z.number().int().describe("Rows whose list names only part of their members (their size is complete)."),
  }).optional().describe("Queries listing the members of each finding: how far the lists go."),
  marking: markingSchema,
  scope: analysisScopeSchema,
  assumptions: assumptionReportSchema,
}).catchall(z.unknown()).meta({ id: "QueryAnswer" });

export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type QueryCatalog = z.infer<typeof queryCatalogSchema>;
export type QueryAnswer = z.infer<typeof queryAnswerSchema>;
