import { defaultViewState, LAYOUTS, PAGES, SCOPES, type ViewState } from "./viewState";

/**
 * The view in the URL's query string, so that a copied link reproduces it. Only what
 * differs from the defaults is written; anything unreadable falls back to the default.
 */
const list = (value: string | null) => (value ? value.split(",").filter(Boolean) : []);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function viewToSearch(view: ViewState, language: string): string {
  const params = new URLSearchParams();
  params.set("lang", language);
  if (view.layout !== defaultViewState.layout) params.set("layout", view.layout);
  if (view.hiddenKinds.length) params.set("hideKinds", view.hiddenKinds.join(","));
  if (view.hiddenTypes.length) params.set("hideTypes", view.hiddenTypes.join(","));
  if (view.scope !== "all") params.set("scope", view.scope);
  if (view.start) params.set("start", view.start);
  if (view.asOf) params.set("asOf", view.asOf);
  if (view.selection) params.set("sel", view.selection);
  if (view.expandDepth !== 1) params.set("depth", String(view.expandDepth));
  if (view.hiddenNodes.length) params.set("hide", view.hiddenNodes.join(","));
  if (view.pinned.length) params.set("pin", view.pinned.join(","));
  if (view.query) {
    params.set("q", view.query.id);
    if (Object.keys(view.query.params).length) params.set("qp", JSON.stringify(view.query.params));
  }
  if (view.whatIf) {
    params.set("whatIf", [...view.whatIf.nodes.map((id) => `n:${id}`), ...view.whatIf.edges.map((id) => `e:${id}`)].join(","));
  }
  if (view.view !== "graph") params.set("view", view.view);
  if (view.panel !== "details") params.set("panel", view.panel);
  if (view.page !== "explore") params.set("page", view.page);
  return `?${params.toString()}`;
}

export function searchToView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const layout = params.get("layout");
  const scope = params.get("scope");
  const asOf = params.get("asOf");
  const depth = Number(params.get("depth"));
  const whatIf = params.get("whatIf");
  const panel = params.get("panel");
  const page = params.get("page");
  return {
    layout: LAYOUTS.includes(layout as never) ? (layout as ViewState["layout"]) : defaultViewState.layout,
    hiddenKinds: list(params.get("hideKinds")),
    hiddenTypes: list(params.get("hideTypes")),
    scope: SCOPES.includes(scope as never) ? (scope as ViewState["scope"]) : "all",
    start: params.get("start"),
    asOf: asOf && DATE.test(asOf) ? asOf : null,
    selection: params.get("sel"),
    expandDepth: depth === 2 || depth === 3 ? depth : 1,
    hiddenNodes: list(params.get("hide")),
    pinned: list(params.get("pin")),
    query: params.get("q") ? { id: params.get("q")!, params: parseParams(params.get("qp")) } : null,
    whatIf: whatIf === null ? null : {
      nodes: list(whatIf).filter((x) => x.startsWith("n:")).map((x) => x.slice(2)),
      edges: list(whatIf).filter((x) => x.startsWith("e:")).map((x) => x.slice(2)),
    },
    view: params.get("view") === "table" ? "table" : "graph",
    panel: panel === "queries" || panel === "whatIf" ? panel : "details",
    page: PAGES.includes(page as never) ? (page as ViewState["page"]) : "explore",
  };
}

function parseParams(text: string | null): Record<string, unknown> {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
