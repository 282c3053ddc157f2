import type { ImportMapping } from "../../../contract/import-mapping.ts";
import type { ImportMode } from "../../../contract/imports.ts";
import { callEndpoint, endpoints } from "../api/endpoints";
import { useEndpoint } from "../api/useJsonResource";
import type { Language } from "../../../contract/model.ts";

/** The data page's endpoints: imports (start, follow, history) and the data-quality findings. */

/** What an import is asked to do with which files; kept so that a dry run can be confirmed as is. */
export interface ImportRequest {
  files: readonly File[];
  mode: ImportMode;
  /** The source the elements are recorded under; required by replace. Empty: none. */
  source: string;
  /** The mapping step's mapping; sent as the multipart part `mapping` unless it is empty. */
  mapping?: ImportMapping;
}

/** The query string of `POST /api/imports` for a request. */
export function importQuery(request: ImportRequest, dryRun: boolean): URLSearchParams {
  const query = new URLSearchParams({ dryRun: String(dryRun), mode: request.mode });
  const source = request.source.trim();
  if (source) query.set("source", source);
  return query;
}

/**
 * Uploads the files as multipart/form-data and returns the job the server started
 * (202); failures are the usual ApiProblems (the 400, 413 and 415 problems name
 * the file and what is wrong).
 */
export function postImport(request: ImportRequest, { dryRun, signal }: { dryRun: boolean; signal?: AbortSignal }) {
  const form = new FormData();
  if (request.mapping && Object.keys(request.mapping).length > 0) form.append("mapping", JSON.stringify(request.mapping));
  for (const file of request.files) form.append("file", file, file.name);
  return callEndpoint(endpoints.startImport, { query: importQuery(request, dryRun), body: form, signal });
}

export function fetchImportJob(id: string, signal?: AbortSignal) {
  return callEndpoint(endpoints.importJob, { params: { id }, signal });
}

/** The last `limit` imports, newest first; fetched again when `revision` changes. */
export function useImportHistory(limit: number, revision: number) {
  return useEndpoint(endpoints.importHistory, { query: { limit: String(limit) } }, revision);
}

/** The data-quality findings, the first `limit` of each; fetched again when `revision` changes. */
export function useDataQuality(language: Language, limit: number, revision: number) {
  return useEndpoint(endpoints.dataQuality, { query: { lang: language, limit: String(limit) } }, revision);
}
