/**
 * The view: everything a shared link must reproduce. Kept apart from the graph's data
 * (graphStore) and its positions (the canvas).
 */
export const LAYOUTS = ["fcose", "concentric", "dagre", "circle", "grid"] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const SCOPES = ["all", "national", "international"] as const;
export type Scope = (typeof SCOPES)[number];

export type PanelName = "details" | "queries" | "whatIf";

/**
 * The dashboard's pages: exploring the network, loading and checking its data, the
 * user accounts and the audit trail (admins), and one's own access tokens.
 */
export const PAGES = ["explore", "data", "users", "audit", "account"] as const;
export type PageName = (typeof PAGES)[number];

export interface QuerySelection {
  id: string;
  params: Record<string, unknown>;
}

export interface ViewState {
  layout: LayoutName;
  /** Kinds and relationship types switched off (legend, filters). */
  hiddenKinds: string[];
  hiddenTypes: string[];
  /** Partners' scope to keep; other kinds are never hidden by it. */
  scope: Scope;
  /** Start from this entity's neighbourhood instead of the whole network (then expand). */
  start: string | null;
  /** YYYY-MM-DD: show the network as it was that day; null: all dates. */
  asOf: string | null;
  /** The selected node or relationship id. */
  selection: string | null;
  /** Hops a double-click expands. */
  expandDepth: 1 | 2 | 3;
  /** Entities hidden by hand. */
  hiddenNodes: string[];
  /** Entities pinned in place (layouts leave them where they are). */
  pinned: string[];
  /** The canned query shown, with its parameters; null when none. */
  query: QuerySelection | null;
  /** What-if mode: null when off; otherwise what is marked as removed. */
  whatIf: { nodes: string[]; edges: string[] } | null;
  view: "graph" | "table";
  panel: PanelName;
  page: PageName;
}

export const defaultViewState: ViewState = {
  layout: "fcose",
  hiddenKinds: [],
  hiddenTypes: [],
  scope: "all",
  start: null,
  asOf: null,
  selection: null,
  expandDepth: 1,
  hiddenNodes: [],
  pinned: [],
  query: null,
  whatIf: null,
  view: "graph",
  panel: "details",
  page: "explore",
};
