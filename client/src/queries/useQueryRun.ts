import { useCallback, useEffect, useRef, useState } from "react";
import type { ApiProblem } from "../api/ApiProblem";
import type { Language } from "../../../contract/model.ts";
import { useViewStore } from "../view/viewStore";
import type { QueryAnswer } from "../../../contract/queries.ts";
import { isAbort, toProblem } from "../api/fetchJson";
import { runQuery } from "./queriesApi";

/** A canned query's states, NeoDash-style; "no findings" and "truncated" are read off a `done` answer. */
export type QueryRun =
  | { type: "none" }
  | { type: "running"; id: string }
  | { type: "done"; id: string; params: Record<string, unknown>; answer: QueryAnswer }
  | { type: "error"; id: string; problem: ApiProblem };

export interface RunRequest {
  id: string;
  params: Record<string, unknown>;
  language: Language;
}

/** True when the answer says so, or when it holds as many rows as the `limit` it was asked for. */
export function isTruncated(answer: QueryAnswer, limit: number | undefined): boolean {
  return answer.truncated === true || (limit !== undefined && answer.rows.length >= limit);
}

/**
 * Runs canned queries: the chosen query and its parameters go into the view (so a link
 * re-runs it), the findings onto the canvas. A newer run cancels an older one.
 */
export function useQueryRun() {
  const [run, setRun] = useState<QueryRun>({ type: "none" });
  const controller = useRef<AbortController | null>(null);
  const setEmphasis = useViewStore((state) => state.setEmphasis);
  const setView = useViewStore((state) => state.set);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async ({ id, params, language }: RunRequest) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setView({ query: { id, params } });
      setRun({ type: "running", id });
      try {
        const answer = await runQuery(id, { params, language }, current.signal);
        setRun({ type: "done", id, params, answer });
        setEmphasis({ source: "query", nodes: answer.highlight.nodes, edges: answer.highlight.edges });
      } catch (error) {
        if (isAbort(error)) return;
        setRun({ type: "error", id, problem: toProblem(error) });
        if (useViewStore.getState().emphasis?.source === "query") setEmphasis(null);
      }
    },
    [setEmphasis, setView],
  );

  /** Forgets the run's answer without touching the view (choosing another query). */
  const reset = useCallback(() => {
    controller.current?.abort();
    setRun({ type: "none" });
    if (useViewStore.getState().emphasis?.source === "query") setEmphasis(null);
  }, [setEmphasis]);

  /** Removes the query from the view and its findings from the canvas. */
  const clear = useCallback(() => {
    reset();
    setView({ query: null });
  }, [reset, setView]);

  return { run, start, reset, clear };
}
