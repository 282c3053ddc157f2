import { z } from "zod";
import { markingSchema } from "../../access/answer-marking.ts";

const counts = z.object({ nodes: z.number().int(), edges: z.number().int() });
const problem = z.object({
  file: z.string(), line: z.number().int().optional(), row: z.number().int().optional(),
  pointer: z.string().optional(), field: z.string().optional(), message: z.string(),
}).meta({ id: "ImportProblem" });
const change = z.object({
  element: z.enum(["node", "edge"]), id: z.string(), label: z.string(), marking: markingSchema, fields: z.array(z.string()).optional(),
  file: z.string().optional(), line: z.number().int().optional(), row: z.number().int().optional(),
});
const fileSummary = z.object({
  name: z.string(), format: z.string().optional(), bytes: z.number().int(), nodes: z.number().int(), edges: z.number().int(),
});
const status = z.enum(["dry-run", "imported", "rejected", "failed"]);

export const importReportSchema = z.object({
  id: z.string(), status, dryRun: z.boolean(), mode: z.enum(["merge", "replace"]), source: z.string().optional(),
  user: z.string(), files: z.array(fileSummary),
  created: counts, updated: counts, unchanged: counts, deleted: counts,
  changes: z.object({ created: z.array(change), updated: z.array(change), deleted: z.array(change), truncated: z.boolean() }),
  errors: z.array(problem), errorCount: z.number().int(),
  startedAt: z.string(), finishedAt: z.string(), message: z.string(),
  marking: markingSchema.describe("The highest marking of what the report names."),
}).meta({ id: "ImportReport" });

export const importJobSchema = z.object({
  id: z.string(),
  state: z.enum(["queued", "running", "done"]),
  progress: z.object({
    phase: z.enum(["queued", "reading", "checking", "writing", "done"]), done: z.number().int(), total: z.number().int(),
  }),
  report: importReportSchema.optional(),
}).meta({ id: "ImportJob" });

export const importHistorySchema = z.object({
  imports: z.array(z.object({
    id: z.string(), status, mode: z.string(), source: z.string().optional(), user: z.string(), files: z.array(fileSummary),
    created: counts, updated: counts, unchanged: counts, deleted: counts, errorCount: z.number().int(),
    startedAt: z.string(), finishedAt: z.string(), message: z.string(),
    marking: markingSchema.describe("The highest marking of what the import names, as recorded and as marked now."),
  })),
  marking: markingSchema.describe("The highest marking of the imports listed."),
}).meta({ id: "ImportHistory" });

/** `true`/`false`/`1`/`0` in a query string. */
export const flagParam = z.enum(["true", "false", "1", "0"]).default("false").transform((value) => value === "true" || value === "1");

/** A source name: what replace mode makes equal to the files. */
export const sourceName = z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N} ._:/()-]{0,199}$/u,
  "must be 1–200 letters, digits, spaces or . _ : / ( ) -, starting with a letter or digit");
