import type { ImportJob, ImportReport } from "../../../../contract/imports.ts";

/**
 * Import reports shaped and worded as `POST /api/imports` produces them (see
 * server/import/run-import.ts), for the data page's component tests.
 */
const zero = { nodes: 0, edges: 0 };
const unclassified = { classification: "UNCLASSIFIED" as const, caveats: [] };

/** A CSV pair with bad rows: an unknown kind, a missing required name, a dangling endpoint. */
export const rejectedCsvReport: ImportReport = {
  id: "5d1f0c5e-7f0e-4a53-9a1c-2b8a7e0f3c11",
  status: "rejected",
  dryRun: true,
  mode: "merge",
  source: "regional-sheet",
  user: "api",
  files: [
    { name: "nodes.csv", format: "csv-nodes", bytes: 412, nodes: 3, edges: 0 },
    { name: "relationships.csv", format: "csv-relationships", bytes: 198, nodes: 0, edges: 2 },
  ],
  created: zero, updated: zero, unchanged: zero, deleted: zero,
  changes: { created: [], updated: [], deleted: [], truncated: false },
  errors: [
    { file: "relationships.csv", line: 3, row: 2, field: ":END_ID", message: "no node has id \"nowhere\", in the files or in the database" },
    { file: "nodes.csv", line: 4, row: 3, field: "nameFr", message: "is required" },
    { file: "nodes.csv", line: 2, row: 1, field: "kind", message: "unknown kind \"Agency\"; the model has Service, Partner, Body, Threat" },
  ],
  errorCount: 1204, problemGroups: [], warnings: [],
  startedAt: "2025-03-04T09:15:02.118Z",
  finishedAt: "2025-03-04T09:15:02.342Z",
  message: "Nothing was written: 1204 problems must be fixed first.",
  marking: unclassified,
};

/** A replace-mode dry run that creates, updates and deletes. */
export const dryRunReport: ImportReport = {
  id: "9a3e4b70-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
  status: "dry-run",
  dryRun: true,
  mode: "replace",
  source: "regional-sheet",
  user: "api",
  files: [{ name: "regional.json", format: "json", bytes: 2310, nodes: 3, edges: 2 }],
  created: { nodes: 1, edges: 1 },
  updated: { nodes: 1, edges: 0 },
  unchanged: { nodes: 1, edges: 1 },
  deleted: { nodes: 1, edges: 1 },
  changes: {
    created: [
      { element: "node", id: "regional-unit", label: "Partner", marking: unclassified, file: "regional.json", line: 4 },
      { element: "edge", id: "regional-unit--cooperates--vsse", label: "COOPERATES_WITH", marking: unclassified, file: "regional.json", line: 12 },
    ],
    updated: [{ element: "node", id: "ocam", label: "Partner", marking: unclassified, fields: ["nameFr", "descriptionFr"], file: "regional.json", line: 7 }],
    deleted: [
      { element: "node", id: "old-unit", label: "Partner", marking: unclassified },
      { element: "edge", id: "old-unit--cooperates--vsse", label: "COOPERATES_WITH", marking: unclassified },
    ],
    truncated: false,
  },
  errors: [],
  errorCount: 0, problemGroups: [], warnings: [],
  startedAt: "2025-03-04T09:20:11.000Z",
  finishedAt: "2025-03-04T09:20:11.480Z",
  message: "The import would create 1 entities and 1 relationships, update 1 entities and 0 relationships, delete 1 entities and 1 relationships; 1 entities and 1 relationships are unchanged. Nothing has been written yet.",
  marking: unclassified,
};

/** The same files, imported. */
export const importedReport: ImportReport = {
  ...dryRunReport,
  id: "0b7c2d1e-3f4a-4b5c-9d6e-7f8091a2b3c4",
  status: "imported",
  dryRun: false,
  message: "Imported: created 1 entities and 1 relationships, updated 1 entities and 0 relationships, deleted 1 entities and 1 relationships; 1 entities and 1 relationships unchanged.",
};

/** A job as `GET /api/imports/{id}` answers while it runs, and once done. */
export function jobAt(report: ImportReport, progress: ImportJob["progress"] | "done"): ImportJob {
  return progress === "done"
    ? { id: report.id, state: "done", progress: { phase: "done", done: 5, total: 5 }, report }
    : { id: report.id, state: "running", progress };
}
