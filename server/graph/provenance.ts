import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Resolves a provenance locator ("line 11", "lines 13, 15", "lines 21-23") against the
 * source documents kept in seed/sources/, so the details panel can quote the source.
 */
export const sourcesDir = fileURLToPath(new URL("../../seed/sources/", import.meta.url));

export interface Provenance {
  document: string | null;
  locator: string | null;
  loadedBy: string | null;
  loadedAt: string | null;
  /** The lines the locator names, as the document has them; empty when not at hand. */
  excerpt: { line: number; text: string }[];
}

const MAX_EXCERPT_LINES = 20;

export function parseLocator(locator: string): number[] {
  const lines = new Set<number>();
  for (const part of locator.replace(/^lines?\s*/i, "").split(",")) {
    const range = /^\s*(\d+)\s*(?:-\s*(\d+))?\s*$/.exec(part);
    if (!range) continue;
    const first = Number(range[1]);
    const last = Math.min(Number(range[2] ?? range[1]), first + MAX_EXCERPT_LINES);
    for (let line = first; line <= last; line += 1) lines.add(line);
  }
  return [...lines].sort((a, b) => a - b).slice(0, MAX_EXCERPT_LINES);
}

export function describeProvenance(props: Record<string, unknown>): Provenance {
  const document = typeof props.provenanceDocument === "string" ? props.provenanceDocument : null;
  const locator = typeof props.provenanceLocator === "string" ? props.provenanceLocator : null;
  return {
    document,
    locator,
    loadedBy: typeof props.provenanceLoadedBy === "string" ? props.provenanceLoadedBy : null,
    loadedAt: typeof props.provenanceLoadedAt === "string" ? props.provenanceLoadedAt : null,
    excerpt: document && locator ? excerpt(document, locator) : [],
  };
}

function excerpt(document: string, locator: string): { line: number; text: string }[] {
  // Only a plain file name inside seed/sources/ is ever read.
  if (path.basename(document) !== document) return [];
  const file = path.join(sourcesDir, document);
  if (!existsSync(file)) return [];
  const text = readFileSync(file, "utf8").split(/\r?\n/);
  return parseLocator(locator)
    .filter((line) => line >= 1 && line <= text.length)
    .map((line) => ({ line, text: text[line - 1]!.trim() }));
}
