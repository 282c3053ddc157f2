import { randomUUID } from "node:crypto";
import { AppError } from "../errors.ts";
import type { GraphModel } from "../model/graph-model.ts";
import type { GraphDatabase, Transaction } from "../neo4j/database.ts";
import { record } from "../audit/audit-log.ts";
import { importedMarkingEvent } from "./audit-events.ts";
import { checkAgainstDatabase } from "./database-checks.ts";
import { historyRow } from "./import-history.ts";
import type { FileSummary, ImportOptions, ImportReport, ImportStatus, ImportWarning } from "./import-report.ts";
import { auditHiddenIds, noteHiddenIdsOfFiles } from "./hidden-id-audit.ts";
import { ImporterAccess } from "./importer-access.ts";
import { ProblemList } from "./problem-list.ts";
import type { ImportFile, ImportProblem } from "./records.ts";
import { scanFiles } from "./scan-files.ts";
import { publishedStages, runStaged, type Staging } from "./staged-import.ts";
import { emptyTally, type Tally } from "./import-tally.ts";
import { BatchWriter } from "./write-batches.ts";
import { RecordStage } from "./mapping/record-stage.ts";

const DEFAULT_BATCH = 10_000;

/** Thrown inside the transaction when the database checks find problems: it rolls back. */
class ImportRejected extends Error {
  constructor(readonly problems: ProblemList) {
    super("the import was rejected");
  }
}

/**
 * Imports files all or nothing. Every file is read and checked first (nothing is written
 * if anything is wrong); then one transaction checks what only the database can answer,
 * compares each element with what is stored and writes only what differs, deletes what a
 * replace removes, bumps the graph version and records the import in the history. A
 * failure anywhere (a bad row found late, Neo4j or this process dying) rolls all of it
 * back, because nothing is committed before the end. An import of more than
 * `stageAbove` elements is staged (staged-import.ts): its new elements are committed in
 * batches that no reader sees until the same transaction publishes them, so its size is
 * not bounded by Neo4j's heap and a failure still leaves nothing visible.
 *
 * What the importer may not see answers as missing or as an id in use; an import that
 * touched such ids is recorded in the audit trail on its own, whatever its outcome.
 */
export async function runImport(
  db: GraphDatabase, model: GraphModel, files: ImportFile[], options: ImportOptions,
): Promise<ImportReport> {
  const access = new ImporterAccess(options.clearance);
  const report = await importFiles(db, model, files, { ...options, id: options.id ?? randomUUID() }, access);
  await auditHiddenIds(db, access, { importId: report.id, dryRun: report.dryRun }, { actor: options.user, ip: options.ip });
  return report;
}

async function importFiles(
  db: GraphDatabase, model: GraphModel, files: ImportFile[], options: ImportOptions & { id: string }, access: ImporterAccess,
): Promise<ImportReport> {
  const id = options.id;
  const startedAt = new Date().toISOString();
  const progress = options.onProgress ?? (() => {});
  const base = { id, dryRun: options.dryRun, mode: options.mode, source: options.source, user: options.user, startedAt };
  let warnings: ImportWarning[] = [];
  const finish = (status: ImportStatus, details: { files: FileSummary[]; tally?: Tally; problems?: ProblemList; message?: string }) =>
    buildReport({ ...base, status, warnings, ...details });

  if (options.mode === "replace" && !options.source) {
    const problems = new ProblemList();
    problems.add({ file: "(request)", field: "source", message: "replace mode needs the name of the source to replace" });
    return finish("rejected", { files: [], problems });
  }

  progress({ phase: "reading", done: 0, total: 0 });
  const scan = await scanFiles(model, files, {
    maxElements: options.maxElements, clearance: options.clearance, onProgress: progress, mapping: options.mapping,
  });
  warnings = scan.warnings;
  if (!scan.problems.empty) {
    // Still ask the database about what the files could not settle, so every problem shows at once.
    await db.forViewer(access.viewer).read(async (tx) => {
      await checkAgainstDatabase(tx, model, scan.index, options, access, scan.problems);
      await noteHiddenIdsOfFiles(tx, scan.index, access);
    }).catch(() => undefined);
    return remember(db, options, finish("rejected", { files: scan.files, problems: scan.problems }));
  }
  const total = scan.index.nodes + scan.index.edges;
  const stamp = {
    importId: id, loadedBy: options.user, loadedAt: options.loadedAt ?? startedAt,
    ...(options.source ? { source: options.source } : {}),
  };

  const staged = !options.dryRun && options.stageAbove !== undefined && total > options.stageAbove;
  const work = async (tx: Transaction, staging?: Staging): Promise<ImportReport> => {
    const problems = new ProblemList();
    progress({ phase: "checking", done: 0, total });
    const deletions = await checkAgainstDatabase(tx, model, scan.index, options, access, problems);
    if (!problems.empty) {
      await noteHiddenIdsOfFiles(tx, scan.index, access);
      throw new ImportRejected(problems);
    }
    const writer = new BatchWriter(staging?.batches ?? tx, model, {
      stamp, write: !options.dryRun, batchSize: options.batchSize ?? DEFAULT_BATCH, problems,
      deferredEdges: new Set(scan.index.pending.map((edge) => edge.id)),
      onBatch: (done) => progress({ phase: "writing", done, total }),
      access, mayLowerMarkings: !options.clearance || options.admin === true, orientation: scan.index.orientation,
      staged: staging?.writes, publishedStages: await publishedStages(db),
    });
    // The same stage as the scan's, so the writer sees the same elements with the same ids.
    const stage = new RecordStage(model, options.mapping);
    for (const file of files) {
      for await (const record of stage.records(file, [])) {
        if (record.element === "node") await writer.addNode(record.data, record.at);
        else await writer.addEdge(record.data, record.at);
      }
    }
    for (const record of stage.remaining([])) await writer.addNode(record.data, record.at);
    await writer.finish();
    if (!problems.empty) throw new ImportRejected(problems);
    await writer.delete(deletions);
    // Turns decided against stored ends are known only now, after the database checks.
    warnings = [...scan.warnings, ...scan.index.orientation.warnings()];
    if (staging) await staging.publish(tx);
    const report = finish(options.dryRun ? "dry-run" : "imported", { files: scan.files, tally: writer.tally });
    if (!options.dryRun && writer.changed) await tx.run("seed/bump-graph-version");
    if (!options.dryRun) {
      for (const change of writer.judgement.markingChanges) {
        await record(tx, importedMarkingEvent(change, id, { actor: options.user, ip: options.ip }));
      }
    }
    if (!options.dryRun) await options.onCommit?.(tx, report);
    if (!options.dryRun && options.recordHistory !== false) await tx.run("import/record-run", { run: historyRow(report) });
    return report;
  };

  try {
    const viewerDb = db.forViewer(access.viewer);
    const report = options.dryRun
      ? await viewerDb.read((tx) => work(tx), { timeoutMs: options.timeoutMs })
      : staged
        ? await runStaged(db, viewerDb, {
          id, user: options.user, timeoutMs: options.timeoutMs, maxHeldElements: options.maxTransactionElements ?? options.maxElements,
        }, work)
        : await viewerDb.write((tx) => work(tx), { timeoutMs: options.timeoutMs, retry: false });
    progress({ phase: "done", done: total, total });
    return report;
  } catch (error) {
    progress({ phase: "done", done: 0, total });
    if (error instanceof ImportRejected) {
      return remember(db, options, finish("rejected", { files: scan.files, problems: error.problems }));
    }
    const reason = error instanceof AppError ? error.message : (error as Error).message;
    return remember(db, options, finish("failed", {
      files: scan.files, message: `The import failed and nothing was written: ${reason}`,
    }));
  }
}

