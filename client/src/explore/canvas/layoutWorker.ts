import cytoscape from "cytoscape";
import { layoutOptions } from "./layoutOptions";
import type { LayoutRequest, LayoutResponse } from "./layoutWorkerProtocol";

const QUICK_ABOVE_NODES = 1200;
import { registerLayouts } from "./registerLayouts";

/**
 * Runs a layout of a large view off the main thread: fcose on a few thousand nodes takes
 * seconds, during which the page must stay responsive. A headless Cytoscape holds just
 * ids, kinds and edges; nodes all have the large view's size.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse): void;
};

registerLayouts();

scope.onmessage = ({ data: request }) => {
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: "node", style: { width: 20, height: 20 } }],
      elements: {
        nodes: request.nodes.map((node) => ({ data: { id: node.id, kind: node.kind } })),
        edges: request.edges.map((edge) => ({ data: { ...edge } })),
      },
    });
    const fixedIds = new Set(request.fixed.map((entry) => entry.nodeId));
    for (const { nodeId, position } of request.fixed) cy.getElementById(nodeId).position(position).lock();
    const box = { x1: 0, y1: 0, w: Math.max(request.area.width, 1), h: Math.max(request.area.height, 1) };
    // Nodes arrive in layout order (see inLayoutOrder) and keep it in the headless instance.
    const options = layoutOptions(request.name, {
      levels: new Map(request.levels),
      fixed: request.fixed,
      large: true,
      // Past a few thousand entities the force-directed polish takes minutes even off the
      // main thread; the spectral pass alone gives a usable drawing in seconds.
      quick: request.nodes.length > QUICK_ABOVE_NODES,
      nodeCount: request.nodes.length,
    });
    cy.layout({ ...options, ...(request.name === "fcose" || request.name === "dagre" ? {} : { boundingBox: box }) }).run();
    const positions = cy
      .nodes()
      .filter((node) => !fixedIds.has(node.id()))
      .nodes()
      .map((node): [string, { x: number; y: number }] => [node.id(), { ...node.position() }]);
    cy.destroy();
    scope.postMessage({ id: request.id, type: "done", positions });
  } catch (error) {
    scope.postMessage({ id: request.id, type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
