import { callEndpoint, endpoints } from "../api/endpoints";
import { useEndpoint } from "../api/useJsonResource";

/** The load sources the reader may see, with counts and last import; fetched again when `revision` changes. */
export function useSources(revision: number) {
  return useEndpoint(endpoints.sources, {}, revision);
}

/**
 * Deletes a source's visible elements, or with `dryRun` says what would go. A refusal is
 * an ApiProblem (422) whose `errors` are the import's problems, naming what holds on.
 */
export function deleteSource(name: string, dryRun: boolean, signal?: AbortSignal) {
  return callEndpoint(endpoints.deleteSource, { params: { name }, query: { dryRun: String(dryRun) }, signal });
}
