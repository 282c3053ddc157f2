import type { CoseLayoutOptions } from "cytoscape";

export interface LayoutArea {
  width: number;
  height: number;
}

/**
 * Options for Cytoscape's built-in force-directed `cose` layout, tuned on the seed
 * (about 40 labelled nodes) for no overlapping labels. Anything not set here keeps
 * Cytoscape's default.
 */
export function coseLayout(area: LayoutArea): CoseLayoutOptions {
  const hasArea = area.width > 0 && area.height > 0;
  return {
    name: "cose",
    // Lay out once, off screen, and show the result: an animated settle looks busy
    // and keeps end-to-end tests waiting.
    animate: false,
    // All nodes arrive stacked, so positions must be seeded at random.
    randomize: true,
    // cose spreads nodes over this box; without it the drawing comes out tall and narrow
    // and is fitted into a wide canvas at a zoom where labels are hard to read.
    ...(hasArea ? { boundingBox: { x1: 0, y1: 0, w: area.width, h: area.height } } : {}),
    // The space each node's label takes counts, so wrapped names do not overlap.
    nodeDimensionsIncludeLabels: true,
    // Well above the default (4): overlapping labels are the main thing to avoid.
    nodeOverlap: 40,
    // Longer than the default 32 px so that arrows stay visible between labelled nodes.
    idealEdgeLength: () => 80,
    // Far above the default 2048 so that the hubs' many neighbours fan out.
    nodeRepulsion: () => 30000,
    // Below the default 1 so that clusters pull apart.
    gravity: 0.3,
    // Isolated entities and small components sit close to the main component.
    componentSpacing: 60,
    numIter: 1500,
    // Room around the drawing when it is fitted to the viewport.
    padding: 30,
    fit: true,
  };
}
