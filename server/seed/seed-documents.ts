import { z } from "zod";

/**
 * The seed's header: when it was recorded and the source documents its elements rest on.
 * Several documents may share one file of seed/sources/ (the official facts are one file
 * paraphrasing many public texts); an element names the file in `provenanceDocument` and
 * the document itself by its `provenanceUrl`, so each element cites exactly one entry.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date such as 2026-11-28");

export const seedDocumentSchema = z.object({
  /** The key the source list uses (K20, WKf…), or one of the seed's own for the SGRS page. */
  key: z.string().min(1),
  /** The file of seed/sources/ that holds the document's text or its paraphrase. */
  file: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  url: z.url().optional(),
  published: isoDate.optional(),
  retrieved: isoDate,
  /** The source's reliability on the NATO/Admiralty scale (A–F); seed/README.md gives the rule. */
  reliability: z.enum(["A", "B", "C", "D", "E", "F"]),
  note: z.string().optional(),
}).strict();

export type SeedDocument = z.infer<typeof seedDocumentSchema>;

export const seedHeaderSchema = z.object({
  recordedAt: z.iso.datetime(),
  /** Absent in a file whose elements cite no document (a test fixture). */
  documents: z.array(seedDocumentSchema).default([])
    .refine((list) => new Set(list.map((d) => d.key)).size === list.length, "each document key may appear once")
    .refine((list) => new Set(list.map((d) => `${d.file} ${d.url ?? ""}`)).size === list.length,
      "two documents may not share both file and url: an element could not tell them apart"),
});

export type SeedHeader = z.infer<typeof seedHeaderSchema>;

interface SeedElement {
  data?: Record<string, unknown>;
}

/** The document an element cites: the entry with its file and its URL (none when it has none). */
export function citedDocument(documents: readonly SeedDocument[], data: Record<string, unknown>): SeedDocument | undefined {
  return documents.find((d) => d.file === data.provenanceDocument && d.url === data.provenanceUrl);
}

/**
 * Every way the seed's elements fail to cite a listed document: a file or URL not in the
 * header, or publication and retrieval dates that differ from the document's. Each message
 * names the element and the field. An element that names no document at all is the
 * importer's to judge (tests/unit/seed-sources.test.ts holds the seed to citing one).
 */
export function citationProblems(header: SeedHeader, elements: readonly SeedElement[]): string[] {
  const problems: string[] = [];
  const files = new Set(header.documents.map((d) => d.file));
  for (const element of elements) {
    const data = element.data ?? {};
    const id = typeof data.id === "string" ? data.id : "(no id)";
    if (data.provenanceDocument === undefined) continue;
    if (typeof data.provenanceDocument !== "string" || !files.has(data.provenanceDocument)) {
      problems.push(`element ${id}: provenanceDocument ${JSON.stringify(data.provenanceDocument)} is not a document listed in the seed's documents`);
      continue;
    }
    const document = citedDocument(header.documents, data);
    if (!document) {
      problems.push(`element ${id}: provenanceUrl ${JSON.stringify(data.provenanceUrl)} names no document of ${data.provenanceDocument} listed in the seed's documents`);
      continue;
    }
    if (data.provenancePublished !== document.published) {
      problems.push(`element ${id}: provenancePublished ${JSON.stringify(data.provenancePublished)} differs from document ${document.key}'s ${JSON.stringify(document.published)}`);
    }
    if (data.provenanceRetrieved !== document.retrieved) {
      problems.push(`element ${id}: provenanceRetrieved ${JSON.stringify(data.provenanceRetrieved)} differs from document ${document.key}'s ${JSON.stringify(document.retrieved)}`);
    }
  }
  return problems;
}
