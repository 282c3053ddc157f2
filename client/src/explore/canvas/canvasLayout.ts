import type { CollectionReturnValue, NodeCollection } from "cytoscape";
import { applyPins } from "./canvasClasses";
import { focusIfArrived } from "./canvasFocus";
import { visibleOnCanvas, type CanvasState } from "./canvasState";
import { layoutOffThread } from "./layoutOffThread";
import { inLayoutOrder, layoutOptions } from "./layoutOptions";
import { fixedConstraints } from "./refinementScope";
import { stretchToAspect } from "./stretchToAspect";
import { fitTo } from "./viewportMoves";

/**
 * Full layouts: every visible element laid out again with the current layout, in a
 * worker for large views when the browser has one, else here. `afterwards` runs once the
 * drawing is done: nodes shown meanwhile still need a place (see `settle`).
 */
export function runLayout(state: CanvasState, afterwards: () => void): void {
  stopLayouts(state);
  const eles = visibleOnCanvas(state);
  if (eles.nodes().empty()) {
    state.events.layoutStatus("done");
    return;
  }
  state.events.layoutStatus("running");
  if (state.large && state.offThread) runLayoutOffThread(state, eles, afterwards);
  else runLayoutHere(state, eles, afterwards);
}

/** Whether a layout is running, here or in a worker. */
export const layoutBusy = (state: CanvasState): boolean => state.running !== null || state.offThreadRun !== null;

export function stopLayouts(state: CanvasState): void {
  state.running?.stop();
  state.running = null;
  state.offThreadRun?.cancel();
  state.offThreadRun = null;
}

/** After any layout: its nodes count as placed, pins take hold, and a focus asked for meanwhile happens. */
export function finishLayout(state: CanvasState, nodes: NodeCollection): void {
  nodes.forEach((node) => void state.placed.add(node.id()));
  applyPins(state);
  state.running = null;
  state.events.layoutStatus("done");
  focusIfArrived(state);
}

/** fcose constraints that keep pinned nodes where they were placed. */
export function pinnedFixed(state: CanvasState, nodes: NodeCollection) {
  const { pinned, placed, large } = state;
  return fixedConstraints(nodes.filter((node) => pinned.has(node.id()) && placed.has(node.id())).nodes(), { labelsCounted: !large });
}

function runLayoutHere(state: CanvasState, eles: CollectionReturnValue, afterwards: () => void): void {
  const { layoutName, levels, large } = state;
  // Without a worker, a large view gets the quick version of fcose rather than a frozen page.
  const layout = inLayoutOrder(layoutName, eles, levels).layout(
    layoutOptions(layoutName, { levels, fixed: pinnedFixed(state, eles.nodes()), large, quick: large, nodeCount: eles.nodes().length }),
  );
  state.running = layout;
  layout.one("layoutstop", () => completeFullLayout(state, eles, afterwards));
  layout.run();
}

function runLayoutOffThread(state: CanvasState, eles: CollectionReturnValue, afterwards: () => void): void {
  const { cy, layoutName, levels } = state;
  const nodes = inLayoutOrder(layoutName, eles, levels).nodes();
  // The provisional drawing, whole, while the worker computes the real one.
  fitTo(cy, eles);
  const run = layoutOffThread({
    name: layoutName,
    nodes: nodes.map((node) => ({ id: node.id(), kind: String(node.data("kind")) })),
    edges: eles.edges().map((edge) => ({ id: edge.id(), source: edge.source().id(), target: edge.target().id() })),
    fixed: pinnedFixed(state, nodes),
    levels: [...levels],
    area: { width: cy.width(), height: cy.height() },
  });
  state.offThreadRun = run;
  const current = () => state.offThreadRun === run && !cy.destroyed();
  run.result.then(
    (positions) => {
      if (!current()) return;
      state.offThreadRun = null;
      cy.batch(() => {
        cy.nodes().forEach((node) => {
          const position = positions.get(node.id());
          if (position && !node.locked()) node.position(position);
        });
      });
      completeFullLayout(state, eles.filter((ele) => !ele.removed()), afterwards);
    },
    (error: unknown) => {
      if (!current()) return;
      state.offThreadRun = null;
      console.warn("The layout worker failed; laying out on the main thread instead.", error);
      runLayoutHere(state, eles.filter((ele) => !ele.removed()), afterwards);
    },
  );
}

/** After a full layout: an fcose drawing is stretched to the viewport's shape, then all is fitted. */
function completeFullLayout(state: CanvasState, eles: CollectionReturnValue, afterwards: () => void): void {
  const { cy } = state;
  const nodes = eles.nodes();
  if (state.layoutName === "fcose") {
    const stretched = stretchToAspect(new Map(nodes.map((node) => [node.id(), { ...node.position() }])), {
      width: cy.width(),
      height: cy.height(),
    });
    cy.batch(() => nodes.positions((node) => stretched.get(node.id()) ?? node.position()));
  }
  fitTo(cy, eles);
  finishLayout(state, nodes);
  afterwards();
}
