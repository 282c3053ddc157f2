import { queryWords } from "./search-rank.ts";

/**
 * Builds the Lucene query for the names index from what a user typed. Every word is
 * escaped, then matched exactly (most of all as an acronym), as a prefix, and, past three letters, with one
 * typo allowed, so that "surete", "sûr", "ADIV" and "ocad" all find what people expect.
 * It finds the candidates only: search-rank.ts orders them. The boosts still decide which
 * candidates Lucene returns first when a query matches more than are ranked.
 */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** An acronym typed whole ("ocad", "ADIV") is the strongest signal of what was meant. */
const ACRONYM_FIELDS = ["acronymFr", "acronymNl", "acronymEn"];

export function toLuceneQuery(text: string): string | undefined {
  const words = queryWords(text);
  if (words.length === 0) return undefined;
  const clauses = words.map((word) => {
    const escaped = word.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
    const forms = [
      ...ACRONYM_FIELDS.map((field) => `${field}:${escaped}^16`),
      `${escaped}^4`,
      `${escaped}*^2`,
    ];
    if (word.length > 3) forms.push(`${escaped}~1`);
    return `(${forms.join(" OR ")})`;
  });
  // Words are alternatives, not requirements: stop words ("de", "the") and elisions ("l'")
  // match nothing in the index, and the score already ranks names matching more words first.
  return clauses.join(" OR ");
}
