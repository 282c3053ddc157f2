import type { GraphModel } from "../model/graph-model.ts";
import { EdgeOrientation } from "./orientation.ts";
import type { SourceLocation } from "./records.ts";

/** A relationship whose ends were not both known when it was read. */
export interface PendingEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  at: number;
  /** The file says it has no direction: it may be turned (see EdgeOrientation). */
  undirected?: boolean;
}

const FILE_STRIDE = 2 ** 32;

/**
 * What the importer remembers of the files between reading them and writing them: ids,
 * node kinds and where each id was first seen, packed into numbers so a million elements
 * cost a few dozen megabytes, not the elements themselves.
 */
export class ElementIndex {
  /** Node id → kind, for the nodes in the files whose kind is valid. */
  readonly nodeKind = new Map<string, string>();
  /** Every id in the files → where it was first seen (packed). */
  readonly firstSeen = new Map<string, number>();
  /** Ids of nodes whose own data was invalid: edges to them are not reported a second time. */
  readonly badNodes = new Set<string>();
  /** Edges read before one of their ends. */
  readonly pending: PendingEdge[] = [];
  /** Undirected edges turned and reciprocal ones merged, by id. */
  readonly orientation: EdgeOrientation;
  nodes = 0;
  edges = 0;

  constructor(private readonly fileNames: string[], model: GraphModel) {
    this.orientation = new EdgeOrientation(model);
  }

  /** Packs a location; the JSON pointer is rebuilt from the element and the row. */
  pack(fileIndex: number, element: "node" | "edge", at: SourceLocation): number {
    const position = at.pointer !== undefined ? (at.row ?? 0) : (at.line ?? at.row ?? 0);
    return (fileIndex * 2 + (element === "edge" ? 1 : 0)) * FILE_STRIDE + position;
  }

  /** The packed location as the fields of a problem. */
  unpack(code: number): SourceLocation {
    const head = Math.floor(code / FILE_STRIDE);
    const position = code - head * FILE_STRIDE;
    const file = this.fileNames[Math.floor(head / 2)] ?? "?";
    const element = head % 2 === 1 ? "edges" : "nodes";
    return /\.json$/i.test(file)
      ? { file, row: position, pointer: `${element}[${position}]` }
      : { file, line: position };
  }

  /** "nodes.csv line 4", "graph.json nodes[3]". */
  describe(code: number): string {
    const at = this.unpack(code);
    return at.pointer ? `${at.file} ${at.pointer}` : `${at.file} line ${at.line}`;
  }

  isEdgeId(id: string): boolean {
    return this.firstSeen.has(id) && !this.nodeKind.has(id) && !this.badNodes.has(id);
  }
}
