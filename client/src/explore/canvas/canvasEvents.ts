import type { Core } from "cytoscape";

export type LayoutStatus = "running" | "done";

/** What the user does on the canvas, for the caller to turn into store actions. */
export interface CanvasEvents {
  select(id: string | null): void;
  expand(id: string): void;
  /** A right-click on a node, at its position in the container; null: close any menu. */
  menu(request: { id: string; x: number; y: number } | null): void;
  layoutStatus(status: LayoutStatus): void;
}

/** Turns taps, double taps and right-clicks on `cy` into `events`; any move of the view closes the menu. */
export function forwardUserEvents(cy: Core, events: CanvasEvents): void {
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
}
