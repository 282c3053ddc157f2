import { z } from "zod";
import { markingSchema } from "./markings.ts";

const entity = z.object({ id: z.string(), kind: z.string(), name: z.string() });

/** `GET /api/data-quality`: each finding with its total and its first items. */
export const dataQualityReportSchema = z.object({
  orphans: z.object({ total: z.number().int(), items: z.array(entity) }),
  missingNames: z.object({ total: z.number().int(), items: z.array(entity.extend({ missing: z.array(z.string()) })) }),
  edgesWithoutProvenance: z.object({
    total: z.number().int(),
    items: z.array(z.object({ id: z.string(), type: z.string(), source: z.string(), target: z.string() })),
  }),
  marking: markingSchema,
}).meta({ id: "DataQualityReport" });

export type DataQualityReport = z.infer<typeof dataQualityReportSchema>;
