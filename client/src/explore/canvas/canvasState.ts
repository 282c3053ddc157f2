import type { CollectionReturnValue, Core, Layouts, Position } from "cytoscape";
import type { ElementFilters } from "../visibleElements";
import type { GraphElements } from "../../../../contract/elements.ts";
import type { LayoutName } from "../../view/viewState";
import type { CanvasEvents } from "./canvasEvents";
import type { CanvasMarks } from "./canvasMarks";
import type { OffThreadLayout } from "./layoutOffThread";

/**
 * Everything a canvas session keeps between updates, in one place: the modules of the
 * session (classes, layout, placement, focus) are functions over it, as Cytoscape's own
 * core modules are functions over one instance. Nothing outside the session sees it.
 */
export interface CanvasState {
  readonly cy: Core;
  readonly events: CanvasEvents;
  /** A large view: quick layouts, and labels left out of node sizes. */
  readonly large: boolean;
  /** Whether large views are laid out in a worker. */
  readonly offThread: boolean;
  /** The concentric layout's ring of each kind. */
  readonly levels: Map<string, number>;

  /** Positions kept from an earlier instance, used once by the first graph that brings their nodes. */
  readonly kept: Map<string, Position>;
  /** Nodes a layout or a placement has positioned; the others sit where they were dropped. */
  readonly placed: Set<string>;

  /** What the stores last asked for. */
  graph: GraphElements;
  filters: ElementFilters;
  marks: CanvasMarks | null;
  pinned: ReadonlySet<string>;
  selection: string | null;
  layoutName: LayoutName;

  /** The layout running on the main thread, if any. */
  running: Layouts | null;
  /** The full layout being computed in a worker, if any. */
  offThreadRun: OffThreadLayout | null;
  /** An element to centre on as soon as it is on the canvas and laid out. */
  pendingFocus: string | null;
  /** Whether a graph has arrived yet: until then, filters have nothing to settle. */
  synced: boolean;
  /** Whether the first graph has been settled (and the view fitted to it). */
  settledOnce: boolean;
}

export interface CanvasStateSetup {
  cy: Core;
  events: CanvasEvents;
  large: boolean;
  offThread: boolean;
  levels: Map<string, number>;
  layout: LayoutName;
  positions?: ReadonlyMap<string, Position>;
}

export function createCanvasState({ cy, events, large, offThread, levels, layout, positions }: CanvasStateSetup): CanvasState {
  return {
    cy,
    events,
    large,
    offThread,
    levels,
    kept: new Map(positions ?? []),
    placed: new Set(),
    graph: { nodes: [], edges: [] },
    filters: { hiddenKinds: [], hiddenTypes: [], scope: "all", hiddenNodes: [] },
    marks: null,
    pinned: new Set(),
    selection: null,
    layoutName: layout,
    running: null,
    offThreadRun: null,
    pendingFocus: null,
    synced: false,
    settledOnce: false,
  };
}

/** The elements the filters leave on show (filtered ones stay on the canvas, hidden by class). */
export const visibleOnCanvas = ({ cy }: CanvasState): CollectionReturnValue => cy.elements().not(".filtered");
