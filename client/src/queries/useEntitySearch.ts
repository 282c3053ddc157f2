import { useEffect, useState } from "react";
import type { ApiProblem } from "../api/ApiProblem";
import { SEARCH_DEBOUNCE_MS, searchEntities } from "../api/entitySearch";
import { isAbort, toProblem } from "../api/fetchJson";
import type { Language } from "../../../contract/model.ts";

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

export const SEARCH_LIMIT = 8;

/** Searches entities as the text changes (debounced); a blank text searches nothing. */
export function useEntitySearch(text: string, language: Language): EntitySearch {
  const [state, setState] = useState<{ text: string; value: EntitySearch }>({ text: "", value: { type: "idle" } });
  const q = text.trim();

  useEffect(() => {
    if (q === "") return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchEntities(q, { language, limit: SEARCH_LIMIT, signal: controller.signal }).then(
        (results) => setState({
          text: q,
          value: { type: "found", matches: results.map(({ data }) => ({ id: data.id, name: data.name, kind: data.kind })) },
        }),
        (error: unknown) => {
          if (!isAbort(error)) setState({ text: q, value: { type: "error", problem: toProblem(error) } });
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, language]);

  if (q === "") return { type: "idle" };
  return state.text === q ? state.value : { type: "searching" };
}
