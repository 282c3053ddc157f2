import { namedArticulationCuts } from "../analytics/articulation-members.ts";
import { betweenness } from "../analytics/betweenness.ts";
import { bridgeCuts } from "../analytics/bridges.ts";
import { communities } from "../analytics/communities.ts";
import { dependentsOf, type Dependency } from "../analytics/dependents.ts";
import { disjointPaths } from "../analytics/disjoint-paths.ts";
import { allShortestPaths, kShortestPaths } from "../analytics/paths.ts";
import type { Projection } from "../analytics/projection.ts";
import { whatIf } from "../analytics/what-if.ts";

/** Members listed per cut at most (each row says when its list is cut); the count is always in full. */
export const MEMBERS_LISTED = 100;

/**
 * The algorithms the worker runs, by name, each shaping its answer as plain data. The
 * worker applies a relationship-type filter before calling them.
 */
export const tasks = {
  /** Nothing but the size of the (filtered) projection, which the worker adds to every answer. */
  size(_graph: Projection, _args: object) {
    return null;
  },

  /** The `limit` most damaging cut points, each naming what it cuts off, and how many there are in all. */
  singlePointsOfFailure(graph: Projection, args: { limit: number }) {
    const all = namedArticulationCuts(graph, { memberLimit: MEMBERS_LISTED });
    const cuts = all.slice(0, args.limit)
      .map((cut) => ({ ...cut, name: graph.getNodeAttribute(cut.node, "name") ?? cut.node }));
    return { cuts, total: all.length };
  },

  /** The `limit` most damaging bridges, each naming what it cuts off, and how many there are in all. */
  criticalLinks(graph: Projection, args: { limit: number }) {
    const all = bridgeCuts(graph, { memberLimit: MEMBERS_LISTED });
    const cuts = all.slice(0, args.limit).map((cut) => ({
      ...cut,
      type: graph.getEdgeAttribute(cut.edge, "type"),
      source: graph.source(cut.edge),
      target: graph.target(cut.edge),
    }));
    return { cuts, total: all.length };
  },

  brokers(graph: Projection, args: { limit: number; sampleSize?: number }) {
    const scores = betweenness(graph, { normalized: true, sampleSize: args.sampleSize });
    const ranked = [...scores.scores]
      .map(([id, score]) => ({ id, betweenness: score, degree: graph.degree(id), name: graph.getNodeAttribute(id, "name") ?? id }))
      .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || (a.id < b.id ? -1 : 1))
      .slice(0, args.limit);
    return { ranked, exact: scores.exact, sampleSize: scores.sampleSize };
  },

  redundancy(graph: Projection, args: { from: string; to: string }) {
    return disjointPaths(graph, args.from, args.to);
  },

  dependentsOf(graph: Projection, args: { entity: string; dependencies: Record<string, Dependency> }) {
    return dependentsOf(graph, args.entity, (type) => args.dependencies[type] ?? null)
      .map((dependent) => ({ ...dependent, name: graph.getNodeAttribute(dependent.entity, "name") ?? dependent.entity }));
  },

  communities(graph: Projection, _args: object) {
    return communities(graph);
  },

  whatIf(graph: Projection, args: { removeNodes: string[]; removeEdges: string[]; keyPairs?: [string, string][] }) {
    return whatIf(graph, args);
  },

  allShortestPaths(graph: Projection, args: { from: string; to: string; limit: number }) {
    return allShortestPaths(graph, args.from, args.to, { limit: args.limit });
  },

  kShortestPaths(graph: Projection, args: { from: string; to: string; k: number; maxHops?: number }) {
    return kShortestPaths(graph, args.from, args.to, { k: args.k, maxHops: args.maxHops });
  },
};

export type TaskName = keyof typeof tasks;
export type TaskArgs<T extends TaskName> = Parameters<(typeof tasks)[T]>[1] & { types?: string[] };
/** A task's answer, with the size of the projection it ran on (after the type filter). */
export interface TaskResult<T extends TaskName> {
  value: ReturnType<(typeof tasks)[T]>;
  nodes: number;
  edges: number;
}
