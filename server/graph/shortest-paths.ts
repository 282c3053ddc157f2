import type { GraphModel } from "../model/graph-model.ts";
import type { Language } from "../model/schema.ts";
import type { GraphDatabase } from "../neo4j/database.ts";
import { invalidRequest, notFound } from "../http/errors.ts";
import type { Elements } from "./elements.ts";
import { presentElements, type EdgeRow, type NodeRow } from "./present.ts";

export interface ShortestPaths extends Elements {
  /** Each path as the ids of its nodes and relationships, in order from `from`. */
  paths: { nodes: string[]; edges: string[] }[];
  /** Hops of each shortest path; null when the two are not connected. */
  length: number | null;
}

/** All shortest paths between two entities (any direction), as elements. No path is not an error. */
export async function findShortestPaths(
  db: GraphDatabase,
  model: GraphModel,
  options: { from: string; to: string; types?: string[]; limit: number; language: Language },
): Promise<ShortestPaths> {
  if (options.from === options.to) {
    throw invalidRequest("`from` and `to` name the same entity.", [{ path: "to", message: "must differ from from" }]);
  }
  return db.read(async (tx) => {
    for (const end of ["from", "to"] as const) {
      const found = await tx.run("queries/node", { id: options[end] });
      if (found.length === 0) throw notFound(`No entity has id "${options[end]}" (parameter ${end}).`);
    }
    const rows = await tx.run("queries/shortest-paths", {
      from: options.from, to: options.to, types: options.types ?? null, limit: options.limit,
    });
    const nodes = new Map<string, NodeRow>();
    const edges = new Map<string, EdgeRow>();
    const paths = rows.map((row) => {
      const pathNodes = row.nodes as unknown as NodeRow[];
      const pathEdges = row.rels as unknown as EdgeRow[];
      pathNodes.forEach((node) => nodes.set(node.id, node));
      pathEdges.forEach((edge) => edges.set(edge.id, edge));
      return { nodes: pathNodes.map((node) => node.id), edges: pathEdges.map((edge) => edge.id) };
    });
    return {
      ...presentElements(model, { nodes: [...nodes.values()], edges: [...edges.values()] }, options.language),
      paths,
      length: paths[0] ? paths[0].edges.length : null,
    };
  });
}
