import type { NodeCollection, Position } from "cytoscape";

/** How far around the newcomers placed nodes still take part (as fixed obstacles). */
const REACH = 200;

/**
 * The nodes an incremental layout works on: the newcomers, the nodes they hang on, and
 * every laid-out node nearby, so that newcomers pile onto neither. Filtered nodes stay out.
 */
export function refinementScope(fresh: NodeCollection, known: NodeCollection): NodeCollection {
  const reach = fresh.boundingBox({ includeLabels: false });
  const nearby = known.filter((node) => {
    const { x, y } = node.position();
    return x > reach.x1 - REACH && x < reach.x2 + REACH && y > reach.y1 - REACH && y < reach.y2 + REACH;
  });
  return fresh
    .union(fresh.neighborhood().nodes())
    .union(nearby)
    .nodes()
    .filter((node) => !node.hasClass("filtered"))
    .nodes();
}

/**
 * fcose's fixed-node constraints for `nodes`. With labels counted in node sizes, fcose reads
 * a position as the centre of a node and its label together, so the label's offset is
 * added: otherwise a "fixed" node would move by half its label's height.
 */
export function fixedConstraints(nodes: NodeCollection, { labelsCounted }: { labelsCounted: boolean }): Array<{ nodeId: string; position: Position }> {
  return nodes.map((node) => {
    if (!labelsCounted) return { nodeId: node.id(), position: { ...node.position() } };
    const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
    return { nodeId: node.id(), position: { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 } };
  });
}
