/**
 * What removing some entities and relationships would do to the network, comparing the
 * projection before and after:
 * - separated: within each component the removal splits, the largest remaining piece is
 *   kept (equal sizes: the one holding the smallest id) and every other piece is cut off —
 *   the same rule as `cutOffByRemoving`, so removing one articulation point reports exactly
 *   what that function says;
 * - new articulation points: entities that became single points of failure;
 * - redundancy lost between key pairs (edge-disjoint path counts);
 * - the largest shifts in normalised betweenness.
 *
 * The "after" side is an index built without the removed elements, never a copy of the
 * projection (copying 400k relationships in graphology takes seconds). Cost: O(V + E) for
 * the structure, one or two max-flows per key pair, and two betweenness runs (exact up to
 * `exactBetweennessUpTo` entities, else sampled from the same sources on both sides).
 */
import { articulationPointsOf } from "./articulation-points.ts";
import { centralityShifts, type CentralityShiftReport } from "./centrality-shift.ts";
import { componentLabels } from "./components.ts";
import { requireRemovable, type Projection } from "./projection.ts";
import { redundancyLoss, type RedundancyReport } from "./redundancy-loss.ts";
import { compareIds, orderGroups } from "./result-order.ts";
import { undirectedIndex, type UndirectedIndex } from "./undirected-index.ts";

export const whatIfDefaults = {
  /** Entities to remove, with all their relationships. */
  removeNodes: [] as readonly string[],
  /** Relationships to remove. */
  removeEdges: [] as readonly string[],
  /** Pairs whose redundancy matters; absent means every (Service, Partner) pair. */
  keyPairs: undefined as readonly (readonly [string, string])[] | undefined,
  /** Pairs counted at most (each is a max-flow on both sides). */
  maxPairs: 200,
  /** Exact betweenness (every entity a source) up to this many entities; O(V·E) each side. */
  exactBetweennessUpTo: 5000,
  /**
   * Betweenness sources above `exactBetweennessUpTo`; each costs one BFS per side (about
   * 10 ms at 100k entities and 200k relationships).
   */
  betweennessSampleSize: 200,
  /** Seed of the betweenness sample. */
  seed: 1,
  /** Centrality shifts reported. */
  topShifts: 10,
};

export interface WhatIf {
  /** Entities removed, and relationships removed directly or with an entity; sorted. */
  removed: { nodes: string[]; edges: string[] };
  /** Pieces cut off from their component, largest first, each sorted. */
  separated: { members: string[] }[];
  /** Everyone in `separated`, sorted. */
  cutOff: string[];
  /** Articulation points after the removal that were not before, sorted. */
  newArticulationPoints: string[];
  redundancy: RedundancyReport;
  centrality: CentralityShiftReport;
}

/** Throws AnalyticsUsageError when a removed id is not in the projection. */
export function whatIf(graph: Projection, options: Partial<typeof whatIfDefaults> = {}): WhatIf {
  const settings = { ...whatIfDefaults, ...options };
  requireRemovable(graph, settings);
  const removedNodes = new Set(settings.removeNodes);
  const removedEdges = new Set(settings.removeEdges);
  for (const node of removedNodes) graph.forEachEdge(node, (edge) => removedEdges.add(edge));

  const before = undirectedIndex(graph);
  const after = undirectedIndex(graph, { nodes: removedNodes, edges: removedEdges });
  const { label: componentOf } = componentLabels(before);
  const componentOfId = (id: string) => componentOf[before.indexOf.get(id) as number] as number;
  const touched = new Set<number>();
  for (const node of removedNodes) touched.add(componentOfId(node));
  for (const edge of removedEdges) touched.add(componentOfId(graph.source(edge)));

  const separated = separatedPieces(before, after, componentOf);
  const wasArticulation = new Set(articulationPointsOf(before));
  return {
    removed: { nodes: [...removedNodes].sort(compareIds), edges: [...removedEdges].sort(compareIds) },
    separated: separated.map((members) => ({ members })),
    cutOff: separated.flat().sort(compareIds),
    newArticulationPoints: articulationPointsOf(after).filter((node) => !wasArticulation.has(node)),
    redundancy: redundancyLoss(
      { graph, before, after, componentOf, touched, removedEdges, maxPairs: settings.maxPairs },
      settings.keyPairs,
    ),
    centrality: centralityShifts(before, after, {
      exactUpTo: settings.exactBetweennessUpTo,
      sampleSize: settings.betweennessSampleSize,
      seed: settings.seed,
      top: settings.topShifts,
    }),
  };
}

/** Pieces of split components other than the kept one, in report order. */
function separatedPieces(before: UndirectedIndex, after: UndirectedIndex, componentOf: Int32Array): string[][] {
  const { label, count } = componentLabels(after);
  const beforeComponentOfPiece = new Int32Array(count).fill(-1);
  const piecesPerComponent = new Map<number, number>();
  after.ids.forEach((id, v) => {
    const piece = label[v] as number;
    if (beforeComponentOfPiece[piece] !== -1) return;
    const component = componentOf[before.indexOf.get(id) as number] as number;
    beforeComponentOfPiece[piece] = component;
    piecesPerComponent.set(component, (piecesPerComponent.get(component) ?? 0) + 1);
  });

  const members = new Map<number, string[]>();
  after.ids.forEach((id, v) => {
    const piece = label[v] as number;
    if ((piecesPerComponent.get(beforeComponentOfPiece[piece] as number) ?? 0) < 2) return;
    const list = members.get(piece);
    if (list === undefined) members.set(piece, [id]);
    else list.push(id);
  });
  const piecesByComponent = new Map<number, string[][]>();
  for (const [piece, list] of members) {
    const component = beforeComponentOfPiece[piece] as number;
    const pieces = piecesByComponent.get(component);
    if (pieces === undefined) piecesByComponent.set(component, [list]);
    else pieces.push(list);
  }
  const cutOff: string[][] = [];
  for (const pieces of piecesByComponent.values()) cutOff.push(...orderGroups(pieces).slice(1));
  return orderGroups(cutOff);
}
