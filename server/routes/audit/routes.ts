import { z } from "zod";
import { auditPageSchema, chainReportSchema } from "../../../contract/audit.ts";
import { clearanceOf, viewerOf } from "../../access/viewer.ts";
import { JSON_LINES_TYPE, writeAuditJsonLines } from "../../audit/audit-export.ts";
import { auditFilterSchema, listAuditEvents, recordNow } from "../../audit/audit-log.ts";
import { verifyAuditChain } from "../../audit/audit-verify.ts";
import { auditContext, recordRequestEvent } from "../../audit/request-audit.ts";
import { defineRoute, type RouteSpec } from "../../http/route.ts";
import type { GraphDatabase } from "../../neo4j/database.ts";

/**
 * The audit trail, for admins: /api/audit, its JSON-lines export and the check of its hash
 * chain. An admin reads the events within their clearance only: an event is marked by
 * what it names, and the role never overrides the clearance.
 */
export function auditRoutes(deps: { db: GraphDatabase }): RouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/audit",
      role: "admin",
      summary: "Audit events within the caller's clearance, newest first, filtered by actor, action and time. (requiredRole: admin)",
      tags: ["access"],
      query: auditFilterSchema.extend({
        limit: z.coerce.number().int().min(1).max(1000).default(100).describe("Most events to return, 1–1000."),
      }),
      response: auditPageSchema,
      handle: ({ query }, { req }) => listAuditEvents(deps.db.forViewer(viewerOf(req)), query),
    }),
    defineRoute({
      method: "get",
      path: "/api/audit/export",
      role: "admin",
      summary: "Every matching audit event within the caller's clearance, oldest first, as JSON lines (application/x-ndjson). " +
        "(requiredRole: admin)",
      tags: ["access"],
      query: auditFilterSchema,
      response: z.string().describe("One AuditEvent as JSON per line."),
      handle: async ({ query }, { req, res }) => {
        // The export is itself on the record, before the first line leaves.
        const { actor, ip } = auditContext(req);
        await recordNow(deps.db, { actor, action: "audit.export", outcome: "success", details: { ip, filter: query } });
        res.status(200).type(JSON_LINES_TYPE);
        res.setHeader("Content-Disposition", 'attachment; filename="audit.jsonl"');
        await writeAuditJsonLines(deps.db.forViewer(viewerOf(req)), query, res);
        res.end();
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/audit/verify",
      role: "admin",
      summary: "Checks the audit trail's hash chain, every event in order: whether it is whole, and where it first breaks. " +
        "A break is named by its place in the chain, and by the event's id only when the caller may see that event. " +
        "(requiredRole: admin)",
      tags: ["access"],
      response: chainReportSchema,
      handle: async (_input, { req }) => {
        const { report, marking } = await verifyAuditChain(deps.db, clearanceOf(req));
        await recordRequestEvent(deps.db, req, {
          action: "audit.verify", target: report.firstBreak?.id ?? null, outcome: "success", details: { ...report }, marking,
        });
        return report;
      },
    }),
  ];
}
