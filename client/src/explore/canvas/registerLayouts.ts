import cytoscape from "cytoscape";
import dagre from "cytoscape-dagre";
import fcose from "cytoscape-fcose";

let registered = false;

/** Adds the fcose and dagre layouts to Cytoscape, once per page (a second `use` would warn). */
export function registerLayouts(): void {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(dagre);
  registered = true;
}
