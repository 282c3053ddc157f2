import type { GraphModel } from "../model/graph-model.ts";
import type { Language } from "../../contract/model.ts";
import { toNeo4jDate } from "../neo4j/convert.ts";
import type { ViewerDatabase } from "../neo4j/database.ts";
import { markingOfElements } from "../access/answer-marking.ts";
import { type ResponseMarking } from "../../contract/markings.ts";
import { notFound } from "../errors.ts";
import type { Elements } from "./elements.ts";
import { asEdgeRow, asNodeRow, presentElements, type NodeRow } from "./present.ts";

export interface NeighbourhoodOptions {
  id: string;
  depth: number;
  limit: number;
  types?: string[];
  asOf?: string;
  language: Language;
}

export interface Neighbourhood extends Elements {
  depth: number;
  limit: number;
  /** True when more entities lie within `depth` than `limit` lets through. */
  truncated: boolean;
  marking: ResponseMarking;
}

/**
 * Entities within `depth` hops of one entity and the relationships among them, found
 * breadth-first one hop per statement, so a hub never makes the database enumerate paths.
 * Each node's data carries `distance`, its hop count from the start.
 */
export async function fetchNeighbourhood(
  db: ViewerDatabase, model: GraphModel, options: NeighbourhoodOptions,
): Promise<Neighbourhood> {
  const asOf = toNeo4jDate(options.asOf);
  const types = options.types ?? null;
  return db.read(async (tx) => {
    const [start] = (await tx.run("explore/node", { id: options.id })).map(asNodeRow);
    if (!start) throw notFound(`No entity has id "${options.id}".`);
    const reached: { row: NodeRow; distance: number }[] = [{ row: start, distance: 0 }];
    const seen = new Set([start.id]);
    let frontier = [start.id];
    let truncated = false;
    for (let distance = 1; distance <= options.depth && frontier.length > 0; distance += 1) {
      const room = options.limit - reached.length;
      const found = (await tx.run("explore/neighbourhood-step", {
        frontier, seen: [...seen], types, asOf, limit: room + 1,
      })).map(asNodeRow);
      if (found.length > room) {
        truncated = true;
        found.length = Math.max(room, 0);
      }
      for (const row of found) {
        seen.add(row.id);
        reached.push({ row, distance });
      }
      frontier = found.map((row) => row.id);
      if (truncated) break;
    }
    const edgeRows = (await tx.run("explore/graph-edges", { ids: [...seen], types, asOf })).map(asEdgeRow);
    const elements = presentElements(model, { nodes: reached.map((r) => r.row), edges: edgeRows }, options.language);
    elements.nodes.forEach((node, i) => {
      node.data.distance = reached[i]!.distance;
    });
    return { ...elements, depth: options.depth, limit: options.limit, truncated, marking: markingOfElements(elements) };
  });
}
