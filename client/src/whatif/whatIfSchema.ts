import { z } from "zod";

/** `POST /api/what-if`: what removing the marked elements would do. */
export const whatIfAnswerSchema = z.object({
  removed: z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) }),
  cutOff: z.array(z.string()),
  separated: z.array(z.object({ members: z.array(z.string()) })),
  newArticulationPoints: z.array(z.string()),
  redundancy: z.object({
    lost: z.array(z.object({ from: z.string(), to: z.string(), before: z.number(), after: z.number() })),
    pairsChecked: z.number(),
    truncated: z.boolean(),
  }),
  centrality: z.object({
    shifts: z.array(z.object({ node: z.string(), before: z.number(), after: z.number(), change: z.number() })),
    exact: z.boolean(),
    sampleSize: z.number().nullable().optional(),
  }),
  graphVersion: z.number(),
});

export type WhatIfAnswer = z.infer<typeof whatIfAnswerSchema>;
export type CentralityShift = WhatIfAnswer["centrality"]["shifts"][number];
