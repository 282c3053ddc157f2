import { z } from "zod";
import { edgeElementSchema, nodeElementSchema } from "./elements.ts";
import { markingSchema } from "./markings.ts";

/** The exploration API's answers: the graph, a neighbourhood, paths, one entity, search. */

/** `GET /api/graph`: the elements, with how many entities matched before the limit. */
export const graphViewSchema = z.object({
  nodes: z.array(nodeElementSchema),
  edges: z.array(edgeElementSchema),
  total: z.number().int().describe("Nodes matching before the limit."),
  truncated: z.boolean(),
  marking: markingSchema,
}).meta({ id: "GraphView" });

/** `GET /api/nodes/:id/neighbourhood`: nodes carry `distance`, their hops from the start. */
export const neighbourhoodSchema = z.object({
  nodes: z.array(nodeElementSchema),
  edges: z.array(edgeElementSchema),
  depth: z.number().int(),
  limit: z.number().int(),
  truncated: z.boolean(),
  marking: markingSchema,
}).meta({ id: "Neighbourhood" });

/**
 * `GET /api/paths`: the elements of every path found, and each path as ids; `length` null
 * when none. An answer that stops short says so: `hopLimit.reached` when the search stopped
 * at its hop limit before reaching a path that exists, `truncated` when more shortest paths
 * exist than were listed; `connected` tells "no path within the limit" from "no path at all".
 */
export const shortestPathsSchema = z.object({
  nodes: z.array(nodeElementSchema),
  edges: z.array(edgeElementSchema),
  paths: z.array(z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) })),
  length: z.number().int().nullable(),
  connected: z.boolean().describe("Some path joins the two, whatever its length (through what the reader may see, of the types asked)."),
  hopLimit: z.object({
    maxHops: z.number().int().describe("Longest path searched, in hops."),
    reached: z.boolean().describe("The two are connected, but by no path within maxHops: the search stopped short."),
    shortestHops: z.number().int().nullable().describe("When reached: hops of the shortest path, beyond the limit."),
  }).nullable().describe("The hop limit the search applied; null when it applied none."),
  truncated: z.boolean().describe("More shortest paths exist than `limit` listed."),
  marking: markingSchema,
}).meta({ id: "ShortestPaths" });

/** `GET /api/nodes/:id`: the entity, its provenance with the quoted source lines, its relationship counts. */
export const nodeDetailsSchema = z.object({
  data: nodeElementSchema.shape.data,
  provenance: z.object({
    document: z.string().nullable(),
    locator: z.string().nullable(),
    loadedBy: z.string().nullable(),
    loadedAt: z.string().nullable(),
    excerpt: z.array(z.object({ line: z.number().int(), text: z.string() })),
  }),
  relationships: z.array(z.object({ type: z.string(), direction: z.enum(["out", "in"]), count: z.number().int() })),
  marking: markingSchema,
}).meta({ id: "NodeDetails" });

/** `GET /api/search`: ranked entities, each as node element data. */
export const searchResultsSchema = z.object({
  results: z.array(z.object({
    data: nodeElementSchema.shape.data,
    score: z.number().describe("Rank as a score: 1 for the best match, falling evenly to the last."),
  })),
  marking: markingSchema,
}).meta({ id: "SearchResults" });

export type GraphView = z.infer<typeof graphViewSchema>;
export type Neighbourhood = z.infer<typeof neighbourhoodSchema>;
export type ShortestPaths = z.infer<typeof shortestPathsSchema>;
export type NodeDetails = z.infer<typeof nodeDetailsSchema>;
export type SearchResults = z.infer<typeof searchResultsSchema>;
