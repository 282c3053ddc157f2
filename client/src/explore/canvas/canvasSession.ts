import type { CollectionReturnValue, Core, Layouts, NodeCollection, Position } from "cytoscape";
import { concentricLevels } from "../concentricLevels";
import { hiddenElements, type ElementFilters } from "../visibleElements";
import type { GraphElements } from "../../graph/graphElementsSchema";
import type { GraphModel } from "../../graph/graphModelSchema";
import type { LayoutName } from "../../view/viewState";
import { markClassesOf, MARK_CLASSES, type CanvasMarks } from "./canvasMarks";
import { createCytoscape } from "./createCytoscape";
import type { KeyboardAction } from "./keyboardAction";
import { layoutOffThread, type OffThreadLayout } from "./layoutOffThread";
import { fcoseOptions, inLayoutOrder, layoutOptions } from "./layoutOptions";
import { placeNewNodes, type Point } from "./placeNewNodes";
import { fixedConstraints, refinementScope } from "./refinementScope";
import { stretchToAspect } from "./stretchToAspect";
import { syncElements } from "./syncElements";
import { animateFitTo, animateFocusOn, fitTo, isWithin, moveByKey } from "./viewportMoves";

export type LayoutStatus = "running" | "done";

/** What the user does on the canvas, for the caller to turn into store actions. */
export interface CanvasEvents {
  select(id: string | null): void;
  expand(id: string): void;
  /** A right-click on a node, at its position in the container; null: close any menu. */
  menu(request: { id: string; x: number; y: number } | null): void;
  layoutStatus(status: LayoutStatus): void;
}

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
 * running layout. Knows nothing of the stores; `useGraphCanvas` feeds it.
 */
