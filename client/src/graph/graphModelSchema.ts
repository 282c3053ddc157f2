import type { Css } from "cytoscape";
import { z } from "zod";

/**
 * The part of the graph model (`GET /api/model`, served verbatim from
 * server/model/graph-model.json) that the client reads. Members the client does not use yet (properties, endpoints,
 * dependency) are left out and stripped on parse.
 */

export const nodeShapes = [
  "rectangle", "roundrectangle", "ellipse", "triangle", "pentagon", "hexagon", "heptagon",
  "octagon", "star", "barrel", "diamond", "vee", "rhomboid", "tag", "round-rectangle",
  "round-triangle", "round-diamond", "round-pentagon", "round-hexagon", "round-heptagon",
  "round-octagon", "round-tag", "cut-rectangle", "bottom-round-rectangle", "concave-hexagon",
] as const satisfies readonly Css.NodeShape[];

const lineStyles = ["solid", "dashed", "dotted"] as const satisfies readonly Css.LineStyle[];

export const languageSchema = z.enum(["fr", "nl", "en"]);

const localizedNamesSchema = z.object({ fr: z.string(), nl: z.string(), en: z.string() });

/** Any CSS colour Cytoscape understands; the seed uses #rrggbb. */
const colorSchema = z.string().min(1);

export const kindSchema = z.object({
  id: z.string().min(1),
  names: localizedNamesSchema,
  color: colorSchema,
  shape: z.enum(nodeShapes),
});

export const relationshipTypeSchema = z.object({
  id: z.string().min(1),
  names: localizedNamesSchema,
  color: colorSchema,
  lineStyle: z.enum(lineStyles),
});

export const graphModelSchema = z.object({
  version: z.number(),
  languages: z.array(languageSchema),
  kinds: z.array(kindSchema),
  relationshipTypes: z.array(relationshipTypeSchema),
});

export type Language = z.infer<typeof languageSchema>;
export type NodeShape = (typeof nodeShapes)[number];
export type Kind = z.infer<typeof kindSchema>;
export type RelationshipType = z.infer<typeof relationshipTypeSchema>;
export type GraphModel = z.infer<typeof graphModelSchema>;
