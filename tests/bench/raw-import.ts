import { readFile } from "node:fs/promises";
import type { ManagedTransaction } from "neo4j-driver";
import type { Elements } from "../../server/graph/elements.ts";
import type { RawDriver } from "./raw-driver.ts";

/**
 * The baseline of the import rows: the fastest load a developer would write with
 * neo4j-driver alone into an empty graph. JSON.parse of the whole file, then UNWIND …
 * CREATE in batches of 10k, each batch its own transaction: no streaming, no checks
 * against the model, no comparison with what is stored, no all-or-nothing. (MERGE, the
 * earlier baseline, is planned by Neo4j as a scan per relationship row, which made the
 * ratio flatter the product.) These statements are the bench's baseline, not product
 * code, which is why they live here and not in cypher/.
 */
const RAW_CREATE_NODES = `
UNWIND $rows AS row
CREATE (n:Entity)
SET n = row.props, n.id = row.id
SET n:$(row.kind)`;

const RAW_CREATE_EDGES = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props, r.id = row.id`;

/** Rows per statement and per transaction. */
const RAW_BATCH = 10_000;

/** Keys of an element that are not stored as properties (as the product's importer has them). */
const NODE_OWN = new Set(["id", "kind", "name"]);
const EDGE_OWN = new Set(["id", "source", "target", "type"]);

export interface RawImportStamp {
  importId: string;
  loadedBy: string;
  loadedAt: string;
  source: string;
}

/**
 * Reads, parses and writes the file; returns how many elements it wrote. Every element
 * gets the same four provenance properties the product stamps, so both sides write as
 * many properties.
 */
export async function rawImport(raw: RawDriver, filePath: string, stamp: RawImportStamp): Promise<number> {
  const elements = JSON.parse(await readFile(filePath, "utf8")) as Elements;
  const provenance = {
    provenanceImportId: stamp.importId, provenanceLoadedBy: stamp.loadedBy,
    provenanceLoadedAt: stamp.loadedAt, provenanceSource: stamp.source,
  };
  const nodeRows = elements.nodes.map(({ data }) => ({ id: data.id, kind: data.kind, props: propsOf(data, NODE_OWN, provenance) }));
  const edgeRows = elements.edges.map(({ data }) => ({
    id: data.id, type: data.type, source: data.source, target: data.target, props: propsOf(data, EDGE_OWN, provenance),
  }));
  await writeBatches(raw, RAW_CREATE_NODES, nodeRows);
  await writeBatches(raw, RAW_CREATE_EDGES, edgeRows);
  return nodeRows.length + edgeRows.length;
}

function propsOf(data: Record<string, unknown>, own: ReadonlySet<string>, provenance: Record<string, string>) {
  const props: Record<string, unknown> = { ...provenance };
  for (const key in data) {
    if (!own.has(key)) props[key] = data[key];
  }
  return props;
}

async function writeBatches(raw: RawDriver, statement: string, rows: unknown[]): Promise<void> {
  for (let from = 0; from < rows.length; from += RAW_BATCH) {
    const batch = rows.slice(from, from + RAW_BATCH);
    const session = raw.driver.session({ database: raw.database });
    try {
      await session.executeWrite((tx: ManagedTransaction) => tx.run(statement, { rows: batch }), { timeout: raw.timeoutMs });
    } finally {
      await session.close();
    }
  }
}
