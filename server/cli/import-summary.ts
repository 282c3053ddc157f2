import Table from "cli-table3";
import type { ImportReport } from "../import/import-report.ts";

const SHOWN_ERRORS = 50;

/** The import's outcome for a terminal: a sentence, the counts as a table, the errors by row. */
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
  if (report.errorCount > 0) {
    const errors = new Table({ head: ["file", "line / row", "field", "problem"], colWidths: [24, 12, 20, 60], wordWrap: true });
    for (const error of report.errors.slice(0, SHOWN_ERRORS)) {
      errors.push([error.file, error.pointer ?? (error.line !== undefined ? `line ${error.line}` : error.row ?? ""), error.field ?? "", error.message]);
    }
    out(errors.toString());
    if (report.errorCount > SHOWN_ERRORS) out(`…and ${report.errorCount - SHOWN_ERRORS} more problems.`);
  }
}
