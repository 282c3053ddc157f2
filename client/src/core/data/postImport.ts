import { ApiProblem } from "../api/ApiProblem";
import { csrfHeaders, reportAnswer } from "../api/apiSession";
import { isAbort } from "../api/fetchJson";
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
 * (202). `fetchJson` sends JSON only, hence this POST of its own; failures are the same
 * {@link ApiProblem}s (the 400, 413 and 415 problems name the file and what is wrong).
 */
export async function postImport(request: ImportRequest, { dryRun, signal }: { dryRun: boolean; signal?: AbortSignal }): Promise<ImportJob> {
  const url = `/api/imports?${importQuery(request, dryRun)}`;
  const form = new FormData();
  for (const file of request.files) form.append("file", file, file.name);

  let response: Response;
  try {
    response = await fetch(url, { method: "POST", headers: { Accept: "application/json", ...csrfHeaders("POST") }, body: form, signal });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw ApiProblem.unreachable(url, error, "POST");
  }
  const body = await response.json().catch(() => undefined) as unknown;
  reportAnswer(url, response.status, body);
  if (!response.ok) {
    throw body === undefined ? ApiProblem.fromBareResponse(url, response, "POST") : ApiProblem.fromBody(body, response);
  }
  const parsed = importJobSchema.safeParse(body);
  if (!parsed.success) throw ApiProblem.unexpectedBody(url, response, parsed.error.issues[0]?.message ?? "not an import job", "POST");
  return parsed.data;
}
