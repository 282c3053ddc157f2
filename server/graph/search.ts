import { GraphModel } from "../model/graph-model.ts";
import type { Language } from "../../contract/model.ts";
import type { ViewerDatabase } from "../neo4j/database.ts";
import type { NodeData } from "./elements.ts";
import { asNodeRow, presentNode } from "./present.ts";
import { toLuceneQuery } from "./search-query.ts";
import { rankCandidates, type SearchCandidate } from "./search-rank.ts";

export interface SearchResult {
  data: NodeData;
  score: number;
}

/**
 * Most visible matches ranked per search. Past it, which matches are ranked is Lucene's
 * choice (its best-scored first); no real query in a cooperation network gets near it,
 * and a one-letter prefix over a huge graph would otherwise read every name.
 */
const MAX_CANDIDATES = 2_000;

/**
 * Ranked matches over names and acronyms in every language, accent- and case-blind, among
 * what the viewer may see. Lucene only finds the candidates (the viewer's visible ones);
 * they are ranked by their own names and acronyms against the words typed (search-rank.ts),
 * so the order is a function of the visible matches alone: hidden entities, which Lucene's
 * scores count, change nothing. The score is the rank (1 for the best match, falling evenly).
 */
export async function searchEntities(
  db: ViewerDatabase, model: GraphModel, options: { q: string; limit: number; language: Language },
): Promise<SearchResult[]> {
  const query = toLuceneQuery(options.q);
  if (query === undefined) return [];
  return db.read(async (tx) => {
    const candidates: SearchCandidate[] = (await tx.run("explore/search", { query, candidates: MAX_CANDIDATES })).map((row) => {
      const fields = row.fields as SearchCandidate["fields"];
      return { id: String(row.id), name: GraphModel.nameIn(fields, options.language) ?? String(row.id), fields };
    });
    const kept = rankCandidates(options.q, candidates).slice(0, options.limit).map((candidate) => candidate.id);
    const rows = new Map((await tx.run("explore/entities-by-ids", { ids: kept })).map((row) => [String(row.id), asNodeRow(row)]));
    const found = kept.flatMap((id) => rows.get(id) ?? []);
    return found.map((row, rank) => ({
      data: presentNode(model, row, options.language).data,
      score: Math.round((1 - rank / found.length) * 1000) / 1000,
    }));
  });
}
