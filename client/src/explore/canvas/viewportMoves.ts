import type { BoundingBox12, CollectionArgument, Core } from "cytoscape";
import type { KeyboardAction } from "./keyboardAction";

/** Room around the drawing when it is fitted to the viewport. */
export const FIT_PADDING = 30;
/** A fitted drawing of a few nodes is not blown up past this zoom. */
const MAX_FIT_ZOOM = 1.6;
/** Centring on an element zooms in at least this far, so that its label is readable. */
const FOCUS_ZOOM = 1.3;

const centreOf = (cy: Core) => ({ x: cy.width() / 2, y: cy.height() / 2 });

/** Fits `eles` to the viewport, without blowing a handful of nodes up to giant size. */
export function fitTo(cy: Core, eles: CollectionArgument): void {
  cy.fit(eles, FIT_PADDING);
  if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: centreOf(cy) });
}

export function animateFitTo(cy: Core, eles: CollectionArgument, duration = 300): void {
  cy.animate({ fit: { eles, padding: FIT_PADDING } }, { duration });
}

/** Centres the view on an element (a node's shape, an edge's middle), zooming in if needed. */
export function animateFocusOn(cy: Core, id: string): void {
  const box = cy.getElementById(id).boundingBox({ includeLabels: false, includeOverlays: false });
  const position = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  const zoom = Math.max(cy.zoom(), FOCUS_ZOOM);
  cy.stop(true, true);
  cy.animate(
    { zoom, pan: { x: cy.width() / 2 - position.x * zoom, y: cy.height() / 2 - position.y * zoom } },
    { duration: 350, easing: "ease-in-out-cubic" },
  );
}

export function moveByKey(cy: Core, action: Exclude<KeyboardAction, { type: "clearSelection" }>): void {
  if (action.type === "zoom") cy.zoom({ level: cy.zoom() * action.factor, renderedPosition: centreOf(cy) });
  else cy.panBy({ x: action.dx, y: action.dy });
}

export function isWithin(inner: BoundingBox12, outer: BoundingBox12): boolean {
  return inner.x1 >= outer.x1 && inner.x2 <= outer.x2 && inner.y1 >= outer.y1 && inner.y2 <= outer.y2;
}
