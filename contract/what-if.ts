import { z } from "zod";
import { markingSchema } from "./markings.ts";
import { analysisScopeSchema, assumptionReportSchema } from "./analysis-scope.ts";

/** `POST /api/what-if`: what removing the marked elements would do. */
export const whatIfSchema = z.object({
  removed: z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) }),
  cutOff: z.array(z.string()),
  separated: z.array(z.object({ members: z.array(z.string()) })),
  newArticulationPoints: z.array(z.string()),
  redundancy: z.object({
    lost: z.array(z.object({ from: z.string(), to: z.string(), before: z.number(), after: z.number() }))
      .describe("Pairs whose count of edge-disjoint paths dropped, largest drop first."),
    pairsChecked: z.number().int(),
    truncated: z.boolean(),
  }),
  centrality: z.object({
    shifts: z.array(z.object({ node: z.string(), before: z.number(), after: z.number(), change: z.number() }))
      .describe("Entities whose betweenness changed, largest absolute change first."),
    exact: z.boolean(),
    sampleSize: z.number().int(),
  }),
  graphVersion: z.number().int(),
  marking: markingSchema,
  scope: analysisScopeSchema,
  assumptions: assumptionReportSchema.describe("Findings (cut off, new single points of failure, redundancy lost) that rest on links below high confidence, keyed cut-off:id, new-single-point:id, redundancy-lost:from|to."),
}).meta({ id: "WhatIf" });

export type WhatIfAnswer = z.infer<typeof whatIfSchema>;
export type CentralityShift = WhatIfAnswer["centrality"]["shifts"][number];
