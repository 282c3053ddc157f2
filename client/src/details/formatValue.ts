import type { Language } from "../../../contract/model.ts";
import type { PropertySpec } from "./propertySpecs";

export interface ValueFormat {
  language: Language;
  yes: string;
  no: string;
  /** An enum value of `property` (of `spec` when given) by its name; the code when nothing names it. */
  enumLabel(property: string, value: string, spec?: PropertySpec): string;
  /** Whether the model declares `value` as one of the enum values of a property called `property`. */
  isEnumValue(property: string, value: string): boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** One property value as text, the way its spec says to read it. */
export function formatValue(value: unknown, spec: PropertySpec | undefined, format: ValueFormat): string {
  if (value === null || value === undefined) return "—";
  if (Array.isArray(value)) return value.map((item) => formatValue(item, spec, format)).join(", ");
  if (typeof value === "boolean") return value ? format.yes : format.no;
  if (typeof value === "number") return value.toLocaleString(format.language);
  if (typeof value !== "string") return JSON.stringify(value);
  if (spec?.enum?.includes(value)) return format.enumLabel(spec.name, value, spec);
  if (spec?.type === "date" || (spec === undefined && DAY.test(value))) return formatDay(value, format.language);
  if (spec?.type === "datetime") return formatInstant(value, format.language);
  return value;
}

export function formatDay(value: string, language: Language): string {
  if (!DAY.test(value)) return value;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** Instants are shown in UTC, the zone they are recorded in, and say so. */
export function formatInstant(value: string, language: Language): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, {
    year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short",
  }).format(date);
}
