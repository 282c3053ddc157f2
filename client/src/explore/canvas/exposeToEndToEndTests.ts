import type { Core } from "cytoscape";

declare global {
  interface Window {
    /**
     * The live Cytoscape instance. The graph is drawn on a canvas, so end-to-end
     * tests have no DOM to query for nodes, edges, styles or positions; they read
     * them from here instead (e.g. `page.evaluate(() => window.__cy.nodes().length)`).
     */
    __cy?: Core;
  }
}

/** Publishes `cy` as `window.__cy`; the returned function withdraws it if it is still the one published. */
export function exposeToEndToEndTests(cy: Core): () => void {
  window.__cy = cy;
  return () => {
    if (window.__cy === cy) delete window.__cy;
  };
}
