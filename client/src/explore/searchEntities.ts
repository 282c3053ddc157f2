import { z } from "zod";
import { fetchJson } from "../api/fetchJson";
import { graphNodeSchema } from "../graph/graphElementsSchema";
import type { Language } from "../graph/graphModelSchema";

/** `GET /api/search`: ranked entities, each as node element data. */
export const searchResultsSchema = z.object({
  results: z.array(graphNodeSchema.extend({ score: z.number() })),
});

export type SearchResult = z.infer<typeof searchResultsSchema>["results"][number];

export interface SearchOptions {
  language: Language;
  limit?: number;
  signal?: AbortSignal;
}

/** Matches for `text` over names and acronyms; a blank text matches nothing without asking. */
export async function searchEntities(text: string, { language, limit = 10, signal }: SearchOptions): Promise<SearchResult[]> {
  const q = text.trim();
  if (!q) return [];
  const query = new URLSearchParams({ q, limit: String(limit), lang: language });
  const body = await fetchJson(`/api/search?${query}`, { schema: searchResultsSchema, signal });
  return body.results;
}
