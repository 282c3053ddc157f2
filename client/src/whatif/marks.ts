/**
 * The elements marked as removed in what-if mode (the view's `whatIf`): pure updates, so
 * marking twice changes nothing.
 */
export interface Marks {
  nodes: string[];
  edges: string[];
}

export const NO_MARKS: Marks = { nodes: [], edges: [] };

export function mark(marks: Marks, id: string, as: "node" | "edge"): Marks {
  const key = as === "edge" ? "edges" : "nodes";
  return marks[key].includes(id) ? marks : { ...marks, [key]: [...marks[key], id] };
}

export function unmark(marks: Marks, id: string): Marks {
  return { nodes: marks.nodes.filter((x) => x !== id), edges: marks.edges.filter((x) => x !== id) };
}

export function isMarked(marks: Marks, id: string): boolean {
  return marks.nodes.includes(id) || marks.edges.includes(id);
}

export function markCount(marks: Marks): number {
  return marks.nodes.length + marks.edges.length;
}