export function startCanvasSession(options: CanvasSessionOptions): CanvasSession {
  const { model, large, events } = options;
  const cy = createCytoscape(options);
  const levels = concentricLevels(model);
  const kept = new Map(options.positions ?? []);
  /** Nodes a layout or a placement has positioned; the others sit where they were dropped. */
  const placed = new Set<string>();
  let graph: GraphElements = { nodes: [], edges: [] };
  let filters: ElementFilters = { hiddenKinds: [], hiddenTypes: [], scope: "all", hiddenNodes: [] };
  let marks: CanvasMarks | null = null;
  let pinned = new Set<string>();
  let selection: string | null = null;
  let layoutName = options.layout;
  let running: Layouts | null = null;
  let offThreadRun: OffThreadLayout | null = null;
  let pendingFocus: string | null = null;
  let synced = false;
  let settledOnce = false;

  cy.on("tap", (event) => {
    events.menu(null);
    events.select(event.target === cy ? null : event.target.id());
  });
  cy.on("dbltap", "node", (event) => events.expand(event.target.id()));
  cy.on("cxttap", "node", (event) => {
    const { x, y } = event.target.renderedPosition();
    events.select(event.target.id());
    events.menu({ id: event.target.id(), x, y });
  });
  cy.on("pan zoom drag", () => events.menu(null));

  const visible = () => cy.elements().not(".filtered");
  const visibleNodes = (): NodeCollection => visible().nodes();
  const pinnedFixed = (nodes: NodeCollection) =>
    fixedConstraints(nodes.filter((node) => pinned.has(node.id()) && placed.has(node.id())).nodes(), { labelsCounted: !large });

  function applyClasses(): void {
    const hidden = hiddenElements(graph, filters);
    cy.batch(() => {
      cy.elements().forEach((ele) => {
        const id = ele.id();
        ele.toggleClass("filtered", ele.isNode() ? hidden.nodes.has(id) : hidden.edges.has(id));
        ele.removeClass(MARK_CLASSES.join(" "));
        if (marks) ele.addClass(markClassesOf(id, marks).join(" "));
      });
      cy.elements(":selected").unselect();
      if (selection) cy.getElementById(selection).select();
    });
    applyLabelPlacement();
    applyPins();
  }

  /** Labels beside their nodes in the hierarchical layout, under them otherwise. */
  function applyLabelPlacement(): void {
    cy.batch(() => void cy.nodes().toggleClass("label-beside", layoutName === "dagre"));
  }

  /** Pinned nodes are locked where they are, once they have a place worth keeping. */
  function applyPins(): void {
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const isPinned = pinned.has(node.id());
        node.toggleClass("pinned", isPinned);
        if (isPinned && placed.has(node.id())) node.lock();
        else node.unlock();
      });
    });
  }

  function finishLayout(nodes: NodeCollection): void {
    nodes.forEach((node) => void placed.add(node.id()));
    applyPins();
    running = null;
    events.layoutStatus("done");
    if (pendingFocus && cy.getElementById(pendingFocus).nonempty()) focus(pendingFocus);
  }

  function runLayout(): void {
    running?.stop();
    running = null;
    offThreadRun?.cancel();
    offThreadRun = null;
    const eles = visible();
    if (eles.nodes().empty()) {
      events.layoutStatus("done");
      return;
    }
    events.layoutStatus("running");
    if (large && options.offThread) runLayoutOffThread(eles);
    else runLayoutHere(eles);
  }

  function runLayoutHere(eles: CollectionReturnValue): void {
    // Without a worker, a large view gets the quick version of fcose rather than a frozen page.
    const layout = inLayoutOrder(layoutName, eles, levels).layout(
      layoutOptions(layoutName, { levels, fixed: pinnedFixed(eles.nodes()), large, quick: large, nodeCount: eles.nodes().length }),
    );
    running = layout;
    layout.one("layoutstop", () => completeFullLayout(eles));
    layout.run();
  }

  function runLayoutOffThread(eles: CollectionReturnValue): void {
    const nodes = inLayoutOrder(layoutName, eles, levels).nodes();
    // The provisional drawing, whole, while the worker computes the real one.
    fitTo(cy, eles);
    const run = layoutOffThread({
      name: layoutName,
      nodes: nodes.map((node) => ({ id: node.id(), kind: String(node.data("kind")) })),
      edges: eles.edges().map((edge) => ({ id: edge.id(), source: edge.source().id(), target: edge.target().id() })),
      fixed: pinnedFixed(nodes),
      levels: [...levels],
      area: { width: cy.width(), height: cy.height() },
    });
    offThreadRun = run;
    const current = () => offThreadRun === run && !cy.destroyed();
    run.result.then(
      (positions) => {
        if (!current()) return;
        offThreadRun = null;
        cy.batch(() => {
          cy.nodes().forEach((node) => {
            const position = positions.get(node.id());
            if (position && !node.locked()) node.position(position);
          });
        });
        completeFullLayout(eles.filter((ele) => !ele.removed()));
      },
      (error: unknown) => {
        if (!current()) return;
        offThreadRun = null;
        console.warn("The layout worker failed; laying out on the main thread instead.", error);
        runLayoutHere(eles.filter((ele) => !ele.removed()));
      },
    );
  }

  /** After a full layout: an fcose drawing is stretched to the viewport's shape, then all is fitted. */
  function completeFullLayout(eles: CollectionReturnValue): void {
    const nodes = eles.nodes();
    if (layoutName === "fcose") {
      const stretched = stretchToAspect(new Map(nodes.map((node) => [node.id(), { ...node.position() }])), {
        width: cy.width(),
        height: cy.height(),
      });
      cy.batch(() => nodes.positions((node) => stretched.get(node.id()) ?? node.position()));
    }
    fitTo(cy, eles);
    finishLayout(nodes);
    // Entities shown again while a worker was busy still need a place.
    settle();
  }

  /**
   * Gives positions to visible nodes that never had one: around their neighbours, with
   * the rest of the drawing left as it is; a full layout only when nothing is placed yet.
   */
  function settle(): void {
    const shown = visibleNodes();
    const fresh = shown.filter((node) => !placed.has(node.id())).nodes();
    const known = shown.filter((node) => placed.has(node.id())).nodes();
    // A full layout is on its way in a worker; whatever it leaves out is settled after it.
    if (offThreadRun) return;
    const first = !settledOnce;
    settledOnce = true;
    if (fresh.empty()) {
      if (first) {
        fitTo(cy, shown);
        events.layoutStatus("done");
      }
      return;
    }
    if (known.empty()) {
      runLayout();
      return;
    }
    refineAround(fresh, known);
  }

  /** Newcomers start on rings around their neighbours, then fcose settles them among the fixed rest. */
  function refineAround(fresh: NodeCollection, known: NodeCollection): void {
    const start = placeNewNodes({
      placed: new Map(known.map((node) => [node.id(), { ...node.position() }])),
      newNodes: fresh.map((node) => node.id()),
      edges: visible().edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id() })),
    });
    cy.batch(() => start.forEach((position, id) => void cy.getElementById(id).position(position)));

    const freshIds = new Set(fresh.map((node) => node.id()));
    const scope = refinementScope(fresh, known);
    const stay = scope.filter((node) => !freshIds.has(node.id())).nodes();
    const stayAt = new Map(stay.map((node) => [node.id(), { ...node.position() }]));
    events.layoutStatus("running");
    running?.stop();
    const layout = scope
      .union(scope.edgesWith(scope).not(".filtered"))
      .layout(fcoseOptions({ fixed: fixedConstraints(stay, { labelsCounted: !large }), large, randomize: false }));
    running = layout;
    layout.one("layoutstop", () => {
      // What was on the canvas stays exactly where it was, whatever fcose rounded.
      cy.batch(() => stayAt.forEach((position, id) => void cy.getElementById(id).position(position)));
      // Newcomers out of sight are brought into view, unless the view is about to centre on one.
      const outOfSight = pendingFocus === null && !isWithin(fresh.boundingBox({}), cy.extent());
      finishLayout(fresh);
      if (outOfSight) animateFitTo(cy, visible());
    });
    layout.run();
  }

  /**
   * Where nodes joining the canvas start: where an earlier instance had them (they count
   * as placed), else around a placed neighbour, so that no two sit on the same spot
   * (Cytoscape cannot draw an edge between overlapping nodes) even before any layout.
   */
  function provisionalPositions(newIds: string[], next: GraphElements): Map<string, Point> {
    const start = new Map<string, Point>();
    for (const id of newIds) {
      const position = kept.get(id);
      if (position) {
        start.set(id, position);
        placed.add(id);
      }
    }
    const known = new Map<string, Point>(start);
    cy.nodes().forEach((node) => {
      if (placed.has(node.id())) known.set(node.id(), { ...node.position() });
    });
    const around = placeNewNodes({
      placed: known,
      newNodes: newIds.filter((id) => !start.has(id)),
      edges: next.edges.map((edge) => edge.data),
    });
    for (const [id, position] of around) start.set(id, position);
    return start;
  }

  function focus(id: string): void {
    if (cy.getElementById(id).empty()) {
      pendingFocus = id;
      return;
    }
    pendingFocus = null;
    animateFocusOn(cy, id);
  }

  return {
    cy,
    syncGraph(next) {
      graph = next;
      synced = true;
      syncElements(cy, next, (newIds) => provisionalPositions(newIds, next));
      for (const id of [...placed]) if (cy.getElementById(id).empty()) placed.delete(id);
      kept.clear();
      applyClasses();
      settle();
      if (pendingFocus && !running && !offThreadRun && cy.getElementById(pendingFocus).nonempty()) focus(pendingFocus);
    },
    setFilters(next) {
      filters = next;
      applyClasses();
      if (synced) settle();
    },
    setMarks(next) {
      marks = next;
      applyClasses();
    },
    setSelection(id) {
      selection = id;
      cy.batch(() => {
        cy.elements(":selected").unselect();
        if (id) cy.getElementById(id).select();
      });
    },
    setPinned(ids) {
      pinned = new Set(ids);
      applyPins();
    },
    setLayout(name) {
      layoutName = name;
      applyLabelPlacement();
      runLayout();
    },
    runLayout,
    focus,
    fit: () => animateFitTo(cy, visible(), 250),
    keyboard: (action) => moveByKey(cy, action),
    positions() {
      return new Map(cy.nodes().filter((node) => placed.has(node.id())).nodes().map((node) => [node.id(), { ...node.position() }]));
    },
    destroy() {
      running?.stop();
      offThreadRun?.cancel();
      offThreadRun = null;
      cy.destroy();
    },
  };
}
