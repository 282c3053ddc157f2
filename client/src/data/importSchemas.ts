/** The import API's answers as contract/imports.ts declares them. */
export {
  IMPORT_MODES, type ElementChange, type ElementCounts, type ImportHistoryEntry, type ImportJob, type ImportMode, type ImportProblem,
  type ImportProgress, type ImportReport,
} from "../../../contract/imports.ts";
