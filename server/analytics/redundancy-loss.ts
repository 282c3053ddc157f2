/**
 * How much redundancy a removal costs between pairs of entities that must stay connected:
 * edge-disjoint path counts before and after, for pairs that lost some.
 *
 * Two shortcuts keep this affordable on large projections without changing any answer:
 * pairs in a component the removal does not touch cannot change and are not counted; and
 * when the maximum flow found before uses none of the removed relationships, that same
 * flow survives the removal, so the count after is the count before and is not recomputed.
 */
import { edgeDisjointCounterOf } from "./disjoint-paths.ts";
import type { Projection } from "./projection.ts";
import { compareIds } from "./result-order.ts";
import type { UndirectedIndex } from "./undirected-index.ts";

export interface RedundancyLoss {
  from: string;
  to: string;
  /** Edge-disjoint paths before the removal. */
  before: number;
  after: number;
}

export interface RedundancyReport {
  /** Pairs whose count dropped, largest drop first (ties by ids). */
  lost: RedundancyLoss[];
  /** Pairs actually counted (both ends kept, same component, touched by the removal). */
  pairsChecked: number;
  /** True when more pairs qualified than `maxPairs`. */
  truncated: boolean;
}

export interface RedundancyScope {
  /** The projection before the removal, for entity kinds. */
  graph: Projection;
  before: UndirectedIndex;
  after: UndirectedIndex;
  /** Component number of each entity before the removal, by `before` node number. */
  componentOf: Int32Array;
  /** Components holding a removed entity or relationship. */
  touched: ReadonlySet<number>;
  /** Relationships removed, directly or with one of their entities. */
  removedEdges: ReadonlySet<string>;
  maxPairs: number;
}

/** Pairs as given, or else every (Service, Partner) pair of a touched component. */
export function redundancyLoss(scope: RedundancyScope, keyPairs?: readonly (readonly [string, string])[]): RedundancyReport {
  const { pairs, truncated } = keyPairs === undefined ? servicePartnerPairs(scope) : givenPairs(scope, keyPairs);
  const removedEdges = [...scope.removedEdges];
  const before = edgeDisjointCounterOf(scope.before);
  let after: ReturnType<typeof edgeDisjointCounterOf> | undefined;
  const lost: RedundancyLoss[] = [];
  for (const [from, to] of pairs) {
    const countBefore = before.count(from, to);
    if (countBefore === 0) continue;
    if (!removedEdges.some((edge) => before.carriesFlow(edge))) continue;
    after ??= edgeDisjointCounterOf(scope.after);
    const countAfter = after.count(from, to);
    if (countAfter < countBefore) lost.push({ from, to, before: countBefore, after: countAfter });
  }
  lost.sort((a, b) => b.before - b.after - (a.before - a.after) || compareIds(a.from, b.from) || compareIds(a.to, b.to));
  return { lost, pairsChecked: pairs.length, truncated };
}

function componentOf(scope: RedundancyScope, id: string): number | undefined {
  const v = scope.before.indexOf.get(id);
  return v === undefined ? undefined : scope.componentOf[v];
}

function qualifies(scope: RedundancyScope, from: string, to: string): boolean {
  const component = componentOf(scope, from);
  return (
    from !== to &&
    scope.after.indexOf.has(from) &&
    scope.after.indexOf.has(to) &&
    component !== undefined &&
    component === componentOf(scope, to) &&
    scope.touched.has(component)
  );
}

function givenPairs(scope: RedundancyScope, keyPairs: readonly (readonly [string, string])[]) {
  const pairs = keyPairs.filter(([from, to]) => qualifies(scope, from, to));
  return { pairs: pairs.slice(0, scope.maxPairs), truncated: pairs.length > scope.maxPairs };
}

/** Sorted by (service, partner) id, so a cap keeps the same pairs on every run. */
function servicePartnerPairs(scope: RedundancyScope) {
  const services: string[] = [];
  const partnersByComponent = new Map<number, string[]>();
  for (const node of scope.after.ids) {
    const component = componentOf(scope, node) as number;
    if (!scope.touched.has(component)) continue;
    const kind = scope.graph.getNodeAttribute(node, "kind");
    if (kind === "Service") services.push(node);
    if (kind === "Partner") {
      const partners = partnersByComponent.get(component);
      if (partners === undefined) partnersByComponent.set(component, [node]);
      else partners.push(node);
    }
  }
  services.sort(compareIds);
  for (const partners of partnersByComponent.values()) partners.sort(compareIds);
  const pairs: [string, string][] = [];
  for (const service of services) {
    for (const partner of partnersByComponent.get(componentOf(scope, service) as number) ?? []) {
      if (pairs.length === scope.maxPairs) return { pairs, truncated: true };
      pairs.push([service, partner]);
    }
  }
  return { pairs, truncated: false };
}
