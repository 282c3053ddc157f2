import { create } from "zustand";
import { searchToView } from "./urlState";
import type { ViewState } from "./viewState";

/**
 * What the canvas should emphasise, set by whoever found it (a canned query, a path, the
 * what-if analysis) and drawn by the canvas: findings stand out, the rest is dimmed.
 */
export interface Emphasis {
  source: "query" | "path" | "whatIf";
  nodes: string[];
  edges: string[];
}

/** What-if impact on the canvas: removed elements, what they cut off, new single points of failure. */
export interface WhatIfImpact {
  removedNodes: string[];
  removedEdges: string[];
  cutOff: string[];
  newArticulationPoints: string[];
}

interface ViewStore extends ViewState {
  emphasis: Emphasis | null;
  whatIfImpact: WhatIfImpact | null;
  /** Bumped to ask the canvas to centre on an element (search, a row click). */
  focus: { id: string; nonce: number } | null;
  set(patch: Partial<ViewState>): void;
  select(id: string | null, options?: { focus?: boolean }): void;
  setEmphasis(emphasis: Emphasis | null): void;
  setWhatIfImpact(impact: WhatIfImpact | null): void;
  toggleIn(key: "hiddenKinds" | "hiddenTypes" | "hiddenNodes" | "pinned", id: string): void;
}

export const useViewStore = create<ViewStore>()((set) => ({
  ...searchToView(typeof window === "undefined" ? "" : window.location.search),
  emphasis: null,
  whatIfImpact: null,
  focus: null,
  set: (patch) => set(patch),
  select: (id, options) =>
    set((state) => ({
      selection: id,
      focus: id && options?.focus ? { id, nonce: (state.focus?.nonce ?? 0) + 1 } : state.focus,
    })),
  setEmphasis: (emphasis) => set({ emphasis }),
  setWhatIfImpact: (whatIfImpact) => set({ whatIfImpact }),
  toggleIn: (key, id) =>
    set((state) => ({
      [key]: state[key].includes(id) ? state[key].filter((x) => x !== id) : [...state[key], id],
    })),
}));

/** The view fields alone, for the URL. */
export function viewOf(state: ViewState): ViewState {
  const { layout, hiddenKinds, hiddenTypes, scope, start, asOf, selection, expandDepth, hiddenNodes, pinned, query, whatIf, view, panel, page } = state;
  return { layout, hiddenKinds, hiddenTypes, scope, start, asOf, selection, expandDepth, hiddenNodes, pinned, query, whatIf, view, panel, page };
}
