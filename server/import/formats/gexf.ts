import type { ImportFile, ImportProblem, ImportRecord } from "../records.ts";
import { GexfDocument } from "./gexf-document.ts";
import { readXmlRecords } from "./xml-stream.ts";

/**
 * Reads GEXF 1.2 and 1.3, Gephi's own format, as Gephi and networkx's `write_gexf` write
 * it, one element at a time: nodes with their label, edges with their weight and label,
 * declared attributes by title. Malformed XML is one problem with its line and ends the
 * file; a bad value is a problem and its element is skipped.
 */
export function readGexf(file: ImportFile, problems: ImportProblem[]): AsyncGenerator<ImportRecord> {
  return readXmlRecords(file, new GexfDocument(file.name, problems), problems);
}
