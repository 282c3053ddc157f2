import type { ImportProblemCode } from "../../contract/imports.ts";

/**
 * What every import format reader yields: one element at a time, in the wire format the
 * API emits (a node's data has id, kind and its properties; an edge's data has id,
 * source, target, type and its properties), with where it came from. Readers convert
 * text to the JavaScript value the wire format uses (dates as YYYY-MM-DD strings, whole
 * numbers as numbers, booleans as booleans) but do not check the model: the importer does.
 */
export interface SourceLocation {
  /** The file's name as the user gave it (never a server path). */
  file: string;
  /** 1-based line in the file where the element starts, when the format knows it. */
  line?: number;
  /** 1-based data row (CSV: the header is not a row) or 0-based array index (JSON: nodes[3]). */
  row?: number;
  /** For JSON: the array the element sits in and its index, such as `nodes[3]`. */
  pointer?: string;
}

export type ImportRecord =
  | { element: "node"; data: Record<string, unknown>; at: SourceLocation }
  | {
    element: "edge"; data: Record<string, unknown>; at: SourceLocation;
    /** False when the file says the edge has no direction (GraphML edgedefault, GEXF, a Gephi Type column): the importer orients it as the model allows. */
    directed?: boolean;
  };

/** One problem found in a file: where (file, line or row, field) and a plain message. */
export interface ImportProblem {
  /** The kind of problem, for the report's groups (see IMPORT_PROBLEM_CODES). */
  code?: ImportProblemCode;
  file: string;
  line?: number;
  row?: number;
  pointer?: string;
  field?: string;
  message: string;
}

/** The formats the importer reads and the exporter writes. */
export type ImportFormat =
  | "json" | "csv-nodes" | "csv-relationships" | "graphml" | "gexf" | "gml"
  /** CSV lists as Gephi's data laboratory writes them: `Id,Label,…` and `Source,Target,Type,…`. */
  | "csv-node-list" | "csv-edge-list";

/** A file on disk waiting to be read: its server path and the name the user gave it. */
export interface ImportFile {
  path: string;
  name: string;
}
