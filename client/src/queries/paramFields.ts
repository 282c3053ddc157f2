import { z } from "zod";

/**
 * A canned query's parameters, read from their JSON Schema (2020-12) into the fields of a
 * form: integers and numbers with their bounds, dates, lists of relationship types, entity
 * ids (parameters named service, entity, from or to), free lists (comma-separated, such as
 * import sources), and plain text for anything else.
 */
export const ENTITY_PARAMS: readonly string[] = ["service", "entity", "from", "to"];

const propertySchema = z.looseObject({
  type: z.union([z.string(), z.array(z.string())]).optional(),
  format: z.string().optional(),
  enum: z.array(z.unknown()).optional(),
  items: z.looseObject({ enum: z.array(z.unknown()).optional() }).optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  minItems: z.number().optional(),
  default: z.unknown().optional(),
  description: z.string().optional(),
});

const objectSchema = z.looseObject({
  properties: z.record(z.string(), propertySchema).default({}),
  required: z.array(z.string()).default([]),
});

interface FieldBase {
  name: string;
  required: boolean;
  description?: string;
}

export type ParamField =
  | (FieldBase & { kind: "number"; integer: boolean; min?: number; max?: number; defaultValue?: number })
  | (FieldBase & { kind: "date"; defaultValue?: string })
  | (FieldBase & { kind: "enumList"; options: string[]; defaultValue?: string[] })
  | (FieldBase & { kind: "entity"; defaultValue?: string })
  | (FieldBase & { kind: "choice"; options: string[]; defaultValue?: string })
  | (FieldBase & { kind: "boolean"; defaultValue?: boolean })
  | (FieldBase & { kind: "text"; defaultValue?: string })
  | (FieldBase & { kind: "textList"; defaultValue?: string[] });

/** What the form holds: inputs' text, a list's checked values, a checkbox's state. */
export type FieldValue = string | string[] | boolean;
export type FormValues = Record<string, FieldValue>;

export function fieldsOf(jsonSchema: unknown): ParamField[] {
  const parsed = objectSchema.safeParse(jsonSchema);
  if (!parsed.success) return [];
  const { properties, required } = parsed.data;
  return Object.entries(properties).map(([name, property]) => fieldOf(name, property, required.includes(name)));
}

function fieldOf(name: string, property: z.infer<typeof propertySchema>, required: boolean): ParamField {
  const base: FieldBase = { name, required, ...(property.description ? { description: property.description } : {}) };
  const type = Array.isArray(property.type) ? property.type.find((t) => t !== "null") : property.type;
  const fallback = property.default;
  if (type === "integer" || type === "number") {
    return {
      ...base, kind: "number", integer: type === "integer", min: property.minimum, max: property.maximum,
      defaultValue: typeof fallback === "number" ? fallback : undefined,
    };
  }
  if (type === "boolean") return { ...base, kind: "boolean", defaultValue: typeof fallback === "boolean" ? fallback : undefined };
  if (type === "array" && property.items?.enum) {
    return {
      ...base, kind: "enumList", options: property.items.enum.map(String),
      defaultValue: Array.isArray(fallback) ? fallback.map(String) : undefined,
    };
  }
  if (type === "array") {
    return { ...base, kind: "textList", defaultValue: Array.isArray(fallback) ? fallback.map(String) : undefined };
  }
  const text = typeof fallback === "string" ? fallback : undefined;
  if (property.enum) return { ...base, kind: "choice", options: property.enum.map(String), defaultValue: text };
  if (property.format === "date") return { ...base, kind: "date", defaultValue: text };
  if (ENTITY_PARAMS.includes(name)) return { ...base, kind: "entity", defaultValue: text };
  return { ...base, kind: "text", defaultValue: text };
}

/** The form's first values: a stored value (from a shared link), else the default, else empty. */
export function initialValues(fields: ParamField[], stored: Record<string, unknown> = {}): FormValues {
  return Object.fromEntries(fields.map((field) => [field.name, valueOf(field, stored[field.name] ?? field.defaultValue)]));
}

function valueOf(field: ParamField, value: unknown): FieldValue {
  switch (field.kind) {
    case "enumList":
      return Array.isArray(value) ? value.map(String) : [];
    case "boolean":
      return value === true;
    case "textList":
      return Array.isArray(value) ? value.map(String).join(", ") : value === undefined || value === null ? "" : String(value);
    default:
      return value === undefined || value === null ? "" : String(value);
  }
}

export type FieldProblem =
  | { type: "required" }
  | { type: "notANumber" }
  | { type: "notAnInteger" }
  | { type: "min"; min: number }
  | { type: "max"; max: number };

/**
 * The form's values as the API's typed parameters. Empty inputs are left out so the
 * server applies its defaults; problems the form can see are reported per field.
 */
export function toParams(fields: ParamField[], values: FormValues): { params: Record<string, unknown>; problems: Record<string, FieldProblem> } {
  const params: Record<string, unknown> = {};
  const problems: Record<string, FieldProblem> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.kind === "enumList") {
      if (Array.isArray(value) && value.length > 0) params[field.name] = field.options.filter((option) => value.includes(option));
      continue;
    }
    if (field.kind === "boolean") {
      params[field.name] = value === true;
      continue;
    }
    const text = typeof value === "string" ? value.trim() : "";
    if (text === "") {
      if (field.required && field.defaultValue === undefined) problems[field.name] = { type: "required" };
      continue;
    }
    if (field.kind === "textList") {
      params[field.name] = [...new Set(text.split(",").map((item) => item.trim()).filter((item) => item !== ""))];
      continue;
    }
    if (field.kind !== "number") {
      params[field.name] = text;
      continue;
    }
    const number = Number(text);
    const problem = numberProblem(field, number);
    if (problem) problems[field.name] = problem;
    else params[field.name] = number;
  }
  return { params, problems };
}

function numberProblem(field: Extract<ParamField, { kind: "number" }>, number: number): FieldProblem | null {
  if (!Number.isFinite(number)) return { type: "notANumber" };
  if (field.integer && !Number.isInteger(number)) return { type: "notAnInteger" };
  if (field.min !== undefined && number < field.min) return { type: "min", min: field.min };
  if (field.max !== undefined && number > field.max) return { type: "max", max: field.max };
  return null;
}
