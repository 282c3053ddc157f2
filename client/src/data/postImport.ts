import { fetchJson } from "../api/fetchJson";
import { importJobSchema, type ImportJob, type ImportMode } from "./importSchemas";

/** What an import is asked to do with which files; kept so that a dry run can be confirmed as is. */
export interface ImportRequest {
  files: readonly File[];
  mode: ImportMode;
  /** The source the elements are recorded under; required by replace. Empty: none. */
  source: string;
}

/** The query string of `POST /api/imports` for a request. */
export function importQuery(request: ImportRequest, dryRun: boolean): string {
  const query = new URLSearchParams({ dryRun: String(dryRun), mode: request.mode });
  const source = request.source.trim();
  if (source) query.set("source", source);
  return query.toString();
}

/**
 * Uploads the files as multipart/form-data and returns the job the server started
 * (202); failures are the usual ApiProblems (the 400, 413 and 415 problems name
 * the file and what is wrong).
 */
export function postImport(request: ImportRequest, { dryRun, signal }: { dryRun: boolean; signal?: AbortSignal }): Promise<ImportJob> {
  const form = new FormData();
  for (const file of request.files) form.append("file", file, file.name);
  return fetchJson(`/api/imports?${importQuery(request, dryRun)}`, { schema: importJobSchema, body: form, signal });
}
