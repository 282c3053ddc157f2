import type { EntityNames } from "../graph/entityNames";
import type { ValueFormat } from "../details/formatValue";

/**
 * One cell of a query's findings as text: entity ids as the names the canvas knows,
 * relationship ids as "name → name", kinds and relationship types by their model names,
 * lists joined (a path with arrows), coded values (status, reason, scope) and the model's
 * enum values (a `confidence`, a `cadence`…) by their names.
 */
export interface CellContext {
  names: EntityNames;
  kindName(id: string): string | undefined;
  typeName(id: string): string | undefined;
  format: ValueFormat;
}

/** Items of a list cell shown before "… (+n)": a row stays readable; the canvas shows them all. */
export const LIST_ITEMS_SHOWN = 6;

const CODED = new Set(["reason", "status", "scope"]);
const ID_KEYS = new Set(["source", "target"]);

export function cellText(key: string, value: unknown, context: CellContext): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) {
    if (key === "path") return value.map((item) => itemText(item, context)).join(" → ");
    const shown = value.slice(0, LIST_ITEMS_SHOWN).map((item) => itemText(item, context)).join(", ");
    return value.length > LIST_ITEMS_SHOWN ? `${shown}, … (+${value.length - LIST_ITEMS_SHOWN})` : shown;
  }
  if (typeof value === "boolean") return value ? context.format.yes : context.format.no;
  if (typeof value === "number") return value.toLocaleString(context.format.language, { maximumFractionDigits: 4 });
  if (typeof value !== "string") return JSON.stringify(value);
  if (key === "kind") return context.kindName(value) ?? context.typeName(value) ?? value;
  if (key === "type") return context.typeName(value) ?? value;
  if (ID_KEYS.has(key)) return context.names.nameOf(value);
  if (CODED.has(key) || context.format.isEnumValue(key, value)) return context.format.enumLabel(key, value);
  return value;
}

function itemText(item: unknown, context: CellContext): string {
  if (typeof item !== "string") return item === null || item === undefined ? "—" : String(item);
  const edge = context.names.edgeOf(item);
  if (edge) return `${context.names.nameOf(edge.data.source)} → ${context.names.nameOf(edge.data.target)}`;
  return context.names.nameOf(item);
}
