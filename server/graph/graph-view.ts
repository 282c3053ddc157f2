import type { GraphModel } from "../model/graph-model.ts";
import type { Language } from "../../contract/model.ts";
import { toNeo4jDate } from "../neo4j/convert.ts";
import type { ViewerDatabase } from "../neo4j/database.ts";
import { markingOfElements } from "../access/answer-marking.ts";
import { type ResponseMarking } from "../../contract/markings.ts";
import type { Elements } from "./elements.ts";
import { asEdgeRow, asNodeRow, presentElements } from "./present.ts";

export interface GraphViewOptions {
  kinds?: string[];
  types?: string[];
  asOf?: string;
  limit: number;
  language: Language;
}

export interface GraphView extends Elements {
  /** How many nodes matched before the limit. */
  total: number;
  truncated: boolean;
  marking: ResponseMarking;
}

/** The whole graph, or the part of it the filters keep, in one read transaction. */
export async function fetchGraphView(db: ViewerDatabase, model: GraphModel, options: GraphViewOptions): Promise<GraphView> {
  const asOf = toNeo4jDate(options.asOf);
  return db.read(async (tx) => {
    const nodeRows = (await tx.run("explore/graph-nodes", {
      kinds: options.kinds ?? null, asOf, limit: options.limit,
    })).map(asNodeRow);
    const edgeRows = (await tx.run("explore/graph-edges", {
      ids: nodeRows.map((row) => row.id), types: options.types ?? null, asOf,
    })).map(asEdgeRow);
    const total = Number((nodeRows[0] as unknown as { total?: number } | undefined)?.total ?? 0);
    const elements = presentElements(model, { nodes: nodeRows, edges: edgeRows }, options.language);
    return { ...elements, total, truncated: total > nodeRows.length, marking: markingOfElements(elements) };
  });
}
