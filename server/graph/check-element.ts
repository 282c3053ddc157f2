import type { GraphModel } from "../model/graph-model.ts";
import type { PropertySpec } from "../../contract/model.ts";
import type { ImportProblemCode } from "../../contract/imports.ts";
import { ID_PATTERN } from "../../contract/elements.ts";
import { sourceDocumentProblem } from "./provenance.ts";

/** One problem with one element: the field it is in (when there is one) and a plain message. */
export interface FieldIssue {
  /** The kind of problem, for an import report's groups. */
  code?: ImportProblemCode;
  field?: string;
  message: string;
}

/** Keys an element carries besides its model properties (a node's `name` is derived, never stored). */
export const NODE_KEYS: ReadonlySet<string> = new Set(["id", "kind", "name"]);
export const EDGE_KEYS: ReadonlySet<string> = new Set(["id", "source", "target", "type"]);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CONTROL_RULE = "text may hold tabs, line feeds and carriage returns, but no other control character (U+0000–U+001F, U+007F–U+009F)";
const ID_RULE = "must be 1–128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit";
/** A node needs a name in at least one of the languages; the display falls back through the others. */
const NAME_PROPERTIES = ["nameFr", "nameNl", "nameEn"] as const;

/**
 * Checks one node's data against the model on its own: its id, its kind and every
 * property's type, length and allowed values. Cross-element rules (duplicate ids,
 * endpoints) are the caller's.
 */
export function checkNodeData(model: GraphModel, data: Record<string, unknown>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const controlled = checkControlCharacters(data, issues);
  if (controlled.has("") || controlled.has("kind")) return issues;
  checkId(data.id, "id", issues);
  if (typeof data.kind !== "string" || data.kind === "") {
    issues.push({ code: "required", field: "kind", message: `is required; the model has ${model.kindIds.join(", ")}` });
    return issues;
  }
  if (!model.kind(data.kind)) {
    issues.push({ code: "unknown-kind", field: "kind", message: `unknown kind "${data.kind}"; the model has ${model.kindIds.join(", ")}` });
    return issues;
  }
  if (data.name !== undefined && typeof data.name !== "string") issues.push({ field: "name", message: "must be a string" });
  checkProperties(model.nodePropertySpecs(data.kind), data, { ownKeys: NODE_KEYS, skip: controlled }, issues);
  if (NAME_PROPERTIES.every((name) => isBlank(data[name]))) {
    issues.push({ code: "required", field: "name", message: "needs a name: nameFr, nameNl or nameEn" });
  }
  return issues;
}

/** Checks one relationship's data on its own: ids, type and properties (not its endpoints). */
export function checkEdgeData(model: GraphModel, data: Record<string, unknown>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const controlled = checkControlCharacters(data, issues);
  if (controlled.has("") || controlled.has("type")) return issues;
  checkId(data.id, "id", issues);
  checkId(data.source, "source", issues);
  checkId(data.target, "target", issues);
  if (typeof data.type !== "string" || data.type === "") {
    issues.push({ code: "required", field: "type", message: `is required; the model has ${model.relationshipTypeIds.join(", ")}` });
    return issues;
  }
  if (!model.relationshipType(data.type)) {
    issues.push({ code: "unknown-type", field: "type", message: `unknown relationship type "${data.type}"; the model has ${model.relationshipTypeIds.join(", ")}` });
    return issues;
  }
  checkProperties(model.relationshipPropertySpecs(data.type), data, { ownKeys: EDGE_KEYS, skip: controlled }, issues);
  return issues;
}

/** The endpoint rule: whether the model lets `type` join these two kinds, as an issue when not. */
export function checkEndpoints(model: GraphModel, type: string, from: string, to: string): FieldIssue | undefined {
  return model.allows(type, from, to)
    ? undefined
    : { code: "not-allowed", field: "type", message: `the model does not allow ${from} -[${type}]-> ${to}` };
}

/**
 * Control characters other than tab and line breaks have no place in names, notes or
 * keys: they are invisible, XML 1.0 (GraphML) cannot carry them, and C1 ones
 * (U+0080–U+009F) are nearly always Windows-1252 text read as Latin-1. Returns the
 * fields that hold one ("" for a key), so no other check reports them twice.
 */
