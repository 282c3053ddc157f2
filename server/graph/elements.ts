import { z } from "zod";
import { entityId } from "../../contract/elements.ts";


/**
 * Elements as the server reads them (an import, a stored element): Cytoscape elements
 * whose nodes may lack a name. As answers send them, see contract/elements.ts.
 */
export type PropertyValue = string | number | boolean | null;

export interface NodeData {
  id: string;
  kind: string;
  name?: string;
  [property: string]: unknown;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  [property: string]: unknown;
}

export interface Elements {
  nodes: { data: NodeData }[];
  edges: { data: EdgeData }[];
}

const nodeDataSchema = z.object({ id: entityId, kind: z.string(), name: z.string().optional() }).catchall(z.unknown());
const edgeDataSchema = z
  .object({ id: entityId, source: entityId, target: entityId, type: z.string() })
  .catchall(z.unknown());

export const elementsSchema = z.object({
  nodes: z.array(z.object({ data: nodeDataSchema })),
  edges: z.array(z.object({ data: edgeDataSchema })),
});
