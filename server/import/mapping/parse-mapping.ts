import { importMappingSchema, type ImportMapping } from "../../../contract/import-mapping.ts";
import { AppError, invalidRequest, type FieldError } from "../../errors.ts";
import type { GraphModel } from "../../model/graph-model.ts";
import { checkMapping } from "./check-mapping.ts";

/**
 * A mapping as a request or the command line gives it: JSON text that must have the
 * mapping's shape (400 otherwise) and fit the model (422 otherwise). Every error names its
 * path in the mapping (`mapping.nodes.properties.nameFX`) and what is allowed there.
 */
export function parseMapping(text: string, model: GraphModel): ImportMapping {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw invalidRequest("The mapping is not JSON.", [{ path: "mapping", message: (error as Error).message }]);
  }
  const parsed = importMappingSchema.safeParse(json);
  if (!parsed.success) {
    const errors: FieldError[] = parsed.error.issues.map((issue) => ({
      path: ["mapping", ...issue.path.map(String)].join("."), message: issue.message,
    }));
    throw invalidRequest(
      "The mapping does not have the mapping's shape: {nodes: {id, kind, properties, fromEdges}, edges: {id, type, source, target, properties, undirected}}.",
      errors,
    );
  }
  const issues = checkMapping(model, parsed.data);
  if (issues.length > 0) {
    throw new AppError(422, "invalid-request", "The mapping does not fit the model",
      `The mapping names what the model does not have (${issues.length} problem${issues.length === 1 ? "" : "s"}).`,
      issues.map((issue) => ({ path: `mapping.${issue.path}`, message: issue.message })));
  }
  return parsed.data;
}
