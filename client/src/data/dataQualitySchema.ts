import { z } from "zod";

/** `GET /api/data-quality`: each finding with its total and its first items. */
const entitySchema = z.object({ id: z.string(), kind: z.string(), name: z.string() });

export const dataQualitySchema = z.object({
  orphans: z.object({ total: z.number(), items: z.array(entitySchema) }),
  missingNames: z.object({ total: z.number(), items: z.array(entitySchema.extend({ missing: z.array(z.string()) })) }),
  edgesWithoutProvenance: z.object({
    total: z.number(),
    items: z.array(z.object({ id: z.string(), type: z.string(), source: z.string(), target: z.string() })),
  }),
});

export type DataQualityReport = z.infer<typeof dataQualitySchema>;
