import type { GraphModel } from "../../model/graph-model.ts";
import type { ImportFile, ImportProblem, ImportRecord } from "../records.ts";
import { GraphmlDocument } from "./graphml-document.ts";
import { readXmlRecords } from "./xml-stream.ts";

/**
 * Reads GraphML as yEd, Gephi, Cytoscape desktop, networkx, igraph, APOC and our exporter
 * write it, one element at a time. Malformed XML is one problem with its line and ends
 * the file; a bad value is a problem and its element is skipped.
 */
export function readGraphml(file: ImportFile, model: GraphModel, problems: ImportProblem[]): AsyncGenerator<ImportRecord> {
  return readXmlRecords(file, new GraphmlDocument(file.name, model, problems), problems);
}
