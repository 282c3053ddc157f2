import { z } from "zod";
import type { GraphModel } from "../model/graph-model.ts";

/** Relationship types an analysis runs over; only the model's, all of them by default. */
export function relationshipTypesParam(model: GraphModel) {
  return z
    .array(z.enum(model.relationshipTypeIds as [string, ...string[]]))
    .min(1)
    .optional()
    .describe("Relationship types of the projection; all of the model's when absent.");
}

export const resultLimitParam = (defaultValue: number) =>
  z.coerce.number().int().min(1).max(1000).default(defaultValue).describe("At most this many findings.");
