import { useEffect, useRef, useState, type RefObject } from "react";
import { useGraphStore } from "../../graph/graphStore";
import type { GraphModel } from "../../graph/graphModelSchema";
import type { ViewState } from "../../view/viewState";
import { useViewStore } from "../../view/viewStore";
import type { ElementFilters } from "../visibleElements";
import { canvasMarks } from "./canvasMarks";
import { startCanvasSession, type CanvasEvents, type CanvasSession, type LayoutStatus } from "./canvasSession";
import { canLayoutOffThread } from "./layoutOffThread";
import { showCanvas } from "./shownCanvas";
import { shouldUseWebgl } from "./webglSupport";

export interface GraphCanvasCallbacks {
  expand: CanvasEvents["expand"];
  menu: CanvasEvents["menu"];
}

const filtersOf = ({ hiddenKinds, hiddenTypes, scope, hiddenNodes }: ViewState): ElementFilters => ({
  hiddenKinds,
  hiddenTypes,
  scope,
  hiddenNodes,
});

/**
 * Keeps a Cytoscape instance in `container` in step with the graph and view stores. The
 * stores are followed through subscriptions, not React renders, so that nothing the
 * canvas does per frame reaches React; only the layout status does. A new instance is
 * made when the model arrives or the view crosses the large-view line (WebGL), and it
 * starts from the previous instance's positions.
 */
export function useGraphCanvas(
  container: RefObject<HTMLDivElement | null>,
  { model, large, callbacks }: { model: GraphModel | null; large: boolean; callbacks: GraphCanvasCallbacks },
): { session: RefObject<CanvasSession | null>; layoutStatus: LayoutStatus } {
  const [layoutStatus, setLayoutStatus] = useState<LayoutStatus>("running");
  const session = useRef<CanvasSession | null>(null);
  const positions = useRef(new Map<string, { x: number; y: number }>());
  const latestCallbacks = useRef(callbacks);
  useEffect(() => {
    latestCallbacks.current = callbacks;
  });

  useEffect(() => {
    const element = container.current;
    if (!element || !model) return;
    const view = useViewStore.getState();
    const current = startCanvasSession({
      container: element,
      model,
      large,
      webgl: shouldUseWebgl(large),
      offThread: canLayoutOffThread(),
      layout: view.layout,
      positions: positions.current,
      events: {
        select: (id) => useViewStore.getState().select(id),
        expand: (id) => latestCallbacks.current.expand(id),
        menu: (request) => latestCallbacks.current.menu(request),
        layoutStatus: (status) => {
          setLayoutStatus(status);
          if (status === "done" && useGraphStore.getState().elements.nodes.length > 0) markOnce("graph:interactive");
        },
      },
    });
    session.current = current;
    current.cy.one("render", () => markOnce("graph:first-render"));
    const withdraw = showCanvas(current.cy);

    current.setFilters(filtersOf(view));
    current.setMarks(canvasMarks(view));
    current.setPinned(view.pinned);
    current.setSelection(view.selection);
    current.syncGraph(useGraphStore.getState().elements);

    const stopGraph = useGraphStore.subscribe((state, previous) => {
      if (state.elements !== previous.elements) current.syncGraph(state.elements);
    });
    const stopView = useViewStore.subscribe((state, previous) => {
      if (
        state.hiddenKinds !== previous.hiddenKinds ||
        state.hiddenTypes !== previous.hiddenTypes ||
        state.scope !== previous.scope ||
        state.hiddenNodes !== previous.hiddenNodes
      ) {
        current.setFilters(filtersOf(state));
      }
      if (state.emphasis !== previous.emphasis || state.whatIf !== previous.whatIf || state.whatIfImpact !== previous.whatIfImpact) {
        current.setMarks(canvasMarks(state));
      }
      if (state.pinned !== previous.pinned) current.setPinned(state.pinned);
      if (state.selection !== previous.selection) current.setSelection(state.selection);
      if (state.layout !== previous.layout) current.setLayout(state.layout);
      if (state.focus && state.focus !== previous.focus) current.focus(state.focus.id);
    });

    return () => {
      stopGraph();
      stopView();
      positions.current = current.positions();
      withdraw();
      current.destroy();
      if (session.current === current) session.current = null;
    };
  }, [container, model, large]);

  return { session, layoutStatus };
}

/**
 * Performance marks for the render benchmark: the first frame with the graph, and the
 * first finished layout (the graph can be used). Set once per page.
 */
function markOnce(name: string): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}
