import { PassThrough, type Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import yazl from "yazl";
import type { GraphModel } from "../model/graph-model.ts";
import { writeNodesCsv, writeRelationshipsCsv } from "./csv-writer.ts";

/**
 * Writes a zip holding `nodes.csv` and `relationships.csv`, the pair neo4j-admin and our
 * importer read. The entries are compressed as they are written: nothing is staged on
 * disk or held whole in memory. Ends `out`.
 */
export async function writeCsvZip(
  model: GraphModel, nodes: AsyncIterable<Record<string, unknown>>, edges: AsyncIterable<Record<string, unknown>>, out: Writable,
): Promise<void> {
  const zip = new yazl.ZipFile();
  const nodesCsv = new PassThrough();
  const relationshipsCsv = new PassThrough();
  zip.addReadStream(nodesCsv, "nodes.csv");
  zip.addReadStream(relationshipsCsv, "relationships.csv");
  zip.end();
  const output = zip.outputStream as Readable;
  const zipping = pipeline(output, out);
  zip.on("error", (error: Error) => output.destroy(error));
  try {
    await writeNodesCsv(model, nodes, nodesCsv);
    await writeRelationshipsCsv(model, edges, relationshipsCsv);
  } catch (error) {
    output.destroy(error as Error);
    await zipping.catch(() => undefined);
    throw error;
  }
  await zipping;
}
