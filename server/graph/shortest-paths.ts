import type { AnalyticsService } from "../analytics-runtime/analytics-service.ts";
import type { GraphModel } from "../model/graph-model.ts";
import { asNodeRow, asEdgeRow } from "./present.ts";
import type { Language } from "../../contract/model.ts";
import type { ViewerDatabase } from "../neo4j/database.ts";
import { markingOfElements } from "../access/answer-marking.ts";
import { type ResponseMarking } from "../../contract/markings.ts";
import { invalidRequest, notFound } from "../errors.ts";
import type { Elements } from "./elements.ts";
import { presentElements, type EdgeRow, type NodeRow } from "./present.ts";

export interface ShortestPaths extends Elements {
  /** Each path as the ids of its nodes and relationships, in order from `from`. */
  paths: { nodes: string[]; edges: string[] }[];
  /** Hops of each path listed; null when none is. */
  length: number | null;
  /** Some path joins the two, whatever its length. */
  connected: boolean;
  /** The hop limit the search applied (null: none), and whether it stopped the search short of a path. */
  hopLimit: { maxHops: number; reached: boolean; shortestHops: number | null } | null;
  /** More shortest paths exist than were listed. */
  truncated: boolean;
  marking: ResponseMarking;
}

/**
 * The hop bound written in cypher/explore/shortest-paths.cypher (Cypher takes no parameter
 * there): the all-shortest-paths search looks no further.
 */
export const SHORTEST_PATHS_MAX_HOPS = 12;

/** All shortest paths between two entities (any direction), as elements. No path is not an error. */
export async function findShortestPaths(
  db: ViewerDatabase,
  model: GraphModel,
  analytics: AnalyticsService,
  options: { from: string; to: string; types?: string[]; limit: number; language: Language },
): Promise<ShortestPaths> {
  await requirePathEnds(db, options);
  const found = await db.read(async (tx) => {
    // One path more than the limit tells whether the limit cut the list.
    const rows = await tx.run("explore/shortest-paths", {
      from: options.from, to: options.to, types: options.types ?? null, limit: options.limit + 1,
    });
    const nodes = new Map<string, NodeRow>();
    const edges = new Map<string, EdgeRow>();
    const paths = rows.slice(0, options.limit).map((row) => {
      const pathNodes = row.nodes as unknown as NodeRow[];
      const pathEdges = row.rels as unknown as EdgeRow[];
      pathNodes.forEach((node) => nodes.set(node.id, node));
      pathEdges.forEach((edge) => edges.set(edge.id, edge));
      return { nodes: pathNodes.map((node) => node.id), edges: pathEdges.map((edge) => edge.id) };
    });
    const elements = presentElements(model, { nodes: [...nodes.values()], edges: [...edges.values()] }, options.language);
    return { elements, paths, truncated: rows.length > options.limit };
  });
  const { elements, paths, truncated } = found;
  const reach = await reachBeyond(db, analytics, options, { maxHops: SHORTEST_PATHS_MAX_HOPS, listed: paths.length });
  return {
    ...elements,
    paths,
    length: paths[0] ? paths[0].edges.length : null,
    ...reach,
    truncated,
    marking: markingOfElements(elements),
  };
}

/**
 * The k shortest simple paths (Yen's algorithm, in the analytics worker), in
 * non-decreasing length, as elements. No path is not an error.
 */
export async function findKShortestPaths(
  db: ViewerDatabase,
  model: GraphModel,
  analytics: AnalyticsService,
  options: { from: string; to: string; k: number; maxHops?: number; types?: string[]; language: Language },
): Promise<ShortestPaths> {
  await requirePathEnds(db, options);
  const graphVersion = await analytics.graphVersion();
  const { value: paths } = await analytics.analyze(
    "kShortestPaths",
    { from: options.from, to: options.to, k: options.k, maxHops: options.maxHops, types: options.types },
    { graphVersion, viewer: db.viewer },
  );
  const nodeIds = [...new Set(paths.flatMap((path) => path.nodes))];
  const edgeIds = new Set(paths.flatMap((path) => path.edges));
  const [nodes, edges] = await db.read(async (tx) => [
    (await tx.run("explore/entities-by-ids", { ids: nodeIds })).map(asNodeRow),
    (await tx.run("explore/graph-edges", { ids: nodeIds, types: options.types ?? null, asOf: null }))
      .map(asEdgeRow).filter((edge) => edgeIds.has(edge.id)),
  ]);
  const elements = presentElements(model, { nodes, edges }, options.language);
  const reach = options.maxHops === undefined
    ? { connected: paths.length > 0, hopLimit: null }
    : await reachBeyond(db, analytics, options, { maxHops: options.maxHops, listed: paths.length });
  return {
    ...elements,
    paths: paths.map((path) => ({ nodes: path.nodes, edges: path.edges })),
    length: paths[0] ? paths[0].edges.length : null,
    ...reach,
    // k is what the reader asked for, not a cut: fewer come back only when fewer exist.
    truncated: false,
    marking: markingOfElements(elements),
  };
}

/**
 * Whether the two are connected, and whether a hop limit hid that. A search bounded by
 * `maxHops` that listed nothing cannot tell "too far" from "not connected": an unbounded
 * breadth-first search on the analytics projection (the same visible entities and
 * relationships, of the same types) can, and costs one traversal, only when nothing was found.
 */
async function reachBeyond(
  db: ViewerDatabase,
  analytics: AnalyticsService,
  ends: { from: string; to: string; types?: string[] },
  search: { maxHops: number; listed: number },
): Promise<Pick<ShortestPaths, "connected" | "hopLimit">> {
  if (search.listed > 0) return { connected: true, hopLimit: { maxHops: search.maxHops, reached: false, shortestHops: null } };
  const graphVersion = await analytics.graphVersion();
  const { value: shortest } = await analytics.analyze(
    "allShortestPaths",
    { from: ends.from, to: ends.to, limit: 1, types: ends.types },
    { graphVersion, viewer: db.viewer },
  );
  const shortestHops = shortest === null ? null : shortest.length;
  return {
    connected: shortestHops !== null,
    hopLimit: { maxHops: search.maxHops, reached: shortestHops !== null && shortestHops > search.maxHops, shortestHops },
  };
}

/**
 * 400 when both ends are the same entity, 404 naming the parameter whose entity does not
 * exist or is hidden from the viewer (the same answer for both).
 */
async function requirePathEnds(db: ViewerDatabase, ends: { from: string; to: string }): Promise<void> {
  if (ends.from === ends.to) {
    throw invalidRequest("`from` and `to` name the same entity.", [{ path: "to", message: "must differ from from" }]);
  }
  const found = new Set((await db.query("explore/entities-by-ids", { ids: [ends.from, ends.to] })).map((row) => String(row.id)));
  for (const end of ["from", "to"] as const) {
    if (!found.has(ends[end])) throw notFound(`No entity has id "${ends[end]}" (parameter ${end}).`);
  }
}
