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

/**
 * Ranked matches over names and acronyms in every language, accent- and case-blind, among
 * what the viewer may see. The score is the rank (1 for the best match, falling evenly),
 * not Lucene's: Lucene scores from statistics over the whole index, hidden entities
 * included, so its numbers would tell a reader how many hidden entities share a word.
 */
export async function searchEntities(
  db: ViewerReader, model: GraphModel, options: { q: string; limit: number; language: Language },
): Promise<SearchResult[]> {
  const query = toLuceneQuery(options.q);
  if (query === undefined) return [];
  const rows = await db.query("queries/search", { query, limit: options.limit });
  return rows.map((row, rank) => ({
    data: presentNode(model, asNodeRow(row), options.language).data,
    score: Math.round((1 - rank / rows.length) * 1000) / 1000,
  }));
}
