import { FILE_ID, type NameSource } from "../../../contract/import-mapping.ts";
import type { ImportProblemCode } from "../../../contract/imports.ts";

/** An attribute's value in a raw record; `@id` is the element's own id. */
export function attributeOf(data: Record<string, unknown>, name: string): unknown {
  return name === FILE_ID ? data.id : Object.hasOwn(data, name) ? data[name] : undefined;
}

/**
 * The column naming an edge's start or end: the mapping's, else `source`/`target` when the
 * record has it, else Gephi's `Source`/`Target`.
 */
export function endColumn(mapped: string | undefined, data: Record<string, unknown>, end: "source" | "target"): string {
  return mapped ?? (Object.hasOwn(data, end) ? end : end === "source" ? "Source" : "Target");
}

/** Whether a value says nothing: absent, null or empty text. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

/** A scalar as the text a table or an id uses: 0 → "0", true → "true". */
export function scalarText(value: unknown): string {
  return typeof value === "string" ? value : String(value);
}

export type ResolvedName =
  | { name: string }
  | { problem: { code: ImportProblemCode; field: string; message: string } };

/**
 * A node's kind or an edge's type from its mapping: the constant, or the column's value
 * through the table (its default for a value the table lacks). A value with no entry and
 * no default is one problem naming the column and the value and listing the table.
 */
export function resolveName(source: NameSource, data: Record<string, unknown>, what: "kind" | "type"): ResolvedName {
  if (typeof source === "string") return { name: source };
  const raw = attributeOf(data, source.from);
  const text = isBlank(raw) ? undefined : scalarText(raw);
  if (source.values) {
    if (text !== undefined && Object.hasOwn(source.values, text)) return { name: source.values[text]! };
  } else if (text !== undefined) {
    return { name: text };
  }
  if (source.default !== undefined) return { name: source.default };
  if (text === undefined) {
    return { problem: { code: "required", field: source.from, message: `has no value, and the mapping takes the ${what} from it (with no default)` } };
  }
  const table = Object.entries(source.values ?? {}).map(([value, name]) => `"${value}" → ${name}`).join(", ");
  return {
    problem: {
      code: "unknown-value", field: source.from,
      message: `the value "${text}" of "${source.from}" is not in the mapping's ${what} table (${table}); add it there or give a default`,
    },
  };
}
