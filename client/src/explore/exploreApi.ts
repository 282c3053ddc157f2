import { callEndpoint, endpoints } from "../api/endpoints";
import { useEndpoint } from "../api/useJsonResource";
import type { Language } from "../../../contract/model.ts";

/** The explore page's own endpoints: paths between two entities, and saved views. */
export interface PathsQuery {
  from: string;
  to: string;
  /** Absent: every shortest path; else the k shortest simple paths. */
  k?: number;
  language: Language;
}

export function findPaths({ from, to, k, language }: PathsQuery, signal?: AbortSignal) {
  const query = new URLSearchParams({ from, to, lang: language });
  if (k !== undefined) query.set("k", String(k));
  return callEndpoint(endpoints.paths, { query, signal });
}

/** The saved views one may open; fetched only while `open`. */
export function useSavedViews(open: boolean) {
  return useEndpoint(endpoints.savedViews, open ? {} : null);
}

export function saveView(view: { name: string; url: string; shared: boolean }) {
  return callEndpoint(endpoints.saveView, { body: view });
}

export function deleteView(id: string) {
  return callEndpoint(endpoints.deleteView, { params: { id } });
}
