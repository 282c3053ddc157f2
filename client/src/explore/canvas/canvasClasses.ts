import { hiddenElements } from "../visibleElements";
import { markClassesOf, MARK_CLASSES } from "./canvasMarks";
import type { CanvasState } from "./canvasState";

/** Puts the filters, the marks, the selection, the label placement and the pins on the elements as classes. */
export function applyClasses(state: CanvasState): void {
  const { cy, graph, filters, marks, selection } = state;
  const hidden = hiddenElements(graph, filters);
  cy.batch(() => {
    cy.elements().forEach((ele) => {
      const id = ele.id();
      ele.toggleClass("filtered", ele.isNode() ? hidden.nodes.has(id) : hidden.edges.has(id));
      ele.removeClass(MARK_CLASSES.join(" "));
      if (marks) ele.addClass(markClassesOf(id, marks).join(" "));
    });
    selectOnly(state, selection);
  });
  applyLabelPlacement(state);
  applyPins(state);
}

/** Makes `id` the only selected element (none for null). */
export function selectOnly({ cy }: CanvasState, id: string | null): void {
  cy.batch(() => {
    cy.elements(":selected").unselect();
    if (id) cy.getElementById(id).select();
  });
}

/** Labels beside their nodes in the hierarchical layout, under them otherwise. */
export function applyLabelPlacement({ cy, layoutName }: CanvasState): void {
  cy.batch(() => void cy.nodes().toggleClass("label-beside", layoutName === "dagre"));
}

/** Pinned nodes are locked where they are, once they have a place worth keeping. */
export function applyPins({ cy, pinned, placed }: CanvasState): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const isPinned = pinned.has(node.id());
      node.toggleClass("pinned", isPinned);
      if (isPinned && placed.has(node.id())) node.lock();
      else node.unlock();
    });
  });
}
