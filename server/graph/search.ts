import type { GraphModel } from "../model/graph-model.ts";
import type { Language } from "../model/schema.ts";
import type { ViewerReader } from "../neo4j/database.ts";
import type { NodeData } from "./elements.ts";
import { asNodeRow, presentNode } from "./present.ts";
import { toLuceneQuery } from "./search-query.ts";

export interface SearchResult {
  data: NodeData;
  score: number;
}

/** Ranked matches over names and acronyms in every language, accent- and case-blind. */
export async function searchEntities(
  db: ViewerReader, model: GraphModel, options: { q: string; limit: number; language: Language },
): Promise<SearchResult[]> {
  const query = toLuceneQuery(options.q);
  if (query === undefined) return [];
  const rows = await db.query("queries/search", { query, limit: options.limit });
  return rows.map((row) => ({
    data: presentNode(model, asNodeRow(row), options.language).data,
    score: Math.round(Number(row.score) * 1000) / 1000,
  }));
}
