import { viewToSearch } from "../view/urlState";
import type { ViewState } from "../view/viewState";
import { useViewStore, viewOf } from "../view/viewStore";

/**
 * Opening an entity of the data page in the explore view: its neighbourhood (`start`,
 * so that it is on the canvas even when the whole network is cut short) with it selected.
 */
export function exploreViewOf(view: ViewState, id: string): ViewState {
  return { ...view, page: "explore", start: id, selection: id };
}

/** The link to that view, so that it can also be opened in a new tab. */
export function exploreHref(id: string, language: string): string {
  return viewToSearch(exploreViewOf(viewOf(useViewStore.getState()), id), language);
}

export function openInExplore(id: string): void {
  const store = useViewStore.getState();
  store.set(exploreViewOf(viewOf(store), id));
  store.select(id, { focus: true });
}
