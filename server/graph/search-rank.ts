/**
 * Orders search candidates by how well their own names and acronyms fit what was typed,
 * so the order depends on nothing but the visible matches: Lucene's scores count every
 * entity of the index, hidden ones too, and would let them reorder what a viewer sees.
 *
 * Best first: a name or acronym equal to the words typed; then one that starts with
 * them; then one holding every word whole; then one holding some word whole or as a
 * prefix; then the rest Lucene found (one typo away). Within a tier, more words whole,
 * then more words as prefixes, then the closer fit (fewer other words in that name),
 * then the name, then the id.
 */

/** The fields a match may be in, as the names index has them. */
export const SEARCH_FIELDS = ["nameFr", "nameNl", "nameEn", "acronymFr", "acronymNl", "acronymEn"] as const;

export interface SearchCandidate {
  id: string;
  /** The name shown, which breaks ties. */
  name: string;
  fields: Partial<Record<(typeof SEARCH_FIELDS)[number], unknown>>;
}

/** Accent- and case-blind words, as the index's standard-folding analyzer makes them. */
export function searchWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** The words of a query that count: the first eight. */
export function queryWords(text: string): string[] {
  return searchWords(text).slice(0, 8);
}

/** How well one candidate fits: compared element by element, higher first. */
type Fit = [tier: number, whole: number, prefixes: number, closeness: number];

const EXACT = 4;
const PREFIX = 3;
const ALL_WORDS = 2;
const SOME_WORD = 1;

function fieldFit(query: string[], phrase: string, words: string[]): Fit {
  const typed = query.join(" ");
  const whole = query.filter((word) => words.includes(word)).length;
  const prefixes = query.filter((word) => words.some((other) => other.startsWith(word))).length;
  const tier = phrase === typed ? EXACT
    : phrase.startsWith(typed) ? PREFIX
    : whole === query.length ? ALL_WORDS
    : prefixes > 0 ? SOME_WORD : 0;
  return [tier, whole, prefixes, -(words.length - whole)];
}

function compareFits(a: Fit, b: Fit): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i]! - a[i]!;
  return 0;
}

function fitOf(query: string[], candidate: SearchCandidate): Fit {
  let best: Fit = [0, 0, 0, -Infinity];
  for (const field of SEARCH_FIELDS) {
    const value = candidate.fields[field];
    if (typeof value !== "string" || value === "") continue;
    const words = searchWords(value);
    const fit = fieldFit(query, words.join(" "), words);
    if (compareFits(fit, best) < 0) best = fit;
  }
  return best;
}

/** The candidates best first, by their own fields and the query only (see above). */
export function rankCandidates<T extends SearchCandidate>(typed: string, candidates: readonly T[]): T[] {
  const query = queryWords(typed);
  const keyed = candidates.map((candidate) => ({ candidate, fit: fitOf(query, candidate), name: searchWords(candidate.name).join(" ") }));
  keyed.sort((a, b) =>
    compareFits(a.fit, b.fit)
    || compare(a.name, b.name) || compare(a.candidate.name, b.candidate.name) || compare(a.candidate.id, b.candidate.id));
  return keyed.map((entry) => entry.candidate);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
