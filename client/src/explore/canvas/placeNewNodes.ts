export interface Point {
  x: number;
  y: number;
}

export interface PlacementInput {
  /** Where the nodes already on the canvas sit. */
  placed: ReadonlyMap<string, Point>;
  /** Nodes to place, in a stable order. */
  newNodes: readonly string[];
  edges: ReadonlyArray<{ source: string; target: string }>;
  /** Distance from a node to the ring of its new neighbours. */
  spacing?: number;
}

/**
 * Starting positions for nodes joining the canvas: each new node goes on a ring around a
 * neighbour already placed (nodes two or three hops out ring the new nodes in turn), so
 * an expansion grows out of the node expanded rather than from the origin. Nodes joined
 * to nothing placed are lined up under the drawing. Deterministic: same input, same output.
 */
export function placeNewNodes({ placed, newNodes, edges, spacing = 90 }: PlacementInput): Map<string, Point> {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const { source, target } of edges) {
    if (source === target) continue;
    link(source, target);
    link(target, source);
  }

  const positions = new Map<string, Point>();
  const where = (id: string) => placed.get(id) ?? positions.get(id);
  let waiting = newNodes.filter((id) => !placed.has(id));

  while (waiting.length > 0) {
    const rings = new Map<string, string[]>();
    const stillWaiting: string[] = [];
    for (const id of waiting) {
      const anchor = (neighbours.get(id) ?? []).find((other) => where(other) !== undefined);
      if (anchor === undefined) stillWaiting.push(id);
      else rings.set(anchor, [...(rings.get(anchor) ?? []), id]);
    }
    if (rings.size === 0) break;
    for (const [anchor, members] of rings) {
      const centre = where(anchor)!;
      // Enough circumference for every member, never closer than `spacing`.
      const radius = Math.max(spacing, (members.length * spacing * 0.6) / (2 * Math.PI));
      members.forEach((id, index) => {
        const angle = (2 * Math.PI * index) / members.length - Math.PI / 2;
        positions.set(id, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
      });
    }
    waiting = stillWaiting;
  }

  if (waiting.length > 0) {
    const all = [...placed.values(), ...positions.values()];
    const left = all.length ? Math.min(...all.map((p) => p.x)) : 0;
    const bottom = all.length ? Math.max(...all.map((p) => p.y)) + spacing : 0;
    const perRow = Math.max(1, Math.ceil(Math.sqrt(waiting.length)));
    waiting.forEach((id, index) => {
      positions.set(id, { x: left + (index % perRow) * spacing, y: bottom + Math.floor(index / perRow) * spacing });
    });
  }
  return positions;
}
