import { z } from "zod";
import { importInspectionSchema } from "../../../contract/import-inspection.ts";
import { defineRoute, type RouteSpec } from "../../http/route.ts";
import { inspectFiles } from "../../import/inspect/inspect-files.ts";
import { receiveUpload } from "../../import/upload.ts";
import type { RouteContext } from "../context.ts";

/**
 * The Data page's first look at dropped files: their attributes and a proposed mapping.
 * Uploads as an import does, with the same limits, but writes nothing and so is not
 * counted against the import rate limit.
 */
export function inspectRoutes({ model, imports }: RouteContext): RouteSpec[] {
  return [
    defineRoute({
      method: "post",
      path: "/api/imports/inspect",
      role: "data",
      summary: "Reads files as POST /api/imports would (same bodies and limits) and answers, without writing anything, " +
        "each file's format, counts and attributes (how many elements carry each, a few values, how many different " +
        "ones) and a mapping proposed for them in the requested language.",
      tags: ["data"],
      query: z.object({
        lang: z.enum(["fr", "nl", "en"]).default("en").describe("The language whose name property the proposal fills."),
        name: z.string().max(200).optional().describe("The file's name, for a bare (non-multipart) body."),
      }),
      response: importInspectionSchema,
      problems: { 413: "A file is over the size limit", 415: "Not a format the importer reads" },
      handle: async ({ query }, { req }) => {
        const upload = await receiveUpload(req, imports.limits, query.name);
        try {
          return await inspectFiles(upload.files, model, query.lang);
        } finally {
          await upload.discard();
        }
      },
    }),
  ];
}
