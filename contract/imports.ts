import { z } from "zod";
import { markingSchema } from "./markings.ts";

/** The import API's answers: a job, its report, the history. */
export const IMPORT_MODES = ["merge", "replace"] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

const counts = z.object({ nodes: z.number().int(), edges: z.number().int() });
export const importProblemSchema = z.object({
  file: z.string(), line: z.number().int().optional(), row: z.number().int().optional(),
  pointer: z.string().optional(), field: z.string().optional(), message: z.string(),
}).meta({ id: "ImportProblem" });
export const elementChangeSchema = z.object({
  element: z.enum(["node", "edge"]), id: z.string(), label: z.string(), marking: markingSchema, fields: z.array(z.string()).optional(),
  file: z.string().optional(), line: z.number().int().optional(), row: z.number().int().optional(),
});
const fileSummary = z.object({
  name: z.string(), format: z.string().optional(), bytes: z.number().int(), nodes: z.number().int(), edges: z.number().int(),
});
const status = z.enum(["dry-run", "imported", "rejected", "failed"]);

export const importReportSchema = z.object({
  id: z.string(), status, dryRun: z.boolean(), mode: z.enum(IMPORT_MODES), source: z.string().optional(),
  user: z.string(), files: z.array(fileSummary),
  created: counts, updated: counts, unchanged: counts, deleted: counts,
  changes: z.object({
    created: z.array(elementChangeSchema), updated: z.array(elementChangeSchema), deleted: z.array(elementChangeSchema), truncated: z.boolean(),
  }),
  errors: z.array(importProblemSchema), errorCount: z.number().int(),
  startedAt: z.string(), finishedAt: z.string(), message: z.string(),
  marking: markingSchema.describe("The highest marking of what the report names."),
}).meta({ id: "ImportReport" });

export const importPhaseSchema = z.enum(["queued", "reading", "checking", "writing", "done"]);
export const importProgressSchema = z.object({ phase: importPhaseSchema, done: z.number().int(), total: z.number().int() });

export const importJobSchema = z.object({
  id: z.string(),
  state: z.enum(["queued", "running", "done"]),
  progress: importProgressSchema,
  report: importReportSchema.optional(),
}).meta({ id: "ImportJob" });

export const importHistoryEntrySchema = z.object({
  id: z.string(), status, mode: z.string(), source: z.string().optional(), user: z.string(), files: z.array(fileSummary),
  created: counts, updated: counts, unchanged: counts, deleted: counts, errorCount: z.number().int(),
  startedAt: z.string(), finishedAt: z.string(), message: z.string(),
  marking: markingSchema.describe("The highest marking of what the import names, as recorded and as marked now."),
});

export const importHistorySchema = z.object({
  imports: z.array(importHistoryEntrySchema),
  marking: markingSchema.describe("The highest marking of the imports listed."),
}).meta({ id: "ImportHistory" });

export type ImportProblem = z.infer<typeof importProblemSchema>;
export type ElementChange = z.infer<typeof elementChangeSchema>;
export type ElementCounts = z.infer<typeof counts>;
export type ImportReport = z.infer<typeof importReportSchema>;
export type ImportProgress = z.infer<typeof importProgressSchema>;
export type ImportJob = z.infer<typeof importJobSchema>;
export type ImportHistoryEntry = z.infer<typeof importHistoryEntrySchema>;
