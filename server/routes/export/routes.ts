import { z } from "zod";
import { recordMarkedRead } from "../../audit/marked-read.ts";
import { recordRequestEvent } from "../../audit/request-audit.ts";
import { formatMarking } from "../../../contract/markings.ts";
import { viewerOf } from "../../access/viewer.ts";
import { exportEdges, exportNodes } from "../../graph/export-source.ts";
import { markingOfRows } from "../../access/answer-marking.ts";
import { writeNodesCsv, writeRelationshipsCsv } from "../../export/csv-writer.ts";
import { writeGraphml } from "../../export/graphml-writer.ts";
import { writeJson } from "../../export/json-writer.ts";
import { writeCsvZip } from "../../export/zip-writer.ts";
import { defineRoute, languageParam, type RouteSpec } from "../../http/route.ts";
import type { RouteContext } from "../context.ts";

const CONTENT: Record<string, { type: string; extension: string }> = {
  json: { type: "application/json; charset=utf-8", extension: "json" },
  csv: { type: "application/zip", extension: "zip" },
  graphml: { type: "application/graphml+xml; charset=utf-8", extension: "graphml" },
  "csv-part": { type: "text/csv; charset=utf-8", extension: "csv" },
};

export function exportRoutes({ db, model, imports, analytics }: RouteContext): RouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/export",
      role: "data",
      summary: "The whole graph as a download that imports back as is: JSON elements (the shape /api/graph answers), " +
        "a zip of the neo4j-admin CSV pair (or one CSV with part=nodes|relationships), or GraphML. Streamed page by page. " +
        "Holds what the caller may see; the X-Marking header gives the highest marking in it, such as SECRET // REL NATO.",
      tags: ["data"],
      query: z.object({
        format: z.enum(["json", "csv", "graphml"]).default("json"),
        part: z.enum(["nodes", "relationships"]).optional().describe("With format=csv: one of the two files instead of the zip."),
        lang: languageParam,
      }),
      response: z.string().describe("The file."),
      problems: { 503: "The database is unavailable" },
      handle: async ({ query }, { req, res }) => {
        const viewer = viewerOf(req);
        const reader = db.forViewer(viewer);
        // Fails with a proper 503 while nothing is sent yet, rather than cutting a download short.
        const size = await analytics.visibleGraphSize(viewer, await analytics.graphVersion());
        const marking = markingOfRows([size?.markings]);
        await recordMarkedRead(db, req, marking, `export ${query.format}`);
        await recordRequestEvent(db, req, {
          action: "data.export", target: query.format, outcome: "success", details: { part: query.part ?? null, marking }, marking,
        });
        const kind = query.format === "csv" && query.part ? "csv-part" : query.format;
        const { type, extension } = CONTENT[kind]!;
        const stamp = new Date().toISOString().slice(0, 10);
        const name = `cooperation-network-${stamp}${query.part ? `-${query.part}` : ""}.${extension}`;
        res.setHeader("Content-Type", type);
        res.setHeader("Content-Disposition", `attachment; filename="${name}"`);
        res.setHeader("X-Marking", formatMarking(marking));
        await reader.read(async (tx) => {
          const nodes = exportNodes(tx, model, query.lang);
          const edges = exportEdges(tx);
          if (query.format === "json") await writeJson(nodes, edges, res);
          else if (query.format === "graphml") await writeGraphml(model, nodes, edges, res);
          else if (query.part === "nodes") await writeNodesCsv(model, nodes, res);
          else if (query.part === "relationships") await writeRelationshipsCsv(model, edges, res);
          else await writeCsvZip(model, nodes, edges, res);
        }, { timeoutMs: imports.limits.timeoutMs });
      },
    }),
  ];
}
