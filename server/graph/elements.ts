import { z } from "zod";

/**
 * The wire format: Cytoscape elements. A node's data has id, kind, name and its
 * properties; an edge's data has id, source, target, type and its properties.
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

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
export const entityId = z.string().regex(ID_PATTERN, "must be 1–128 letters, digits, '.', '_', ':' or '-'");

const nodeDataSchema = z.object({ id: entityId, kind: z.string(), name: z.string().optional() }).catchall(z.unknown());
const edgeDataSchema = z
  .object({ id: entityId, source: entityId, target: entityId, type: z.string() })
  .catchall(z.unknown());

export const elementsSchema = z.object({
  nodes: z.array(z.object({ data: nodeDataSchema })),
  edges: z.array(z.object({ data: edgeDataSchema })),
});

/** OpenAPI-facing schemas of the response shapes. */
export const nodeElementSchema = z.object({ data: nodeDataSchema }).meta({ id: "NodeElement" });
export const edgeElementSchema = z.object({ data: edgeDataSchema }).meta({ id: "EdgeElement" });
