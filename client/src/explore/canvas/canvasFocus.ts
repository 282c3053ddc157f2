import type { CanvasState } from "./canvasState";
import { animateFocusOn } from "./viewportMoves";

/** Centres and zooms on an element now, or remembers it until it arrives. */
export function focus(state: CanvasState, id: string): void {
  if (state.cy.getElementById(id).empty()) {
    state.pendingFocus = id;
    return;
  }
  state.pendingFocus = null;
  animateFocusOn(state.cy, id);
}

/** Centres on the element asked for earlier, if it has arrived meanwhile. */
export function focusIfArrived(state: CanvasState): void {
  if (state.pendingFocus && state.cy.getElementById(state.pendingFocus).nonempty()) focus(state, state.pendingFocus);
}
