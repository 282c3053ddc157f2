import type { GraphModel } from "../graph/graphModelSchema";

/**
 * One ring per kind for the concentric layout: Cytoscape puts the highest level in the
 * centre, so the model's first kind (the services) sits in the middle and each following
 * kind one ring further out. Kinds the model does not know go to the outermost ring.
 */
export function concentricLevels(model: GraphModel): Map<string, number> {
  const count = model.kinds.length;
  return new Map(model.kinds.map((kind, index) => [kind.id, count - index]));
}

export function concentricLevel(levels: Map<string, number>, kind: unknown): number {
  return (typeof kind === "string" ? levels.get(kind) : undefined) ?? 0;
}
