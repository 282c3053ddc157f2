import { z } from "zod";

/**
 * `GET /api/graph`: Cytoscape element JSON, kept as the wire format.
 * Properties beyond the named members pass through untouched.
 */

export const graphNodeSchema = z.object({
  data: z.looseObject({ id: z.string(), kind: z.string(), name: z.string() }),
});

export const graphEdgeSchema = z.object({
  data: z.looseObject({ id: z.string(), source: z.string(), target: z.string(), type: z.string() }),
});

export const graphElementsSchema = z.object({
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
});

export type GraphNode = z.infer<typeof graphNodeSchema>;
export type GraphEdge = z.infer<typeof graphEdgeSchema>;
export type GraphElements = z.infer<typeof graphElementsSchema>;
