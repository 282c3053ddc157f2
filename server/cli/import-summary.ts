import Table from "cli-table3";
import type { ImportReport } from "../import/import-report.ts";

const SHOWN_ERRORS = 50;

/**
 * The import's outcome for a terminal: a sentence, the counts as a table, each warning
 * once, then the problems counted by kind before the rows.
 */
export function printReport(report: ImportReport, out: (line: string) => void = console.log): void {
  out(report.message);
  const counts = new Table({ head: ["", "entities", "relationships"] });
  counts.push(
    [report.dryRun ? "to create" : "created", report.created.nodes, report.created.edges],
    [report.dryRun ? "to update" : "updated", report.updated.nodes, report.updated.edges],
    ["unchanged", report.unchanged.nodes, report.unchanged.edges],
    [report.dryRun ? "to delete" : "deleted", report.deleted.nodes, report.deleted.edges],
  );
  if (report.status !== "rejected" && report.status !== "failed") out(counts.toString());
  if (report.changes.updated.length > 0) {
    const updates = new Table({ head: ["updated", "id", "changed fields"] });
    for (const change of report.changes.updated.slice(0, SHOWN_ERRORS)) {
      updates.push([change.element === "node" ? change.label : `-[${change.label}]->`, change.id, (change.fields ?? []).join(", ")]);
    }
    out(updates.toString());
  }
  for (const warning of report.warnings) {
    const samples = warning.samples && warning.samples.length > 0 ? ` (e.g. ${warning.samples.join("; ")})` : "";
    out(`warning [${warning.code}]: ${warning.message}${samples}`);
  }
  if (report.errorCount > 0) {
    out(`Problems by kind: ${report.problemGroups.map((group) => `${group.code} ${group.count}`).join(", ")}`);
    const errors = new Table({ head: ["file", "line / row", "kind", "field", "problem"], colWidths: [24, 12, 14, 20, 60], wordWrap: true });
    const rank = new Map(report.problemGroups.map((group, at) => [group.code as string, at]));
    const byKind = [...report.errors].sort((a, b) => (rank.get(a.code ?? "") ?? rank.size) - (rank.get(b.code ?? "") ?? rank.size));
    for (const error of byKind.slice(0, SHOWN_ERRORS)) {
      const where = error.pointer ?? (error.line !== undefined ? `line ${error.line}` : error.row ?? "");
      errors.push([error.file, where, error.code ?? "", error.field ?? "", error.message]);
    }
    out(errors.toString());
    if (report.errorCount > SHOWN_ERRORS) out(`…and ${report.errorCount - SHOWN_ERRORS} more problems.`);
  }
}
