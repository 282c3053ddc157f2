import { z } from "zod";
import { auditContext } from "../auth/access-control.ts";
import { defineRoute, type RouteSpec } from "../http/route.ts";
import type { GraphDatabase } from "../neo4j/database.ts";
import { auditEventSchema } from "./audit-event.ts";
import { JSON_LINES_TYPE, writeAuditJsonLines } from "./audit-export.ts";
import { auditFilterSchema, listAuditEvents, recordNow } from "./audit-log.ts";

/** The audit trail, for admins: /api/audit and its JSON-lines export. */
export function auditRoutes(deps: { db: GraphDatabase }): RouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/audit",
      role: "admin",
      summary: "Audit events, newest first, filtered by actor, action and time. (requiredRole: admin)",
      tags: ["access"],
      query: auditFilterSchema.extend({
        limit: z.coerce.number().int().min(1).max(1000).default(100).describe("Most events to return, 1–1000."),
      }),
      response: z.object({
        events: z.array(auditEventSchema),
        truncated: z.boolean().describe("More events match than the limit let through."),
      }).meta({ id: "AuditPage" }),
      handle: ({ query }) => listAuditEvents(deps.db, query),
    }),
    defineRoute({
      method: "get",
      path: "/api/audit/export",
      role: "admin",
      summary: "Every matching audit event, oldest first, as JSON lines (application/x-ndjson). (requiredRole: admin)",
      tags: ["access"],
      query: auditFilterSchema,
      response: z.string().describe("One AuditEvent as JSON per line."),
      handle: async ({ query }, { req, res }) => {
        // The export is itself on the record, before the first line leaves.
        const { actor, ip } = auditContext(req);
        await recordNow(deps.db, { actor, action: "audit.export", outcome: "success", details: { ip, filter: query } });
        res.status(200).type(JSON_LINES_TYPE);
        res.setHeader("Content-Disposition", 'attachment; filename="audit.jsonl"');
        await writeAuditJsonLines(deps.db, query, res);
        res.end();
      },
    }),
  ];
}
