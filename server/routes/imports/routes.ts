import { z } from "zod";
import { notFound } from "../../http/errors.ts";
import { defineRoute, type RouteSpec } from "../../http/route.ts";
import { listImportHistory } from "../../import/import-history.ts";
import type { ImportReport } from "../../import/import-report.ts";
import { receiveUpload } from "../../import/upload.ts";
import type { RouteContext } from "../context.ts";
import { flagParam, importHistorySchema, importJobSchema, importReportSchema, sourceName } from "./schemas.ts";

export function importRoutes({ db, imports }: RouteContext): RouteSpec[] {
  return [
    defineRoute({
      method: "post",
      path: "/api/imports",
      role: "data",
      rateLimit: "import",
      summary: "Import graph files (JSON elements, a neo4j-admin CSV pair, GraphML, or a zip of them) all or nothing. " +
        "The body is one file (its content type says which) or a multipart upload of several. Answers 202 with a job " +
        "to follow at /api/imports/{id}, or with wait=true the finished report (422 when rejected).",
      tags: ["data"],
      query: z.object({
        dryRun: flagParam.describe("Report the diff without writing."),
        mode: z.enum(["merge", "replace"]).default("merge")
          .describe("merge: upsert by id. replace: make the source's elements equal to the files."),
        source: sourceName.optional().describe("The source the elements are recorded under; required by replace."),
        wait: flagParam.describe("Answer when the import has finished, with its report."),
        name: z.string().max(200).optional().describe("The file's name, for a bare (non-multipart) body."),
      }).refine((query) => query.mode !== "replace" || query.source !== undefined, {
        path: ["source"], message: "replace mode needs the name of the source to replace",
      }),
      response: importJobSchema.or(importReportSchema),
      problems: { 413: "A file is over the size limit", 415: "Not a format the importer reads", 422: "Rejected: see the errors" },
      handle: async ({ query }, { req, res }) => {
        const upload = await receiveUpload(req, imports.limits, query.name);
        const user = req.user!;
        const job = imports.start(upload, {
          mode: query.mode, source: query.source, dryRun: query.dryRun, user: user.username, ip: req.ip ?? null,
          clearance: { level: user.clearance, caveats: user.caveats }, admin: user.role === "admin",
        });
        res.setHeader("Location", `/api/imports/${job.id}`);
        if (!query.wait) {
          res.status(202);
          return job;
        }
        const report = await imports.finished(job.id)!;
        res.status(statusOf(report));
        return report;
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/imports/:id",
      role: "data",
      summary: "One import job: its state, progress and, once done, its report.",
      tags: ["data"],
      params: z.object({ id: z.uuid() }),
      response: importJobSchema,
      problems: { 404: "No such job (jobs are kept for the server's lifetime; the history keeps every import)" },
      handle: ({ params }) => {
        const job = imports.get(params.id);
        if (!job) throw notFound(`No import job has id "${params.id}".`);
        return job;
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/imports",
      role: "data",
      summary: "The import history, newest first: who, when, which files, the counts.",
      tags: ["data"],
      query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
      response: importHistorySchema,
      handle: async ({ query }) => ({ imports: await listImportHistory(db, query.limit) }),
    }),
  ];
}

function statusOf(report: ImportReport): number {
  if (report.status === "rejected") return 422;
  if (report.status === "failed") return 503;
  return 200;
}
