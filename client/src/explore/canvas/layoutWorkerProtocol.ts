import type { Position } from "cytoscape";
import type { LayoutName } from "../../view/viewState";

/** What the main thread sends the layout worker: the visible graph, stripped to what layouts read. */
export interface LayoutRequest {
  id: number;
  name: LayoutName;
  nodes: Array<{ id: string; kind: string }>;
  edges: Array<{ id: string; source: string; target: string }>;
  /** Pinned nodes, which must stay where they are. */
  fixed: Array<{ nodeId: string; position: Position }>;
  levels: Array<[string, number]>;
  /** The viewport's size, for the layouts that fill a box. */
  area: { width: number; height: number };
}

export type LayoutResponse =
  | { id: number; type: "done"; positions: Array<[string, Position]> }
  | { id: number; type: "error"; message: string };
