import { markingOf } from "../access/answer-marking.ts";
import { type ResponseMarking } from "../../contract/markings.ts";
import { storedMarking } from "../access/markings.ts";
import { highestMarking } from "../../contract/markings.ts";
import type { ViewerDatabase } from "../neo4j/database.ts";
import type { FileSummary, ImportReport, ImportStatus } from "./import-report.ts";

/** One import as the history keeps it: who, when, which files, the counts, and its marking. */
export interface ImportHistoryEntry {
  id: string;
  status: ImportStatus;
  mode: string;
  source?: string;
  user: string;
  files: FileSummary[];
  created: { nodes: number; edges: number };
  updated: { nodes: number; edges: number };
  unchanged: { nodes: number; edges: number };
  deleted: { nodes: number; edges: number };
  errorCount: number;
  startedAt: string;
  finishedAt: string;
  message: string;
  /** The highest of its recorded marking and of the named elements' markings now. */
  marking: ResponseMarking;
}

/** The ids of the elements a report names, by element kind. */
export function namedIds(report: Pick<ImportReport, "changes">): { nodeIds: string[]; edgeIds: string[] } {
  const changes = [...report.changes.created, ...report.changes.updated, ...report.changes.deleted];
  const ids = (element: "node" | "edge") => [...new Set(changes.filter((change) => change.element === element).map((change) => change.id))];
  return { nodeIds: ids("node"), edgeIds: ids("edge") };
}

/**
 * The report flattened to properties Neo4j can hold (no nested maps), with its marking
 * stored as elements store theirs, so list-runs reads it through the same rule.
 */
export function historyRow(report: ImportReport): Record<string, unknown> {
  return {
    id: report.id, status: report.status, mode: report.mode, source: report.source ?? null, user: report.user,
    files: JSON.stringify(report.files),
    createdNodes: report.created.nodes, createdEdges: report.created.edges,
    updatedNodes: report.updated.nodes, updatedEdges: report.updated.edges,
    unchangedNodes: report.unchanged.nodes, unchangedEdges: report.unchanged.edges,
    deletedNodes: report.deleted.nodes, deletedEdges: report.deleted.edges,
    errorCount: report.errorCount, startedAt: report.startedAt, finishedAt: report.finishedAt, message: report.message,
    ...storedMarking(report.marking), markingRecorded: true, ...namedIds(report),
  };
}

/** The history the reader may see (import/list-runs.cypher says which runs), newest first. */
export async function listImportHistory(reader: ViewerDatabase, options: { limit: number; username: string }): Promise<ImportHistoryEntry[]> {
  const rows = await reader.query("import/list-runs", { limit: options.limit, username: options.username });
  return rows.map((row) => {
    const run = row.run as Record<string, unknown>;
    const pair = (prefix: string) => ({ nodes: Number(run[`${prefix}Nodes`] ?? 0), edges: Number(run[`${prefix}Edges`] ?? 0) });
    return {
      id: String(run.id), status: run.status as ImportStatus, mode: String(run.mode),
      ...(run.source ? { source: String(run.source) } : {}),
      user: String(run.user), files: JSON.parse(String(run.files ?? "[]")) as FileSummary[],
      created: pair("created"), updated: pair("updated"), unchanged: pair("unchanged"), deleted: pair("deleted"),
      errorCount: Number(run.errorCount ?? 0), startedAt: String(run.startedAt), finishedAt: String(run.finishedAt),
      message: String(run.message ?? ""),
      marking: highestMarking([markingOf([run]), markingOf(row.markings as object[])]),
    };
  });
}
