import { z } from "zod";
import { graphElementsSchema } from "../graph/graphElementsSchema";

/** `GET /api/paths`: the elements of every path found, and each path as ids; `length` null when none. */
export const pathsAnswerSchema = graphElementsSchema.extend({
  paths: z.array(z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) })),
  length: z.number().nullable(),
});

export type PathsAnswer = z.infer<typeof pathsAnswerSchema>;
export type FoundPath = PathsAnswer["paths"][number];
