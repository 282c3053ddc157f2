import type { NodeCollection, Position } from "cytoscape";
import type { GraphElements } from "../../../../contract/elements.ts";
import { finishLayout, runLayout } from "./canvasLayout";
import { visibleOnCanvas, type CanvasState } from "./canvasState";
import { fcoseOptions } from "./layoutOptions";
import { placeNewNodes, type Point } from "./placeNewNodes";
import { fixedConstraints, refinementScope } from "./refinementScope";
import { animateFitTo, fitTo, isWithin } from "./viewportMoves";

/** A full layout of every visible element, after which whatever it left out is settled. */
export function layOutAll(state: CanvasState): void {
  runLayout(state, () => settle(state));
}

/**
 * Gives positions to visible nodes that never had one: around their neighbours, with
 * the rest of the drawing left as it is; a full layout only when nothing is placed yet.
 */
export function settle(state: CanvasState): void {
  const { cy, placed } = state;
  const shown = visibleOnCanvas(state).nodes();
  const fresh = shown.filter((node) => !placed.has(node.id())).nodes();
  const known = shown.filter((node) => placed.has(node.id())).nodes();
  // A full layout is on its way in a worker; whatever it leaves out is settled after it.
  if (state.offThreadRun) return;
  const first = !state.settledOnce;
  state.settledOnce = true;
  if (fresh.empty()) {
    if (first) {
      fitTo(cy, shown);
      state.events.layoutStatus("done");
    }
    return;
  }
  if (known.empty()) {
    layOutAll(state);
    return;
  }
  refineAround(state, fresh, known);
}

/** Newcomers start on rings around their neighbours, then fcose settles them among the fixed rest. */
function refineAround(state: CanvasState, fresh: NodeCollection, known: NodeCollection): void {
  const { cy, large } = state;
  const start = placeNewNodes({
    placed: new Map(known.map((node) => [node.id(), { ...node.position() }])),
    newNodes: fresh.map((node) => node.id()),
    edges: visibleOnCanvas(state).edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id() })),
  });
  cy.batch(() => start.forEach((position, id) => void cy.getElementById(id).position(position)));

  const freshIds = new Set(fresh.map((node) => node.id()));
  const scope = refinementScope(fresh, known);
  const stay = scope.filter((node) => !freshIds.has(node.id())).nodes();
  const stayAt = new Map(stay.map((node) => [node.id(), { ...node.position() }]));
  state.events.layoutStatus("running");
  state.running?.stop();
  const layout = scope
    .union(scope.edgesWith(scope).not(".filtered"))
    .layout(fcoseOptions({ fixed: fixedConstraints(stay, { labelsCounted: !large }), large, randomize: false }));
  state.running = layout;
  layout.one("layoutstop", () => {
    // What was on the canvas stays exactly where it was, whatever fcose rounded.
    cy.batch(() => stayAt.forEach((position, id) => void cy.getElementById(id).position(position)));
    // Newcomers out of sight are brought into view, unless the view is about to centre on one.
    const outOfSight = state.pendingFocus === null && !isWithin(fresh.boundingBox({}), cy.extent());
    finishLayout(state, fresh);
    if (outOfSight) animateFitTo(cy, visibleOnCanvas(state));
  });
  layout.run();
}

/**
 * Where nodes joining the canvas start: where an earlier instance had them (they count
 * as placed), else around a placed neighbour, so that no two sit on the same spot
 * (Cytoscape cannot draw an edge between overlapping nodes) even before any layout.
 */
export function provisionalPositions(state: CanvasState, newIds: string[], next: GraphElements): Map<string, Point> {
  const { cy, kept, placed } = state;
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

/** The positions of the placed nodes, for the next instance to start from. */
export function placedPositions({ cy, placed }: CanvasState): Map<string, Position> {
  return new Map(cy.nodes().filter((node) => placed.has(node.id())).nodes().map((node) => [node.id(), { ...node.position() }]));
}
