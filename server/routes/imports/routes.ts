import type { Request } from "express";
import { z } from "zod";
import { viewerOf } from "../../access/viewer.ts";
import { notFound } from "../../errors.ts";
import { defineRoute, type RouteSpec } from "../../http/route.ts";
import { highestMarking } from "../../../contract/markings.ts";
import { listImportHistory } from "../../import/import-history.ts";
import type { ImportReport } from "../../import/import-report.ts";
import { receiveUpload, type Upload } from "../../import/upload.ts";
import { parseMapping } from "../../import/mapping/parse-mapping.ts";
import type { GraphModel } from "../../model/graph-model.ts";
import type { ImportMapping } from "../../../contract/import-mapping.ts";
import type { RouteContext } from "../context.ts";
import type { GraphDatabase } from "../../neo4j/database.ts";
import { importHistorySchema, importJobSchema, importReportSchema } from "../../../contract/imports.ts";
import { flagParam, sourceName } from "./schemas.ts";
import { visibleJob, visibleReport, type ImportReader } from "./visible-report.ts";

export function importRoutes({ db, imports, model }: RouteContext): RouteSpec[] {
  return [
    defineRoute({
      method: "post",
      path: "/api/imports",
      role: "data",
      rateLimit: "import",
      summary: "Import graph files (JSON elements, a neo4j-admin CSV pair, GraphML, or a zip of them) all or nothing. " +
        "The body is one file (its content type says which) or a multipart upload of several, with an optional part " +
        "named mapping: a JSON ImportMapping saying how the files' attributes become the model's elements (400 when it " +
        "is not one, 422 when it names what the model lacks, each error with its path). Answers 202 with a job " +
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
      problems: {
        400: "The mapping part is not a mapping", 413: "A file is over the size limit", 415: "Not a format the importer reads",
        422: "Rejected, or the mapping names what the model lacks: see the errors",
      },
      handle: async ({ query }, { req, res }) => {
        const upload = await receiveUpload(req, imports.limits, query.name);
        const mapping = await mappingOf(upload, model);
        const user = req.user!;
        const job = imports.start(upload, {
          mode: query.mode, source: query.source, dryRun: query.dryRun, user: user.username, ip: req.ip ?? null, mapping,
          clearance: { level: user.clearance, caveats: user.caveats }, admin: user.role === "admin",
        });
        res.setHeader("Location", `/api/imports/${job.id}`);
        if (!query.wait) {
          res.status(202);
          return job;
        }
        const report = await imports.finished(job.id)!;
        res.status(statusOf(report));
        return (await visibleReport(report, importReader(db, req))).report;
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/imports/:id",
      role: "data",
      summary: "One import job: its state, progress and, once done, its report. Your own jobs, and the imports of " +
        "others you are cleared for (see the history); entries naming what you may not see are left out.",
      tags: ["data"],
      params: z.object({ id: z.uuid() }),
      response: importJobSchema,
      problems: { 404: "No such job, or not one you may see (jobs are kept for the server's lifetime; the history keeps every import)" },
      handle: async ({ params }, { req }) => {
        const job = imports.get(params.id);
        const visible = job && await visibleJob(job, importReader(db, req));
        if (!visible) throw notFound(`No import job has id "${params.id}".`);
        return visible;
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/imports",
      role: "data",
      summary: "The import history, newest first: who, when, which files, the counts, each with its marking. " +
        "Only imports you are cleared for: one that names anything you may not see is not listed; rejected and " +
        "failed imports are listed to their own user only.",
      tags: ["data"],
      query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
      response: importHistorySchema,
      markedRead: () => "import history",
      handle: async ({ query }, { req }) => {
        const imports = await listImportHistory(db.forViewer(viewerOf(req)), { limit: query.limit, username: req.user!.username });
        return { imports, marking: highestMarking(imports.map((run) => run.marking)) };
      },
    }),
  ];
}

/** The upload's mapping part, checked before the import starts; a bad one discards the upload. */
async function mappingOf(upload: Upload, model: GraphModel): Promise<ImportMapping | undefined> {
  if (upload.mapping === undefined || upload.mapping.trim() === "") return undefined;
  try {
    return parseMapping(upload.mapping, model);
  } catch (error) {
    await upload.discard();
    throw error;
  }
}

function importReader(db: GraphDatabase, req: Request): ImportReader {
  const user = req.user!;
  return { username: user.username, clearance: { level: user.clearance, caveats: user.caveats }, reader: db.forViewer(viewerOf(req)) };
}

function statusOf(report: ImportReport): number {
  if (report.status === "rejected") return 422;
  if (report.status === "failed") return 503;
  return 200;
}
