import { z } from "zod";
import { viewerOf } from "../../access/viewer.ts";
import { notFound } from "../../errors.ts";
import { defineRoute, type RouteSpec } from "../../http/route.ts";
import { highestMarking } from "../../../contract/markings.ts";
import { importReportSchema } from "../../../contract/imports.ts";
import { sourceListSchema } from "../../../contract/sources.ts";
import { deleteSource, listSources } from "../../import/sources.ts";
import type { RouteContext } from "../context.ts";
import { flagParam, sourceName } from "../imports/schemas.ts";
import { visibleReport } from "../imports/visible-report.ts";

export function sourceRoutes({ db, imports }: RouteContext): RouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/sources",
      role: "data",
      summary: "The load sources (an element's provenanceSource), each with how many entities and relationships of it " +
        "you may see and the latest import that wrote one of them (id, when, who). What you may not see is not " +
        "counted; a source whose elements are all hidden from you is not listed.",
      tags: ["data"],
      response: sourceListSchema,
      markedRead: () => "sources",
      handle: async (_input, { req }) => {
        const sources = await listSources(db.forViewer(viewerOf(req)));
        return { sources, marking: highestMarking(sources.map((source) => source.marking)) };
      },
    }),
    defineRoute({
      method: "delete",
      path: "/api/sources/:name",
      role: "data",
      rateLimit: "import",
      summary: "Removes one source's elements that you may see, as a replace of the source with no files would: all " +
        "or nothing, recorded in the import history and the audit trail. Refused (422, naming them) while another " +
        "source's relationships still use its entities; what you may not see stays and is never named. With " +
        "dryRun=true, says what would go and writes nothing (a dry run does not count against the import limit).",
      tags: ["data"],
      params: z.object({ name: sourceName }),
      query: z.object({ dryRun: flagParam.describe("Report what would be deleted without deleting.") }),
      response: importReportSchema,
      problems: { 404: "No source of that name among what you may see", 422: "Refused: see the errors", 503: "The deletion failed; nothing was deleted" },
      handle: async ({ params, query }, { req, res }) => {
        const reader = db.forViewer(viewerOf(req));
        const known = (await listSources(reader)).some((source) => source.name === params.name);
        if (!known) throw notFound(`No source is named "${params.name}".`);
        const user = req.user!;
        const clearance = { level: user.clearance, caveats: user.caveats };
        const report = await deleteSource(imports, params.name, {
          dryRun: query.dryRun, user: user.username, ip: req.ip ?? null, clearance, admin: user.role === "admin",
        });
        res.status(report.status === "rejected" ? 422 : report.status === "failed" ? 503 : 200);
        return (await visibleReport(report, { username: user.username, clearance, reader })).report;
      },
    }),
  ];
}
