import { create } from "zustand";
import { ApiProblem } from "../api/ApiProblem";
import { fetchGraphView, fetchModel, fetchNeighbourhood } from "./graphApi";
import type { GraphModel } from "./graphModelSchema";
import type { Language } from "../../../contract/model.ts";
import type { GraphElements } from "../../../contract/elements.ts";

/** Async status of the graph's data, NeoDash-style: what the status line shows. */
export type GraphStatus =
  | { type: "idle" }
  | { type: "loading" }
  | { type: "error"; problem: ApiProblem };

/** How many entities the first view asks for; more is refined by filters or expansion. */
export const INITIAL_LIMIT = 2000;

interface GraphStore {
  model: GraphModel | null;
  /** Everything on the canvas: the first view plus whatever was expanded into it. */
  elements: GraphElements;
  /** Entities that matched the first view before its limit. */
  total: number;
  truncated: boolean;
  status: GraphStatus;
  /** The whole network (up to INITIAL_LIMIT entities), or one entity's neighbourhood when `start` is set. */
  load(options: { language: Language; asOf: string | null; start?: string | null }): Promise<void>;
  /** Adds an entity's neighbourhood to the canvas (positions of what is there are kept). */
  expand(id: string, options: { depth: number; language: Language; asOf: string | null }): Promise<number>;
}

const empty: GraphElements = { nodes: [], edges: [] };
let loadGeneration = 0;

export const useGraphStore = create<GraphStore>()((set, get) => ({
  model: null,
  elements: empty,
  total: 0,
  truncated: false,
  status: { type: "idle" },

  async load({ language, asOf, start }) {
    const generation = ++loadGeneration;
    set({ status: { type: "loading" } });
    try {
      const query = new URLSearchParams({ lang: language, limit: String(INITIAL_LIMIT) });
      if (asOf) query.set("asOf", asOf);
      const [model, graph] = await Promise.all([
        get().model ?? fetchModel(),
        start
          ? fetchNeighbourhood(start, query)
            .then((found) => ({ ...found, total: found.nodes.length }))
          : fetchGraphView(query),
      ]);
      if (generation !== loadGeneration) return;
      set({
        model,
        elements: { nodes: graph.nodes, edges: graph.edges },
        total: graph.total,
        truncated: graph.truncated,
        status: { type: "idle" },
      });
    } catch (error) {
      if (generation !== loadGeneration) return;
      set({ status: { type: "error", problem: asProblem(error) } });
    }
  },

  async expand(id, { depth, language, asOf }) {
    const query = new URLSearchParams({ depth: String(depth), lang: language });
    if (asOf) query.set("asOf", asOf);
    const found = await fetchNeighbourhood(id, query);
    const { elements } = get();
    const nodeIds = new Set(elements.nodes.map((n) => n.data.id));
    const edgeIds = new Set(elements.edges.map((e) => e.data.id));
    const newNodes = found.nodes.filter((n) => !nodeIds.has(n.data.id));
    const newEdges = found.edges.filter((e) => !edgeIds.has(e.data.id));
    set({ elements: { nodes: [...elements.nodes, ...newNodes], edges: [...elements.edges, ...newEdges] } });
    return newNodes.length;
  },
}));

export function asProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  return new ApiProblem({
    type: "about:blank",
    title: "Could not load the graph",
    status: 0,
    detail: error instanceof Error ? error.message : String(error),
  });
}
