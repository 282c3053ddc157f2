import type { ResponseMarking } from "../../contract/markings.ts";
import { highestMarking } from "../../contract/markings.ts";
import type { AuditContext, AuditEventInput } from "../audit/audit-event.ts";
import type { ImportReport } from "./import-report.ts";

/**
 * The audit event of an import, carried out, refused or only tried (a dry run: it writes
 * nothing, but what it answers tells its user about the graph, so it is recorded too):
 * who, from where, which files under which source, and what it changed or would change.
 * Marked as the report is, by what the report names.
 */
export function importEvent(report: ImportReport, context: AuditContext): AuditEventInput {
  return {
    actor: context.actor,
    action: "data.import",
    target: report.source ?? null,
    outcome: report.status === "imported" || report.status === "dry-run" ? "success" : "failure",
    details: {
      ip: context.ip ?? null,
      importId: report.id,
      status: report.status,
      dryRun: report.dryRun,
      mode: report.mode,
      files: report.files.map((file) => file.name),
      created: report.created,
      updated: report.updated,
      deleted: report.deleted,
      errorCount: report.errorCount,
    },
    marking: report.marking,
  };
}

/**
 * An import (or dry run) touched ids its user may not see: it answered them as taken or
 * missing ids, and they are recorded here, marked as the highest of the hidden elements,
 * so only readers cleared for those elements see which ids were tried.
 */
export function hiddenIdEvent(touch: {
  importId: string; dryRun: boolean; ids: string[]; count: number; marking: ResponseMarking;
}, context: AuditContext): AuditEventInput {
  return {
    actor: context.actor,
    action: "import.hidden-id",
    target: null,
    outcome: "denied",
    details: { ip: context.ip ?? null, importId: touch.importId, dryRun: touch.dryRun, ids: touch.ids, idCount: touch.count },
    marking: touch.marking,
  };
}

/**
 * A user whose imports keep touching hidden ids may be probing for them. Unmarked and
 * naming no hidden id, so that every admin sees the flag.
 */
export function probingEvent(touches: number, windowHours: number, context: AuditContext): AuditEventInput {
  return {
    actor: context.actor,
    action: "access.probing-suspected",
    target: context.actor,
    outcome: "denied",
    details: {
      ip: context.ip ?? null,
      reason: `${touches} imports touched ids this user may not see within ${windowHours} hours`,
      imports: touches, windowHours,
    },
  };
}

/** A stored marking an import changed (raised, or lowered by an admin cleared for both), recorded in the import's transaction. */
export function importedMarkingEvent(change: {
  element: "node" | "relationship"; id: string; before: ResponseMarking; after: ResponseMarking;
}, importId: string, context: AuditContext): AuditEventInput {
  return {
    actor: context.actor,
    action: "marking.change",
    target: change.id,
    outcome: "success",
    details: { ip: context.ip ?? null, element: change.element, before: change.before, after: change.after, importId },
    marking: highestMarking([change.before, change.after]),
  };
}