/** Rejected and failed imports go to the history too, in a transaction of their own (best effort). */
async function remember(db: GraphDatabase, options: ImportOptions, report: ImportReport): Promise<ImportReport> {
  if (options.dryRun || options.recordHistory === false) return report;
  try {
    await db.write((tx) => tx.run("import/record-run", { run: historyRow(report) }));
  } catch {
    // The database may be the reason the import failed; the report still reaches the user.
  }
  return report;
}

function buildReport(input: {
  id: string; status: ImportStatus; dryRun: boolean; mode: ImportOptions["mode"]; source?: string; user: string;
  startedAt: string; files: FileSummary[]; tally?: Tally; problems?: ProblemList; message?: string; warnings?: ImportWarning[];
}): ImportReport {
  const tally = input.tally ?? emptyTally();
  const errors: ImportProblem[] = input.problems?.kept ?? [];
  const errorCount = input.problems?.count ?? 0;
  const report: ImportReport = {
    id: input.id, status: input.status, dryRun: input.dryRun, mode: input.mode,
    ...(input.source ? { source: input.source } : {}),
    user: input.user, files: input.files,
    created: tally.created, updated: tally.updated, unchanged: tally.unchanged, deleted: tally.deleted,
    changes: tally.changes, errors, errorCount,
    problemGroups: input.problems?.groups ?? [], warnings: input.warnings ?? [],
    startedAt: input.startedAt, finishedAt: new Date().toISOString(), message: "",
    marking: tally.marking,
  };
  report.message = input.message ?? describe(report);
  return report;
}

function describe(report: ImportReport): string {
  const count = (c: { nodes: number; edges: number }) =>
    `${c.nodes} ${c.nodes === 1 ? "entity" : "entities"} and ${c.edges} relationship${c.edges === 1 ? "" : "s"}`;
  if (report.status === "rejected") {
    return `Nothing was written: ${report.errorCount} problem${report.errorCount === 1 ? "" : "s"} must be fixed first.`;
  }
  const changed = report.created.nodes + report.created.edges + report.updated.nodes + report.updated.edges
    + report.deleted.nodes + report.deleted.edges;
  const verb = report.dryRun ? "would" : "did";
  if (changed === 0) {
    return report.dryRun
      ? `The import would change nothing: ${count(report.unchanged)} are already as the files say.`
      : `Nothing changed: ${count(report.unchanged)} were already as the files say.`;
  }
  const parts = [
    `create ${count(report.created)}`, `update ${count(report.updated)}`, `delete ${count(report.deleted)}`,
  ];
  return report.dryRun
    ? `The import ${verb} ${parts.join(", ")}; ${count(report.unchanged)} are unchanged. Nothing has been written yet.`
    : `Imported: created ${count(report.created)}, updated ${count(report.updated)}, deleted ${count(report.deleted)}; ` +
      `${count(report.unchanged)} unchanged.`;
}
