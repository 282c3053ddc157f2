import type { GraphModel } from "../model/graph-model.ts";
import type { Transaction } from "../neo4j/database.ts";
import type { EdgeData, NodeData } from "./elements.ts";
import { asEdgeRow, asNodeRow, presentEdge, presentNode } from "./present.ts";
import type { Language } from "../../contract/model.ts";

const PAGE = 5_000;

/**
 * The whole graph as a stream of elements, a page at a time in id order, for exports
 * of any size: nothing holds more than one page.
 */
export async function* exportNodes(tx: Transaction, model: GraphModel, language: Language): AsyncGenerator<NodeData> {
  let after = "";
  for (;;) {
    const rows = await tx.run("export/nodes-page", { after, limit: PAGE });
    for (const row of rows) yield presentNode(model, asNodeRow(row), language).data;
    if (rows.length < PAGE) return;
    after = String(rows[rows.length - 1]!.id);
  }
}

export async function* exportEdges(tx: Transaction): AsyncGenerator<EdgeData> {
  let after = "";
  for (;;) {
    const rows = await tx.run("export/edges-page", { after, limit: PAGE });
    if (rows.length === 0) return;
    for (const row of rows) if (row.id !== null) yield presentEdge(asEdgeRow(row)).data;
    after = String(rows[0]!.last);
  }
}
