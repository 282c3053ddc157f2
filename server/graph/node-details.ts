import type { GraphModel } from "../model/graph-model.ts";
import type { Language } from "../../contract/model.ts";
import type { ViewerDatabase } from "../neo4j/database.ts";
import { markingOf, markingsIn } from "../access/answer-marking.ts";
import { notFound } from "../errors.ts";
import { asNodeRow, presentNode } from "./present.ts";
import { describeProvenance } from "./provenance.ts";

/** One entity, where it comes from, and how many relationships of each type it has. */
export async function fetchNodeDetails(
  db: ViewerDatabase, model: GraphModel, options: { id: string; language: Language },
) {
  // Two single reads at once: the degree of a missing or hidden node is empty anyway.
  const [rows, degree] = await Promise.all([db.query("explore/node", { id: options.id }), db.query("explore/node-degree", { id: options.id })]);
  const [row] = rows.map(asNodeRow);
  if (!row) throw notFound(`No entity has id "${options.id}".`);
  return {
    data: presentNode(model, row, options.language).data,
    provenance: describeProvenance(row.props),
    relationships: degree.map((d) => ({
      type: String(d.type), direction: d.direction as "out" | "in", count: Number(d.count),
    })),
    // The counts rest on the relationships and neighbours counted, as much as on the node.
    marking: markingOf([row.props, ...markingsIn(degree.map((d) => d.markings))]),
  };
}

