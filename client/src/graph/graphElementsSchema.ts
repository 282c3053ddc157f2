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

/** `GET /api/graph`: the elements, with how many entities matched before the limit. */
export const graphViewSchema = graphElementsSchema.extend({
  total: z.number(),
  truncated: z.boolean(),
});

/** `GET /api/nodes/:id/neighbourhood`: nodes carry `distance`, their hops from the start. */
export const neighbourhoodSchema = graphElementsSchema.extend({
  depth: z.number(),
  limit: z.number(),
  truncated: z.boolean(),
});
