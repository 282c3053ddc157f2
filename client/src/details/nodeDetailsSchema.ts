import { z } from "zod";

/** `GET /api/nodes/:id`: the entity, its provenance with the quoted source lines, its relationship counts. */
export const nodeDetailsSchema = z.object({
  data: z.looseObject({ id: z.string(), kind: z.string(), name: z.string().optional() }),
  provenance: z.object({
    document: z.string().nullable(),
    locator: z.string().nullable(),
    loadedBy: z.string().nullable(),
    loadedAt: z.string().nullable(),
    excerpt: z.array(z.object({ line: z.number(), text: z.string() })),
  }),
  relationships: z.array(z.object({ type: z.string(), direction: z.enum(["out", "in"]), count: z.number() })),
});

export type NodeDetails = z.infer<typeof nodeDetailsSchema>;
export type ElementData = Record<string, unknown>;
