import type { Core, Position } from "cytoscape";
import { concentricLevels } from "../concentricLevels";
import type { ElementFilters } from "../visibleElements";
import type { GraphElements } from "../../../../contract/elements.ts";
import type { GraphModel } from "../../graph/graphModelSchema";
import type { LayoutName } from "../../view/viewState";
import { applyClasses, applyLabelPlacement, applyPins, selectOnly } from "./canvasClasses";
import { forwardUserEvents, type CanvasEvents } from "./canvasEvents";
import { focus, focusIfArrived } from "./canvasFocus";
import { layoutBusy, stopLayouts } from "./canvasLayout";
import type { CanvasMarks } from "./canvasMarks";
import { layOutAll, placedPositions, provisionalPositions, settle } from "./canvasPlacement";
import { createCanvasState, visibleOnCanvas } from "./canvasState";
import { createCytoscape } from "./createCytoscape";
import type { KeyboardAction } from "./keyboardAction";
import { syncElements } from "./syncElements";
import { animateFitTo, moveByKey } from "./viewportMoves";

export type { CanvasEvents, LayoutStatus } from "./canvasEvents";

export interface CanvasSessionOptions {
  /** The element to draw in; none gives a headless instance (tests). */
  container?: HTMLElement;
  model: GraphModel;
  large: boolean;
  /** Draw with Cytoscape's WebGL renderer; only sensible for large views. */
  webgl: boolean;
  /** Lay large views out in a worker (browsers), so that the page stays responsive meanwhile. */
  offThread?: boolean;
  layout: LayoutName;
  /** Positions kept from an earlier instance: nodes found here are not laid out again. */
  positions?: ReadonlyMap<string, Position>;
  events: CanvasEvents;
}

export interface CanvasSession {
  readonly cy: Core;
  syncGraph(graph: GraphElements): void;
  setFilters(filters: ElementFilters): void;
  setMarks(marks: CanvasMarks): void;
  setSelection(id: string | null): void;
  setPinned(ids: readonly string[]): void;
  setLayout(name: LayoutName): void;
  /** Lays out every visible element again with the current layout. */
  runLayout(): void;
  /** Centres and zooms on an element, now or as soon as it arrives. */
  focus(id: string): void;
  fit(): void;
  keyboard(action: Exclude<KeyboardAction, { type: "clearSelection" }>): void;
  positions(): Map<string, Position>;
  destroy(): void;
}

/**
 * One Cytoscape instance and what it keeps between updates: which nodes have been laid
 * out (their positions are kept as elements come and go), the filters, the pins and the
 * running layout. Knows nothing of the stores; `useGraphCanvas` feeds it. The work is
 * done by modules over one `CanvasState`: classes (`canvasClasses`), full layouts
 * (`canvasLayout`), placement of newcomers (`canvasPlacement`) and focus (`canvasFocus`).
 */
export function startCanvasSession(options: CanvasSessionOptions): CanvasSession {
  const cy = createCytoscape(options);
  const state = createCanvasState({
    cy,
    events: options.events,
    large: options.large,
    offThread: options.offThread ?? false,
    levels: concentricLevels(options.model),
    layout: options.layout,
    positions: options.positions,
  });
  forwardUserEvents(cy, options.events);

  return {
    cy,
    syncGraph(next) {
      state.graph = next;
      state.synced = true;
      syncElements(cy, next, (newIds) => provisionalPositions(state, newIds, next));
      for (const id of [...state.placed]) if (cy.getElementById(id).empty()) state.placed.delete(id);
      state.kept.clear();
      applyClasses(state);
      settle(state);
      if (!layoutBusy(state)) focusIfArrived(state);
    },
    setFilters(next) {
      state.filters = next;
      applyClasses(state);
      if (state.synced) settle(state);
    },
    setMarks(next) {
      state.marks = next;
      applyClasses(state);
    },
    setSelection(id) {
      state.selection = id;
      selectOnly(state, id);
    },
    setPinned(ids) {
      state.pinned = new Set(ids);
      applyPins(state);
    },
    setLayout(name) {
      state.layoutName = name;
      applyLabelPlacement(state);
      layOutAll(state);
    },
    runLayout: () => layOutAll(state),
    focus: (id) => focus(state, id),
    fit: () => animateFitTo(cy, visibleOnCanvas(state), 250),
    keyboard: (action) => moveByKey(cy, action),
    positions: () => placedPositions(state),
    destroy() {
      stopLayouts(state);
      cy.destroy();
    },
  };
}
