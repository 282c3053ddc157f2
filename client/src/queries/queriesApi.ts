import { callEndpoint, endpoints } from "../api/endpoints";
import { useEndpoint } from "../api/useJsonResource";
import type { Language } from "../../../contract/model.ts";

/** The canned-query catalog, titles and descriptions in `language`. */
export function useQueryCatalog(language: Language) {
  return useEndpoint(endpoints.queryCatalog, { query: { lang: language } });
}

export function runQuery(id: string, { params, language }: { params: Record<string, unknown>; language: Language }, signal?: AbortSignal) {
  return callEndpoint(endpoints.runQuery, { params: { id }, query: { lang: language }, body: { params }, signal });
}
