import { markingOfRows } from "../access/answer-marking.ts";
import { highestMarking, type Clearance } from "../../contract/markings.ts";
import type { SourceSummary } from "../../contract/sources.ts";
import type { ViewerDatabase } from "../neo4j/database.ts";
import type { ImportReport } from "./import-report.ts";
import type { ImportJobs } from "./import-jobs.ts";

/**
 * The load sources of what one reader may see (an element's source is its
 * `provenanceSource`): counts of the entities and relationships they may see, and the
 * latest import that wrote one of those. A source whose every element is hidden from them
 * is not there; sorted by name.
 */
export async function listSources(reader: ViewerDatabase): Promise<SourceSummary[]> {
  const bySource = new Map<string, SourceSummary>();
  for (const row of await reader.query("import/source-counts")) {
    const name = String(row.source);
    const entry = bySource.get(name) ?? { name, nodes: 0, edges: 0, lastImport: null, marking: highestMarking([]) };
    entry.nodes += Number(row.nodes ?? 0);
    entry.edges += Number(row.edges ?? 0);
    entry.marking = highestMarking([entry.marking, markingOfRows((row.markings ?? []) as unknown[])]);
    const at = typeof row.loadedAt === "string" ? row.loadedAt : undefined;
    if (entry.lastImport === null || (at !== undefined && (entry.lastImport.at ?? "") < at)) {
      entry.lastImport = {
        ...(row.importId != null ? { id: String(row.importId) } : {}),
        ...(at !== undefined ? { at } : {}),
        ...(row.loadedBy != null ? { user: String(row.loadedBy) } : {}),
      };
    }
    bySource.set(name, entry);
  }
  return [...bySource.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Removes one source's elements that the user may see: a replace of the source by no
 * files, queued with the other imports, so the same checks hold (nothing another
 * source's relationships still use is deleted; a hidden element stays and is never
 * named), and it is recorded in the history and audited like any import.
 */
export async function deleteSource(imports: ImportJobs, name: string, options: {
  dryRun: boolean; user: string; ip?: string | null; clearance: Clearance; admin: boolean;
}): Promise<ImportReport> {
  const job = imports.start({ files: [], discard: async () => {} }, { mode: "replace", source: name, ...options });
  return imports.finished(job.id)!;
}
