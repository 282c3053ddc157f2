import cytoscape, { type Core, type CytoscapeOptions } from "cytoscape";
import { buildStylesheet } from "../../graph/stylesheet";
import type { GraphModel } from "../../graph/graphModelSchema";
import { registerLayouts } from "./registerLayouts";

export interface CytoscapeSetup {
  /** The element to draw in; none gives a headless instance (tests). */
  container?: HTMLElement;
  model: GraphModel;
  /** A large view: simpler styles and the renderer's shortcuts for panning and zooming. */
  large: boolean;
  /** Draw with Cytoscape's WebGL renderer (≥ 3.31: `renderer: { name: "canvas", webgl: true }`). */
  webgl: boolean;
}

/** A Cytoscape instance styled from the model, with the layouts the toolbar offers. */
export function createCytoscape({ container, model, large, webgl }: CytoscapeSetup): Core {
  registerLayouts();
  // The typings (3.35) know `webgl` only as a top-level hint; Cytoscape reads `renderer` too.
  const options: CytoscapeOptions & { renderer?: { name: "canvas"; webgl: boolean } } = {
    container,
    headless: !container,
    styleEnabled: true,
    style: buildStylesheet(model, { large }),
    minZoom: 0.02,
    maxZoom: 5,
    boxSelectionEnabled: false,
    selectionType: "single",
    // On a large view drawn by the 2D canvas, panning and zooming move a snapshot of the
    // drawing instead of redrawing thousands of elements per frame.
    textureOnViewport: large && !webgl,
    hideEdgesOnViewport: large && !webgl,
    hideLabelsOnViewport: large,
    pixelRatio: large ? 1 : "auto",
    ...(webgl ? { renderer: { name: "canvas", webgl: true } } : {}),
  };
  return cytoscape(options);
}
