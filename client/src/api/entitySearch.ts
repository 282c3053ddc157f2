import type { SearchResults } from "../../../contract/explore.ts";
import type { Language } from "../../../contract/model.ts";
import { callEndpoint, endpoints } from "./endpoints";

/**
 * The one client of `GET /api/search`, for the header's search box and the query
 * forms' entity picker: ranked entities, each as node element data.
 */
export type SearchResult = SearchResults["results"][number];

/** Typing pauses this long before a search goes out. */
export const SEARCH_DEBOUNCE_MS = 200;

export interface SearchOptions {
  language: Language;
  limit?: number;
  signal?: AbortSignal;
}

/** Matches for `text` over names and acronyms; a blank text matches nothing without asking. */
export async function searchEntities(text: string, { language, limit = 10, signal }: SearchOptions): Promise<SearchResult[]> {
  const q = text.trim();
  if (!q) return [];
  const body = await callEndpoint(endpoints.search, { query: { q, limit: String(limit), lang: language }, signal });
  return body.results;
}
