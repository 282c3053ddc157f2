import type { PropertySpec } from "../../contract/model.ts";

/**
 * Provenance an import stamps on what it touches, and the stage a large import writes
 * under until it is settled (staged-import.ts): a difference in these alone is no change,
 * and a file cannot set them.
 */
export const STAMP_FIELDS: ReadonlySet<string> = new Set(["provenanceImportId", "provenanceLoadedBy", "provenanceLoadedAt", "stagedBy"]);

/**
 * The fields whose values differ between an element as the file has it (wire values,
 * already checked against the model) and as the database holds it (plain values). Keys
 * the file lacks but the database has count as changes: an import makes an element
 * exactly the file's.
 */
export function changedFields(
  wanted: Record<string, unknown>, stored: Record<string, unknown>, specs: Map<string, PropertySpec>, skip: ReadonlySet<string>,
): string[] {
  const changed: string[] = [];
  const keys = new Set([...Object.keys(wanted), ...Object.keys(stored)]);
  for (const key of keys) {
    if (skip.has(key) || STAMP_FIELDS.has(key)) continue;
    if (!sameValue(wanted[key], stored[key], specs.get(key))) changed.push(key);
  }
  return changed.sort();
}

function sameValue(a: unknown, b: unknown, spec: PropertySpec | undefined): boolean {
  const absentA = a === undefined || a === null;
  const absentB = b === undefined || b === null;
  if (absentA || absentB) return absentA && absentB;
  if (spec?.type === "datetime" && typeof a === "string" && typeof b === "string") return Date.parse(a) === Date.parse(b);
  return a === b;
}
