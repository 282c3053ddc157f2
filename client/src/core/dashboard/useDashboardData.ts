import { useEffect, useState } from "react";
import { ApiProblem } from "../api/ApiProblem";
import { fetchJson } from "../api/fetchJson";
import { graphElementsSchema, type GraphElements } from "../graph/graphElementsSchema";
import { graphModelSchema, type GraphModel, type Language } from "../model/graphModelSchema";

/** `idle` once loading has finished (or before it starts); the data, if any, sits beside it. */
export type AsyncStatus =
  | { type: "idle" }
  | { type: "loading" }
  | { type: "error"; problem: ApiProblem };

export interface DashboardData {
  model: GraphModel;
  graph: GraphElements;
}

export interface DashboardState {
  status: AsyncStatus;
  data: DashboardData | null;
}

/** Loads the graph model and the whole graph, labelled in `language`, in parallel. */
export function useDashboardData(language: Language): DashboardState {
  const [state, setState] = useState<DashboardState>({ status: { type: "loading" }, data: null });

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    setState((previous) => ({ status: { type: "loading" }, data: previous.data }));

    Promise.all([
      fetchJson("/api/model", { schema: graphModelSchema, signal }),
      fetchJson(`/api/graph?lang=${encodeURIComponent(language)}`, { schema: graphElementsSchema, signal }),
    ]).then(
      ([model, graph]) => {
        if (!signal.aborted) setState({ status: { type: "idle" }, data: { model, graph } });
      },
      (error: unknown) => {
        if (signal.aborted) return;
        setState({ status: { type: "error", problem: asProblem(error) }, data: null });
      },
    );

    return () => controller.abort();
  }, [language]);

  return state;
}

/** A bug in this module (not an API failure) still reaches the status line rather than the console only. */
function asProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  return new ApiProblem({
    type: "about:blank",
    title: "Could not load the graph",
    status: 0,
    detail: error instanceof Error ? error.message : String(error),
  });
}
