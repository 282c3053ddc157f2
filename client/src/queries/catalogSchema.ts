import { CATEGORIES, type CatalogEntry } from "../../../contract/queries.ts";

/** The canned-query catalog and a run's answer, as contract/queries.ts declares them. */

/** Catalog entries by category, categories in the order the dashboard presents them. */
export function groupByCategory(entries: CatalogEntry[]): { category: string; entries: CatalogEntry[] }[] {
  const known: readonly string[] = CATEGORIES;
  const categories = [...new Set([...CATEGORIES, ...entries.map((entry) => entry.category)])];
  categories.sort((a, b) => (known.includes(a) ? known.indexOf(a) : known.length) - (known.includes(b) ? known.indexOf(b) : known.length));
  return categories
    .map((category) => ({ category, entries: entries.filter((entry) => entry.category === category) }))
    .filter((group) => group.entries.length > 0);
}
