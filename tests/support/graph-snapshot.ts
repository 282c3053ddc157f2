import { createHash } from "node:crypto";
import type { GraphDatabase } from "../../server/neo4j/database.ts";
import { CLEARED_VIEWER } from "./viewer.ts";

/** Provenance an import stamps on what it writes: it describes the load, not the network. */
const STAMPS = new Set(["provenanceImportId", "provenanceLoadedBy", "provenanceLoadedAt"]);

export interface GraphSnapshot {
  nodes: number;
  edges: number;
  /** SHA-256 over every id, label, type, end and property, in id order. */
  checksum: string;
  /** The same without the import stamps: equal when two graphs hold the same network. */
  content: string;
}

/** The whole stored graph, canonical, read straight from Neo4j through the export pages (as a viewer cleared for everything tests mark). */
export async function snapshotGraph(db: GraphDatabase): Promise<GraphSnapshot> {
  const nodes: unknown[] = [];
  const edges: unknown[] = [];
  await db.forViewer(CLEARED_VIEWER).read(async (tx) => {
    let after = "";
    for (;;) {
      const rows = await tx.run("export/nodes-page", { after, limit: 5000 });
      nodes.push(...rows.map((row) => [row.id, [...(row.labels as string[])].sort(), sorted(row.props)]));
      if (rows.length < 5000) break;
      after = String(rows[rows.length - 1]!.id);
    }
    after = "";
    for (;;) {
      const rows = await tx.run("export/edges-page", { after, limit: 5000 });
      if (rows.length === 0) break;
      edges.push(...rows.filter((row) => row.id !== null).map((row) => [row.id, row.type, row.source, row.target, sorted(row.props)]));
      after = String(rows[0]!.last);
    }
  });
  edges.sort((a, b) => String((a as unknown[])[0]).localeCompare(String((b as unknown[])[0])));
  const hash = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");
  const withoutStamps = (list: unknown[]) => list.map((item) => (item as unknown[]).map((part) =>
    part !== null && typeof part === "object" && !Array.isArray(part)
      ? Object.fromEntries(Object.entries(part).filter(([key]) => !STAMPS.has(key))) : part));
  return {
    nodes: nodes.length,
    edges: edges.length,
    checksum: hash({ nodes, edges }),
    content: hash({ nodes: withoutStamps(nodes), edges: withoutStamps(edges) }),
  };
}

function sorted(value: unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries((value ?? {}) as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
}
