import type { FieldError } from "../http/errors.ts";
import type { GraphModel } from "../model/graph-model.ts";
import type { PropertySpec } from "../model/schema.ts";
import { elementsSchema, type Elements } from "./elements.ts";

/** Keys a node or edge carries besides its model properties. */
const NODE_KEYS = new Set(["id", "kind", "name"]);
const EDGE_KEYS = new Set(["id", "source", "target", "type"]);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks elements against the model and returns every problem at once, each with the
 * JSON path of the offending value. An empty list means the elements may be written.
 */
export function validateElements(model: GraphModel, input: unknown): { elements?: Elements; errors: FieldError[] } {
  const shape = elementsSchema.safeParse(input);
  if (!shape.success) {
    return {
      errors: shape.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    };
  }
  const elements = shape.data as Elements;
  const errors: FieldError[] = [];
  const ids = new Map<string, string>();
  const kindOf = new Map<string, string>();

  elements.nodes.forEach(({ data }, i) => {
    const at = `nodes[${i}].data`;
    claimId(ids, data.id, at, errors);
    if (!model.kind(data.kind)) {
      errors.push({ path: `${at}.kind`, message: `unknown kind "${data.kind}"; the model has ${model.kindIds.join(", ")}` });
      return;
    }
    kindOf.set(data.id, data.kind);
    checkProperties(model.nodePropertySpecs(data.kind), data, NODE_KEYS, at, errors);
  });

  elements.edges.forEach(({ data }, i) => {
    const at = `edges[${i}].data`;
    claimId(ids, data.id, at, errors);
    if (!model.relationshipType(data.type)) {
      errors.push({ path: `${at}.type`, message: `unknown relationship type "${data.type}"` });
      return;
    }
    const from = kindOf.get(data.source);
    const to = kindOf.get(data.target);
    if (from === undefined) errors.push({ path: `${at}.source`, message: `no node has id "${data.source}"` });
    if (to === undefined) errors.push({ path: `${at}.target`, message: `no node has id "${data.target}"` });
    if (from !== undefined && to !== undefined && !model.allows(data.type, from, to)) {
      errors.push({ path: `${at}.type`, message: `the model does not allow ${from} -[${data.type}]-> ${to}` });
    }
    checkProperties(model.relationshipPropertySpecs(data.type), data, EDGE_KEYS, at, errors);
  });

  return errors.length > 0 ? { errors } : { elements, errors };
}

function claimId(ids: Map<string, string>, id: string, at: string, errors: FieldError[]): void {
  const earlier = ids.get(id);
  if (earlier !== undefined) {
    errors.push({ path: `${at}.id`, message: `duplicate id "${id}", first used at ${earlier}` });
  } else {
    ids.set(id, at);
  }
}

function checkProperties(
  specs: PropertySpec[], data: Record<string, unknown>, ownKeys: Set<string>, at: string, errors: FieldError[],
): void {
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  for (const [key, value] of Object.entries(data)) {
    if (ownKeys.has(key)) continue;
    const spec = byName.get(key);
    if (!spec) {
      errors.push({ path: `${at}.${key}`, message: "is not a property the model defines here" });
      continue;
    }
    if (value === null) continue;
    const problem = valueProblem(spec, value);
    if (problem) errors.push({ path: `${at}.${key}`, message: problem });
  }
  for (const spec of specs) {
    if (spec.required && (data[spec.name] === undefined || data[spec.name] === null)) {
      errors.push({ path: `${at}.${spec.name}`, message: "is required" });
    }
  }
}

function valueProblem(spec: PropertySpec, value: unknown): string | undefined {
  switch (spec.type) {
    case "string":
      if (typeof value !== "string") return "must be a string";
      if (spec.maxLength !== undefined && value.length > spec.maxLength) return `must be at most ${spec.maxLength} characters`;
      if (spec.enum && !spec.enum.includes(value)) return `must be one of ${spec.enum.join(", ")}`;
      return undefined;
    case "boolean":
      return typeof value === "boolean" ? undefined : "must be true or false";
    case "integer":
      return Number.isSafeInteger(value) ? undefined : "must be a whole number";
    case "float":
      return typeof value === "number" && Number.isFinite(value) ? undefined : "must be a number";
    case "date":
      return typeof value === "string" && DATE.test(value) && isRealDate(value) ? undefined : "must be a date YYYY-MM-DD";
    case "datetime":
      return typeof value === "string" && !Number.isNaN(Date.parse(value)) && /T/.test(value)
        ? undefined : "must be an ISO 8601 date-time";
  }
}

function isRealDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}
