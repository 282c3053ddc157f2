import { markingOf } from "../access/answer-marking.ts";
import { type ResponseMarking } from "../../contract/markings.ts";
import type { GraphModel } from "../model/graph-model.ts";
import type { Transaction } from "../neo4j/database.ts";
import type { ElementIndex } from "./element-index.ts";
import type { ImportOptions } from "./import-report.ts";
import type { ImporterAccess } from "./importer-access.ts";
import type { ProblemList } from "./problem-list.ts";

/** What a replace removes: the source's elements the files lack (with the stored marking of each and of a relationship's ends). */
export interface Deletions {
  nodes: { id: string; kind: string; marking: ResponseMarking }[];
  edges: { id: string; type: string; marking: ResponseMarking }[];
}

const LOOKUP_CHUNK = 10_000;
const FOREIGN_LIMIT = 100;

/**
 * The checks only the database can answer, run inside the import's transaction before
 * its first write: relationships whose ends are not in the files must find them in the
 * database (with kinds the model lets them join; an end the importer may not see is not
 * there); a replace must not delete a node that the files still need, nor one that
 * another source's relationships, or relationships the importer may not see, hold on to.
 */
export async function checkAgainstDatabase(
  tx: Transaction, model: GraphModel, index: ElementIndex, options: Pick<ImportOptions, "mode" | "source">,
  access: ImporterAccess, problems: ProblemList,
): Promise<Deletions> {
  const deletions = options.mode === "replace" && options.source
    ? await sourceDeletions(tx, model, index, options.source, access)
    : { nodes: [], edges: [] };
  const deleted = new Set(deletions.nodes.map((node) => node.id));

  const unknownEnds = new Set<string>();
  for (const edge of index.pending) {
    if (!index.nodeKind.has(edge.source)) unknownEnds.add(edge.source);
    if (!index.nodeKind.has(edge.target)) unknownEnds.add(edge.target);
  }
  const stored = await storedKinds(tx, model, [...unknownEnds], access);
  for (const edge of index.pending) {
    if (index.nodeKind.has(edge.source) && index.nodeKind.has(edge.target)) continue;
    const at = index.unpack(edge.at);
    let ok = true;
    for (const end of ["source", "target"] as const) {
      const id = edge[end];
      if (index.nodeKind.has(id)) continue;
      if (!stored.has(id)) {
        problems.add({ ...at, field: end, message: `no node has id "${id}", in the files or in the database` });
        ok = false;
      } else if (deleted.has(id)) {
        problems.add({
          ...at, field: end,
          message: `node "${id}" belongs to source "${options.source}" but is not in the files, so this replace would delete it`,
        });
        ok = false;
      }
    }
    if (!ok) continue;
    const from = index.nodeKind.get(edge.source) ?? stored.get(edge.source)!;
    const to = index.nodeKind.get(edge.target) ?? stored.get(edge.target)!;
    const rule = index.orientation.check(edge, from, to);
    if (rule) problems.add({ ...at, ...rule });
  }

  for (let from = 0; from < deletions.nodes.length; from += LOOKUP_CHUNK) {
    const ids = deletions.nodes.slice(from, from + LOOKUP_CHUNK).map((node) => node.id);
    const held = await tx.run("import/foreign-edges-of-nodes", { ids, source: options.source, limit: FOREIGN_LIMIT, ...access.parameters });
    for (const edge of held) {
      const node = String(edge.node);
      if (edge.hidden === true) {
        access.touchedHidden(String(edge.id), ...(edge.markings as object[]));
        problems.add({
          file: "(database)",
          message: `node "${node}" is not in the files, so this replace would delete it, but it is still used by ` +
            "relationships outside this import; keep the node in the files",
        });
      } else {
        problems.add({
          file: "(database)",
          message: `node "${node}" is not in the files, so this replace would delete it, but relationship ` +
            `"${String(edge.id)}" (${String(edge.type)}) of ${edge.source ? `source "${String(edge.source)}"` : "no source"} ` +
            "still uses it; keep the node in the files or remove that relationship first",
        });
      }
    }
    if (held.length > 0) break;
  }
  return deletions;
}

/**
 * A replace leaves alone the source's elements the importer may not see, relationships
 * with a hidden end included: it cannot delete, nor list, what it cannot read.
 */
async function sourceDeletions(
  tx: Transaction, model: GraphModel, index: ElementIndex, source: string, access: ImporterAccess,
): Promise<Deletions> {
  const nodes = (await tx.run("import/source-node-ids", { source, ...access.parameters }))
    .filter((row) => !index.firstSeen.has(String(row.id)))
    .map((row) => ({ id: String(row.id), kind: model.kindOfLabels(row.labels as string[]) ?? "Unknown", marking: markingOf([row]) }));
  const edges = (await tx.run("import/source-edge-ids", { source, ...access.parameters }))
    .filter((row) => !index.firstSeen.has(String(row.id)))
    .map((row) => ({ id: String(row.id), type: String(row.type), marking: markingOf(row.markings as object[]) }));
  return { nodes, edges };
}

/** Kinds of stored nodes; one the importer may not see is, to it, not there (and a hidden id it touched). */
async function storedKinds(tx: Transaction, model: GraphModel, ids: string[], access: ImporterAccess): Promise<Map<string, string>> {
  const kinds = new Map<string, string>();
  for (let from = 0; from < ids.length; from += LOOKUP_CHUNK) {
    const rows = await tx.run("explore/nodes-by-ids", { ids: ids.slice(from, from + LOOKUP_CHUNK) });
    for (const row of rows) {
      const kind = model.kindOfLabels(row.labels as string[]);
      const props = (row.props ?? {}) as object;
      if (!access.sees(props)) access.touchedHidden(String(row.id), props);
      else if (kind) kinds.set(String(row.id), kind);
    }
  }
  return kinds;
}
