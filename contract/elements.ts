import { z } from "zod";

/**
 * The wire format of graph elements: Cytoscape element JSON. A node's data has id, kind,
 * name (in the asked language, or the id when it has none) and its properties; an edge's
 * data has id, source, target, type and its properties.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
export const entityId = z.string().regex(ID_PATTERN, "must be 1–128 letters, digits, '.', '_', ':' or '-'");

export const nodeDataSchema = z.object({ id: entityId, kind: z.string(), name: z.string() }).catchall(z.unknown());
export const edgeDataSchema = z
  .object({ id: entityId, source: entityId, target: entityId, type: z.string() })
  .catchall(z.unknown());

export const nodeElementSchema = z.object({ data: nodeDataSchema }).meta({ id: "NodeElement" });
export const edgeElementSchema = z.object({ data: edgeDataSchema }).meta({ id: "EdgeElement" });

export const graphElementsSchema = z.object({
  nodes: z.array(nodeElementSchema),
  edges: z.array(edgeElementSchema),
});

export type GraphNode = z.infer<typeof nodeElementSchema>;
export type GraphEdge = z.infer<typeof edgeElementSchema>;
export type GraphElements = z.infer<typeof graphElementsSchema>;
