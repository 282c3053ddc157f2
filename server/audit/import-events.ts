import type { ImportReport } from "../import/import-report.ts";
import type { AuditContext, AuditEventInput } from "./audit-event.ts";

/**
 * The audit event of an import that was carried out or refused: who, from where, which
 * files under which source, and what it changed. Dry runs change nothing and are not
 * recorded.
 */
export function importEvent(report: ImportReport, context: AuditContext): AuditEventInput {
  return {
    actor: context.actor,
    action: "data.import",
    target: report.source ?? null,
    outcome: report.status === "imported" ? "success" : "failure",
    details: {
      ip: context.ip ?? null,
      importId: report.id,
      status: report.status,
      mode: report.mode,
      files: report.files.map((file) => file.name),
      created: report.created,
      updated: report.updated,
      deleted: report.deleted,
      errorCount: report.errorCount,
    },
  };
}
