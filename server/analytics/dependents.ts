/**
 * Who depends on an entity, directly or through others: the blast radius of losing it.
 * Here direction matters, and only relationship types that carry a dependency count: for
 * "target-on-source" the target depends on the source (a service ASSIGNS a liaison, so the
 * liaison depends on the service); for "source-on-target" the source depends on the target.
 *
 * Breadth-first along "is depended on by", O(V + E): each dependent comes with its shortest
 * dependency chain.
 */
import type { Projection } from "./projection.ts";
import { compareIds } from "./result-order.ts";
import { requireNode } from "./usage-error.ts";

export type Dependency = "target-on-source" | "source-on-target" | null;

export interface Dependent {
  entity: string;
  /** Relationships in the shortest chain from the entity asked about to this one. */
  distance: number;
  /**
   * Relationship ids of that chain, starting at the entity asked about. Among equally short
   * chains, the one found first in the projection's edge order.
   */
  chain: string[];
}

/**
 * Every entity depending on `entityId`, nearest first (ties by id); the entity itself is
 * never listed, even in a dependency cycle. Throws AnalyticsUsageError for an unknown id.
 */
export function dependentsOf(
  graph: Projection,
  entityId: string,
  dependencyOf: (type: string) => Dependency,
): Dependent[] {
  requireNode(graph, entityId, "entity");
  const dependencyByType = new Map<string, Dependency>();
  const dependencyOfType = (type: string): Dependency => {
    if (!dependencyByType.has(type)) dependencyByType.set(type, dependencyOf(type));
    return dependencyByType.get(type) ?? null;
  };

  const reachedBy = new Map<string, { previous: string; edge: string; distance: number }>();
  const queue = [entityId];
  const visit = (dependent: string, previous: string, edge: string) => {
    if (dependent === entityId || reachedBy.has(dependent)) return;
    const distance = (reachedBy.get(previous)?.distance ?? 0) + 1;
    reachedBy.set(dependent, { previous, edge, distance });
    queue.push(dependent);
  };
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head] as string;
    graph.forEachOutEdge(current, (edge, attributes, _source, target) => {
      if (dependencyOfType(attributes.type) === "target-on-source") visit(target, current, edge);
    });
    graph.forEachInEdge(current, (edge, attributes, source) => {
      if (dependencyOfType(attributes.type) === "source-on-target") visit(source, current, edge);
    });
  }

  const dependents: Dependent[] = [];
  for (const [entity, { distance }] of reachedBy) {
    const chain: string[] = [];
    for (let step = reachedBy.get(entity); step !== undefined; step = reachedBy.get(step.previous)) {
      chain.push(step.edge);
    }
    dependents.push({ entity, distance, chain: chain.reverse() });
  }
  return dependents.sort((a, b) => a.distance - b.distance || compareIds(a.entity, b.entity));
}
