import { z } from "zod";

/** `GET /api/queries`: the canned-query catalog, titles and descriptions in the asked language. */
export const CATEGORIES = ["gaps", "dependencies", "resilience", "coverage", "data-quality"] as const;

export const catalogEntrySchema = z.object({
  id: z.string(),
  // An unknown category still shows, under its raw name, rather than failing the catalog.
  category: z.string(),
  title: z.string(),
  description: z.string(),
  params: z.record(z.string(), z.unknown()),
  columns: z.array(z.object({ key: z.string() })),
});

export const catalogSchema = z.object({ queries: z.array(catalogEntrySchema) });

/** `POST /api/queries/:id/run`: findings, what to highlight, and the summary; query-specific extras pass through. */
export const queryAnswerSchema = z.looseObject({
  query: z.string(),
  columns: z.array(z.object({ key: z.string(), title: z.string() })),
  rows: z.array(z.record(z.string(), z.unknown())),
  highlight: z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) }),
  summary: z.string(),
  graphVersion: z.number(),
  asOf: z.string().nullable(),
  truncated: z.boolean().optional(),
});

export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type QueryAnswer = z.infer<typeof queryAnswerSchema>;

/** Catalog entries by category, categories in the order the dashboard presents them. */
export function groupByCategory(entries: CatalogEntry[]): { category: string; entries: CatalogEntry[] }[] {
  const known: readonly string[] = CATEGORIES;
  const categories = [...new Set([...CATEGORIES, ...entries.map((entry) => entry.category)])];
  categories.sort((a, b) => (known.includes(a) ? known.indexOf(a) : known.length) - (known.includes(b) ? known.indexOf(b) : known.length));
  return categories
    .map((category) => ({ category, entries: entries.filter((entry) => entry.category === category) }))
    .filter((group) => group.entries.length > 0);
}
