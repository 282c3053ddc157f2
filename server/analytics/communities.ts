/**
 * Communities by Louvain modularity optimisation (graphology-communities-louvain): groups of
 * entities more tied to each other than to the rest, so the thin links are the ones between
 * groups. Run on the simple undirected view: direction ignored, parallel relationships
 * merged into one unweighted link, self-loops dropped, so a pair that keeps many parallel
 * channels does not pull the partition towards itself.
 *
 * Roughly O(E) per pass; seeded, so the same projection and seed give the same partition.
 */
import { UndirectedGraph } from "graphology";
import louvainModule from "graphology-communities-louvain";
import type { Projection } from "./projection.ts";
import { orderGroups } from "./result-order.ts";
import { seededRandom } from "./seeded-random.ts";

// The package is CommonJS with ES-style typings: at run time the default import is the
// function itself, which TypeScript's NodeNext reading types as the module namespace.
const louvain = louvainModule as unknown as typeof louvainModule.default;

export const communitiesDefaults = {
  /** Seed of the PRNG Louvain uses to order its moves. */
  seed: 1,
  /** Modularity resolution: above 1 favours smaller communities. */
  resolution: 1,
};

export interface Communities {
  /** Largest first (ties by smallest id), numbered 0… in that order; members sorted. */
  communities: { id: number; members: string[] }[];
  /** Modularity of that partition on the simple view; null when there is no relationship. */
  modularity: number | null;
}

export function communities(graph: Projection, options: Partial<typeof communitiesDefaults> = {}): Communities {
  const view = undirectedSimpleView(graph);
  const detailed = louvain.detailed(view, {
    rng: seededRandom(options.seed ?? communitiesDefaults.seed),
    resolution: options.resolution ?? communitiesDefaults.resolution,
    getEdgeWeight: null,
  });
  const byCommunity = new Map<number, string[]>();
  for (const [node, community] of Object.entries(detailed.communities)) {
    const members = byCommunity.get(community);
    if (members === undefined) byCommunity.set(community, [node]);
    else members.push(node);
  }
  const groups = orderGroups([...byCommunity.values()]);
  return {
    communities: groups.map((members, id) => ({ id, members })),
    modularity: view.size === 0 ? null : detailed.modularity,
  };
}

/** One unweighted undirected link per pair of distinct entities joined by any relationship. */
export function undirectedSimpleView(graph: Projection): UndirectedGraph {
  const view = new UndirectedGraph();
  graph.forEachNode((node) => {
    view.addNode(node);
  });
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source !== target) view.mergeEdge(source, target);
  });
  return view;
}
