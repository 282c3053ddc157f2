import { readdirSync, readFileSync } from "node:fs";
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
/** Imports check every element against the folder: its listing is read once a few seconds at most. */
const LISTING_TTL_MS = 5_000;
const LISTED_IN_MESSAGES = 10;

let listing: { names: ReadonlySet<string>; readAt: number } | undefined;

/**
 * The names of the files in the source folder, the only values `provenanceDocument` may
 * take: a plain name, never a path, so nothing outside the folder (nor the folder itself,
 * as `..` or `.` would) is ever read. Hidden files are not documents.
 */
export function sourceDocuments(): ReadonlySet<string> {
  const now = Date.now();
  if (!listing || now - listing.readAt > LISTING_TTL_MS) {
    let names: string[] = [];
    try {
      names = readdirSync(sourcesDir, { withFileTypes: true })
        .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
        .map((entry) => entry.name);
    } catch {
      // No folder, no documents: every value is then refused, and none is read.
    }
    listing = { names: new Set(names), readAt: now };
  }
  return listing.names;
}

/** Why `document` cannot be a provenanceDocument, or undefined when it names a source file. */
export function sourceDocumentProblem(document: string): string | undefined {
  const names = sourceDocuments();
  if (names.has(document)) return undefined;
  const sorted = [...names].sort();
  const allowed = sorted.length === 0
    ? "the folder holds none"
    : `one of ${sorted.slice(0, LISTED_IN_MESSAGES).join(", ")}${sorted.length > LISTED_IN_MESSAGES ? ", …" : ""}`;
  return `must be the name of a file in the source folder (seed/sources/), without any path: ${allowed}`;
}

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

/**
 * The lines quoted from a source file. A stored value that names no file of the folder
 * (written before imports checked it, or around them) quotes nothing, and a file that
 * cannot be read quotes nothing either: the details of an entity never fail for it.
 */
function excerpt(document: string, locator: string): { line: number; text: string }[] {
  if (!sourceDocuments().has(document)) return [];
  let text: string[];
  try {
    text = readFileSync(path.join(sourcesDir, document), "utf8").split(/\r?\n/);
  } catch {
    return [];
  }
  return parseLocator(locator)
    .filter((line) => line >= 1 && line <= text.length)
    .map((line) => ({ line, text: text[line - 1]!.trim() }));
}
