import type { Core } from "cytoscape";

/** The Cytoscape instance on screen, for what works on the drawing from outside it (export). */
let shown: Core | null = null;

/** Records `cy` as the instance on screen; the returned function withdraws it if it is still the one shown. */
export function showCanvas(cy: Core): () => void {
  shown = cy;
  return () => {
    if (shown === cy) shown = null;
  };
}

/** The instance on screen, if any. */
export const shownCanvas = (): Core | null => shown;
