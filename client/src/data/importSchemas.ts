import { z } from "zod";
import { answerMarkingSchema } from "../session/accessSchemas";

/**
 * The import API's answers (`server/routes/imports/schemas.ts`) as the client reads them.
 * Members the page does not show are left out and stripped on parse.
 */
const countsSchema = z.object({ nodes: z.number(), edges: z.number() });

export const importProblemSchema = z.object({
  file: z.string(),
  line: z.number().optional(),
  row: z.number().optional(),
  pointer: z.string().optional(),
  field: z.string().optional(),
  message: z.string(),
});

export const elementChangeSchema = z.object({
  element: z.enum(["node", "edge"]),
  id: z.string(),
  label: z.string(),
  fields: z.array(z.string()).optional(),
  file: z.string().optional(),
  line: z.number().optional(),
  row: z.number().optional(),
});

const fileSummarySchema = z.object({
  name: z.string(),
  format: z.string().optional(),
  bytes: z.number(),
  nodes: z.number(),
  edges: z.number(),
});

export const IMPORT_MODES = ["merge", "replace"] as const;
const importStatusSchema = z.enum(["dry-run", "imported", "rejected", "failed"]);

export const importReportSchema = z.object({
  id: z.string(),
  status: importStatusSchema,
  dryRun: z.boolean(),
  mode: z.enum(IMPORT_MODES),
  source: z.string().optional(),
  user: z.string(),
  files: z.array(fileSummarySchema),
  created: countsSchema,
  updated: countsSchema,
  unchanged: countsSchema,
  deleted: countsSchema,
  changes: z.object({
    created: z.array(elementChangeSchema),
    updated: z.array(elementChangeSchema),
    deleted: z.array(elementChangeSchema),
    truncated: z.boolean(),
  }),
  errors: z.array(importProblemSchema),
  errorCount: z.number(),
  startedAt: z.string(),
  finishedAt: z.string(),
  message: z.string(),
});

export const importPhaseSchema = z.enum(["queued", "reading", "checking", "writing", "done"]);

export const importProgressSchema = z.object({ phase: importPhaseSchema, done: z.number(), total: z.number() });

export const importJobSchema = z.object({
  id: z.string(),
  state: z.enum(["queued", "running", "done"]),
  progress: importProgressSchema,
  report: importReportSchema.optional(),
});

export const importHistoryEntrySchema = importReportSchema
  .omit({ dryRun: true, changes: true, errors: true, mode: true })
  .extend({ mode: z.string(), marking: answerMarkingSchema.optional() });

export const importHistorySchema = z.object({ imports: z.array(importHistoryEntrySchema) });

export type ImportMode = (typeof IMPORT_MODES)[number];
export type ImportProblem = z.infer<typeof importProblemSchema>;
export type ElementChange = z.infer<typeof elementChangeSchema>;
export type ElementCounts = z.infer<typeof countsSchema>;
export type ImportReport = z.infer<typeof importReportSchema>;
export type ImportProgress = z.infer<typeof importProgressSchema>;
export type ImportJob = z.infer<typeof importJobSchema>;
export type ImportHistoryEntry = z.infer<typeof importHistoryEntrySchema>;
