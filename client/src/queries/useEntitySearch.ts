import { useEffect, useState } from "react";
import { z } from "zod";
import type { ApiProblem } from "../api/ApiProblem";
import { fetchJson, isAbort, toProblem } from "../api/fetchJson";
import type { Language } from "../graph/graphModelSchema";

/** `GET /api/search`: ranked matches. */
export const searchAnswerSchema = z.object({
  results: z.array(z.object({
    data: z.looseObject({ id: z.string(), kind: z.string(), name: z.string().optional() }),
    score: z.number(),
  })),
});

export interface EntityMatch {
  id: string;
  name: string;
  kind: string;
}

export type EntitySearch =
  | { type: "idle" }
  | { type: "searching" }
  | { type: "found"; matches: EntityMatch[] }
  | { type: "error"; problem: ApiProblem };

/** Typing pauses this long before a request goes out. */
export const SEARCH_DELAY_MS = 200;
export const SEARCH_LIMIT = 8;

/** Searches entities as the text changes (debounced); a blank text searches nothing. */
export function useEntitySearch(text: string, language: Language): EntitySearch {
  const [state, setState] = useState<{ text: string; value: EntitySearch }>({ text: "", value: { type: "idle" } });
  const q = text.trim();

  useEffect(() => {
    if (q === "") return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const query = new URLSearchParams({ q, limit: String(SEARCH_LIMIT), lang: language });
      fetchJson(`/api/search?${query}`, { schema: searchAnswerSchema, signal: controller.signal }).then(
        ({ results }) => setState({
          text: q,
          value: { type: "found", matches: results.map(({ data }) => ({ id: data.id, name: data.name ?? data.id, kind: data.kind })) },
        }),
        (error: unknown) => {
          if (!isAbort(error)) setState({ text: q, value: { type: "error", problem: toProblem(error) } });
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, language]);

  if (q === "") return { type: "idle" };
  return state.text === q ? state.value : { type: "searching" };
}
