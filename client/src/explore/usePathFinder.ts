import { useCallback, useEffect, useRef, useState } from "react";
import type { ApiProblem } from "../api/ApiProblem";
import { isAbort, toProblem } from "../api/fetchJson";
import type { Language } from "../../../contract/model.ts";
import { useViewStore } from "../view/viewStore";
import { findPaths } from "./exploreApi";
import type { FoundPath, PathsAnswer } from "./pathsSchema";

export type PathMode = { type: "allShortest" } | { type: "kShortest"; k: number };

export interface PathRequest {
  from: string;
  to: string;
  mode: PathMode;
  language: Language;
}

export type PathSearch =
  | { type: "idle" }
  | { type: "searching" }
  | { type: "found"; answer: PathsAnswer }
  | { type: "error"; problem: ApiProblem };

/** The ids of some paths, for the canvas's emphasis. */
export function elementsOfPaths(paths: FoundPath[]): { nodes: string[]; edges: string[] } {
  return {
    nodes: [...new Set(paths.flatMap((path) => path.nodes))],
    edges: [...new Set(paths.flatMap((path) => path.edges))],
  };
}

/**
 * Finds paths and has the canvas emphasise them; `clear` (or a new search) takes the
 * emphasis back, and only the emphasis this finder set.
 */
export function usePathFinder() {
  const [search, setSearch] = useState<PathSearch>({ type: "idle" });
  const controller = useRef<AbortController | null>(null);
  const setEmphasis = useViewStore((state) => state.setEmphasis);

  useEffect(() => () => controller.current?.abort(), []);

  const emphasise = useCallback(
    (paths: FoundPath[]) => setEmphasis(paths.length > 0 ? { source: "path", ...elementsOfPaths(paths) } : null),
    [setEmphasis],
  );

  const find = useCallback(
    async (request: PathRequest) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setSearch({ type: "searching" });
      try {
        const { from, to, mode, language } = request;
        const answer = await findPaths({ from, to, language, ...(mode.type === "kShortest" ? { k: mode.k } : {}) }, current.signal);
        setSearch({ type: "found", answer });
        emphasise(answer.paths);
      } catch (error) {
        if (!isAbort(error)) setSearch({ type: "error", problem: toProblem(error) });
      }
    },
    [emphasise],
  );

  const clear = useCallback(() => {
    controller.current?.abort();
    setSearch({ type: "idle" });
    if (useViewStore.getState().emphasis?.source === "path") setEmphasis(null);
  }, [setEmphasis]);

  return { search, find, clear, emphasise };
}