function checkControlCharacters(data: Record<string, unknown>, issues: FieldIssue[]): Set<string> {
  const found = new Set<string>();
  for (const [key, value] of Object.entries(data)) {
    const inKey = firstControl(key);
    if (inKey !== -1) {
      issues.push({ field: visible(key), message: `the property name holds the control character ${codeOf(key, inKey)}; ${CONTROL_RULE}` });
      found.add("");
      continue;
    }
    const at = typeof value === "string" ? firstControl(value) : -1;
    if (at !== -1) {
      issues.push({ field: key, message: `holds the control character ${codeOf(value as string, at)} at character ${at + 1}; ${CONTROL_RULE}` });
      found.add(key);
    }
  }
  return found;
}

function firstControl(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f)) return i;
  }
  return -1;
}

function codeOf(text: string, at: number): string {
  return `U+${text.charCodeAt(at).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** A key as a report can show it: each control character as its code. */
function visible(key: string): string {
  let shown = "";
  for (let i = 0; i < key.length; i++) shown += firstControl(key[i]!) === -1 ? key[i] : `<${codeOf(key, i)}>`;
  return shown;
}

function checkId(value: unknown, field: string, issues: FieldIssue[]): void {
  if (value === undefined || value === null || value === "") issues.push({ code: "required", field, message: "is required" });
  else if (typeof value !== "string") issues.push({ code: "bad-id", field, message: "must be a string" });
  else if (!ID_PATTERN.test(value)) issues.push({ code: "bad-id", field, message: ID_RULE });
}

const indexes = new WeakMap<PropertySpec[], Map<string, PropertySpec>>();

/** The specs by property name, built once per spec list (the model hands out the same lists). */
export function specIndex(specs: PropertySpec[]): Map<string, PropertySpec> {
  let index = indexes.get(specs);
  if (!index) {
    index = new Map(specs.map((spec) => [spec.name, spec]));
    indexes.set(specs, index);
  }
  return index;
}

function checkProperties(
  specs: PropertySpec[], data: Record<string, unknown>, keys: { ownKeys: ReadonlySet<string>; skip: ReadonlySet<string> }, issues: FieldIssue[],
): void {
  const byName = specIndex(specs);
  for (const [key, value] of Object.entries(data)) {
    if (keys.ownKeys.has(key) || keys.skip.has(key)) continue;
    const spec = byName.get(key);
    if (!spec) {
      issues.push({ code: "unknown-value", field: key, message: `is not a property the model defines here; it has ${specs.map((spec) => spec.name).join(", ")}` });
      continue;
    }
    if (value === null || value === undefined) continue;
    const problem = valueProblem(spec, value);
    if (problem) issues.push({ code: spec.enum && typeof value === "string" && !spec.enum.includes(value) ? "unknown-value" : "bad-value", field: key, message: problem });
  }
  for (const spec of specs) {
    if (spec.required && (data[spec.name] === undefined || data[spec.name] === null || data[spec.name] === "")) {
      issues.push({ code: "required", field: spec.name, message: "is required" });
    }
  }
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

function valueProblem(spec: PropertySpec, value: unknown): string | undefined {
  switch (spec.type) {
    case "string":
      if (typeof value !== "string") return "must be a string";
      if (spec.maxLength !== undefined && value.length > spec.maxLength) {
        return `must be at most ${spec.maxLength} characters (it has ${value.length})`;
      }
      if (spec.enum && !spec.enum.includes(value)) return `must be one of ${spec.enum.join(", ")}`;
      if (spec.name === "provenanceDocument") return sourceDocumentProblem(value);
      if (spec.pattern !== undefined && !patternOf(spec.pattern).test(value)) {
        return spec.name === "caveats"
          ? "must be caveats in capitals separated by ';', such as REL NATO;REL EU"
          : `must match the pattern ${spec.pattern}`;
      }
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
      return typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined : "must be an ISO 8601 date-time";
  }
}

const patterns = new Map<string, RegExp>();

/** The model's patterns are whole-value rules, compiled once each. */
function patternOf(source: string): RegExp {
  let pattern = patterns.get(source);
  if (!pattern) {
    pattern = new RegExp(`^(?:${source})$`, "u");
    patterns.set(source, pattern);
  }
  return pattern;
}

function isRealDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}
