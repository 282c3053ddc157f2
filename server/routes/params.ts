import { z } from "zod";
import type { GraphModel } from "../model/graph-model.ts";
import { listParam } from "../http/route.ts";

/** Query parameters naming kinds or relationship types accept only the model's ids. */
export function kindsParam(model: GraphModel) {
  return listParam(z.enum(model.kindIds as [string, ...string[]]))
    .describe("Kinds to keep (labels of the model), comma-separated; all when absent.");
}

export function typesParam(model: GraphModel) {
  return listParam(z.enum(model.relationshipTypeIds as [string, ...string[]]))
    .describe("Relationship types to keep, comma-separated; all when absent.");
}

export function limitParam(defaultValue: number, max: number) {
  return z.coerce.number().int().min(1).max(max).default(defaultValue)
    .describe(`At most this many results (1–${max}).`);
}
