import { z } from "zod";
import { markingSchema } from "./markings.ts";

/** The import API's answers: a job, its report, the history. */
export const IMPORT_MODES = ["merge", "replace"] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

const counts = z.object({ nodes: z.number().int(), edges: z.number().int() });

/**
 * The kinds of problem an import reports, so a report can group them with counts before
 * listing rows: a file the importer cannot read, a mapping that does not fit the model or
 * the file, a required value missing, an unknown kind, type or value (each message lists
 * the allowed ones), a value of the wrong shape, a bad or duplicate id, a pair of kinds the
 * model does not let a type join, an end found nowhere, an id another source owns or that
 * is in use, a marking beyond the importer's reach, too many elements, a replace that
 * would delete what something else still uses.
 */
export const IMPORT_PROBLEM_CODES = [
  "file", "mapping", "required", "unknown-kind", "unknown-type", "unknown-value", "bad-value", "bad-id",
  "duplicate-id", "not-allowed", "missing-end", "other-source", "id-in-use", "access", "too-many", "replace",
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

export const importProblemSchema = z.object({
  code: z.enum(IMPORT_PROBLEM_CODES).optional(),
  file: z.string(), line: z.number().int().optional(), row: z.number().int().optional(),
  pointer: z.string().optional(), field: z.string().optional(), message: z.string(),
}).meta({ id: "ImportProblem" });

/**
 * What an import will drop or change on its way in, said once per cause rather than once
 * per element: an attribute the mapping does not use (with how many elements carry it and
 * a few of its values), reciprocal pairs merged into one relationship, undirected edges
 * turned to the direction the model allows, nodes made from an edge list's ends, ids changed
 * to fit the id rule.
 */
export const IMPORT_WARNING_CODES = [
  "unused-attribute", "reciprocal-merged", "oriented", "nodes-from-edges", "ids-adjusted",
] as const;
export const importWarningSchema = z.object({
  code: z.enum(IMPORT_WARNING_CODES),
  message: z.string(),
  count: z.number().int(),
  file: z.string().optional(),
  element: z.enum(["node", "edge"]).optional(),
  attribute: z.string().optional(),
  samples: z.array(z.string()).max(5).optional(),
}).meta({ id: "ImportWarning" });
export type ImportWarning = z.infer<typeof importWarningSchema>;

/** How many problems of each kind an import found, every one counted (the list keeps the first thousand). */
export const problemGroupSchema = z.object({ code: z.enum(IMPORT_PROBLEM_CODES), count: z.number().int() });
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
  problemGroups: z.array(problemGroupSchema).default([]).describe("Problems by kind, most frequent first, with counts."),
  warnings: z.array(importWarningSchema).default([]).describe("What the import drops or changes on its way in, once per cause."),
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
