import { markingOf } from "../../access/answer-marking.ts";
import { type ResponseMarking } from "../../../contract/markings.ts";
import { canSee, highestMarking, type Clearance } from "../../../contract/markings.ts";
import { namedIds } from "../../import/import-history.ts";
import type { ElementChange, ImportReport } from "../../import/import-report.ts";
import type { ImportJob, ImportJobView } from "../../import/import-jobs.ts";
import type { ViewerDatabase } from "../../neo4j/database.ts";

/** Who asks about an import: their name and clearance, and the reads made on their behalf. */
export interface ImportReader {
  username: string;
  clearance: Clearance;
  reader: ViewerDatabase;
}

/**
 * An import job as one reader may see it, or undefined when it must answer as missing.
 * Its own user always follows it. Anyone else sees it only once it has imported (a
 * rejected or failed report names rows of files, not elements, so it carries no marking
 * of them) and only when cleared for its marking: as recorded and as the elements it names
 * are marked now. Within a report, an entry whose element the reader may not see (then or
 * now) is left out; only the report's own user can be in that case.
 */
export async function visibleJob(job: ImportJob, who: ImportReader): Promise<ImportJobView | undefined> {
  const own = job.user === who.username;
  const { report } = job.view;
  if (!report) return own ? job.view : undefined;
  if (!own && (report.status !== "imported" || !canSee(who.clearance, report.marking))) return undefined;
  const visible = await visibleReport(report, who);
  if (!own && visible.redacted) return undefined;
  return { ...job.view, report: visible.report };
}

/** The report without the entries the reader may not see, and its marking as of now. */
export async function visibleReport(report: ImportReport, who: ImportReader): Promise<{ report: ImportReport; redacted: boolean }> {
  const now = new Map((await who.reader.query("import/run-elements", namedIds(report)))
    .map((row) => [String(row.id), { marking: markingOf(row.markings as object[]), seen: row.seen === true }]));
  let redacted = false;
  const keep = (list: ElementChange[]) => list.filter((change) => {
    const current = now.get(change.id);
    const seen = canSee(who.clearance, change.marking) && (current === undefined || current.seen);
    if (!seen) redacted = true;
    return seen;
  });
  const changes = {
    created: keep(report.changes.created), updated: keep(report.changes.updated), deleted: keep(report.changes.deleted),
    truncated: report.changes.truncated,
  };
  const kept = [...changes.created, ...changes.updated, ...changes.deleted];
  const current = kept.flatMap((change) => now.get(change.id)?.marking ?? []);
  // With entries left out, the recorded marking may be one the reader may not see: only what is kept is shown.
  const marking: ResponseMarking = redacted
    ? highestMarking([...kept.map((change) => change.marking), ...current])
    : highestMarking([report.marking, ...current]);
  return { report: { ...report, changes: { ...changes, truncated: changes.truncated || redacted }, marking }, redacted };
}
