import { create } from "zustand";
import type { PageName } from "../view/viewState";
import { readMarking, UNCLASSIFIED, type Marking } from "./markings";
import { highestMarking } from "../../../contract/markings.ts";

/**
 * The markings of what the API has sent, by the part of the screen that shows it. A new
 * answer replaces its part's marking, except that a neighbourhood expanded into the graph
 * adds to it (the graph then shows both). Parts are per page, so the banner shows the
 * highest marking of the page on screen.
 */
export type MarkingPart = "graph" | "details" | "query" | "whatIf" | "paths" | "search" | "other";

interface MarkedPart {
  page: PageName | "any";
  marking: Marking;
}

interface MarkingStore {
  parts: Partial<Record<string, MarkedPart>>;
  record(url: string, marking: unknown, currentPage: PageName): void;
  clear(): void;
}

/** Which part of the screen an answer fills, from its path. */
export function partOf(url: string): { part: MarkingPart; adds: boolean; explore: boolean } {
  const path = new URL(url, "http://localhost").pathname;
  if (path === "/api/graph") return { part: "graph", adds: false, explore: true };
  if (/^\/api\/nodes\/[^/]+\/neighbourhood$/.test(path)) return { part: "graph", adds: true, explore: true };
  if (path.startsWith("/api/nodes/") || path.startsWith("/api/relationships/")) return { part: "details", adds: false, explore: true };
  if (path.startsWith("/api/queries/")) return { part: "query", adds: false, explore: true };
  if (path.startsWith("/api/what-if")) return { part: "whatIf", adds: false, explore: true };
  if (path.startsWith("/api/paths")) return { part: "paths", adds: false, explore: true };
  if (path.startsWith("/api/search")) return { part: "search", adds: false, explore: true };
  return { part: "other", adds: false, explore: false };
}

export const useMarkingStore = create<MarkingStore>()((set) => ({
  parts: {},
  record: (url, raw, currentPage) => {
    const { part, adds, explore } = partOf(url);
    // Answers without graph data (accounts, import jobs) have no marking to show.
    if (part === "other" && (raw === undefined || raw === null)) return;
    const page = explore ? "explore" : currentPage;
    const key = part === "other" ? `other:${new URL(url, "http://localhost").pathname}` : part;
    const marking = readMarking(raw);
    set((state) => {
      const before = state.parts[key];
      const next = adds && before ? highestMarking([before.marking, marking]) : marking;
      return { parts: { ...state.parts, [key]: { page, marking: next } } };
    });
  },
  clear: () => set({ parts: {} }),
}));

/** The highest marking shown on this page; parts that are off screen (no query chosen) are left out. */
export function pageMarking(parts: MarkingStore["parts"], page: PageName, hidden: readonly MarkingPart[] = []): Marking {
  const shown = Object.entries(parts)
    .filter(([key, part]) => part && (part.page === page || part.page === "any") && !hidden.includes(key as MarkingPart))
    .map(([, part]) => part!.marking);
  return shown.length ? highestMarking(shown) : UNCLASSIFIED;
}
