import { useGraphStore } from "../graph/graphStore";
import { currentLanguage } from "../i18n/i18n";
import { useViewStore } from "../view/viewStore";
import { collapsibleNeighbours } from "./collapsibleNeighbours";
import { visibleElements } from "./visibleElements";

/**
 * What the canvas's menu, a double-click and the search do to one entity, as store
 * actions: the stores stay the one source of truth, the canvas only follows them.
 */

/** Brings `id`'s neighbourhood onto the canvas; resolves to how many entities are new. */
export function expandNode(id: string, depth: number = useViewStore.getState().expandDepth): Promise<number> {
  return useGraphStore.getState().expand(id, { depth, language: currentLanguage(), asOf: useViewStore.getState().asOf });
}

/** Hides the neighbours that hang on `id` alone; returns their ids (none: nothing to collapse). */
export function collapseNode(id: string): string[] {
  const view = useViewStore.getState();
  const shown = visibleElements(useGraphStore.getState().elements, view);
  const gone = collapsibleNeighbours(shown, id);
  if (gone.length) view.set({ hiddenNodes: [...view.hiddenNodes, ...gone] });
  return gone;
}

export function hideNode(id: string): void {
  const view = useViewStore.getState();
  if (!view.hiddenNodes.includes(id)) view.set({ hiddenNodes: [...view.hiddenNodes, id] });
  if (view.selection === id) view.select(null);
}

export function togglePin(id: string): void {
  useViewStore.getState().toggleIn("pinned", id);
}

/** Whether `id` is on the canvas (loaded, whatever the filters). */
export function isLoaded(id: string): boolean {
  return useGraphStore.getState().elements.nodes.some((node) => node.data.id === id);
}

/** Makes sure a hand-hidden entity shows again (search brings back what was hidden). */
export function unhideNode(id: string): void {
  const view = useViewStore.getState();
  if (view.hiddenNodes.includes(id)) view.set({ hiddenNodes: view.hiddenNodes.filter((other) => other !== id) });
}
