import type { EdgeMapping, ImportMapping, NameSource, NodeMapping, PropertySource } from "../../../../contract/import-mapping.ts";
import type { GraphModelDefinition, PropertySpec } from "../../../../contract/model.ts";

/**
 * The mapping step's edits as pure functions over the mapping JSON: each returns a new
 * mapping with what the user chose, and drops what became empty, so that a form left
 * as the file already reads gives `{}` and no mapping is sent.
 */

/** Where a kind or a type comes from, as the form offers it: the file's own column, a constant, or a column with a value table. */
export type NameChoice =
  | { type: "file" }
  | { type: "constant"; value: string }
  | { type: "column"; from: string; values: Record<string, string>; default?: string };

export function nameChoiceOf(source: NameSource | undefined): NameChoice {
  if (source === undefined) return { type: "file" };
  if (typeof source === "string") return { type: "constant", value: source };
  return { type: "column", from: source.from, values: source.values ?? {}, default: source.default };
}

/** The mapping's form of a choice; a constant not chosen yet is no constant. */
export function nameSourceOf(choice: NameChoice): NameSource | undefined {
  if (choice.type === "file") return undefined;
  if (choice.type === "constant") return choice.value === "" ? undefined : choice.value;
  const values = Object.fromEntries(Object.entries(choice.values).filter(([, name]) => name !== ""));
  return { from: choice.from, values, ...(choice.default ? { default: choice.default } : {}) };
}

export function withNodes(mapping: ImportMapping, patch: Partial<NodeMapping>): ImportMapping {
  return tidy({ ...mapping, nodes: { ...mapping.nodes, ...patch } });
}

export function withEdges(mapping: ImportMapping, patch: Partial<EdgeMapping>): ImportMapping {
  return tidy({ ...mapping, edges: { ...mapping.edges, ...patch } });
}

/** A property's source set (or, with undefined, back to the attribute of the same name). */
export function withProperty(
  properties: Record<string, PropertySource> | undefined, name: string, source: PropertySource | undefined,
): Record<string, PropertySource> | undefined {
  const next = { ...properties };
  if (source === undefined) delete next[name];
  else next[name] = source;
  return Object.keys(next).length > 0 ? next : undefined;
}

/** A property source as the form's select names it: `@id`, `attribute:NAME` or `constant`; empty for the same-named attribute. */
export function propertyChoiceOf(source: PropertySource | undefined): string {
  if (source === undefined) return "";
  if (typeof source === "string") return source === "@id" ? "@id" : `attribute:${source}`;
  return "constant";
}

export function propertySourceOf(choice: string, constant: string): PropertySource | undefined {
  if (choice === "") return undefined;
  if (choice === "@id") return "@id";
  if (choice === "constant") return { value: constant };
  return choice.slice("attribute:".length);
}

/** What the importer sets itself, never read from a file. */
const SET_BY_IMPORT = new Set(["provenanceLoadedBy", "provenanceLoadedAt", "provenanceSource", "provenanceImportId"]);

/** The properties a file may give to nodes or to relationships, each once, in the model's order. */
export function mappableProperties(model: GraphModelDefinition, element: "nodes" | "edges"): PropertySpec[] {
  const specs = element === "nodes"
    ? [...model.commonNodeProperties, ...model.kinds.flatMap((kind) => kind.properties), ...model.commonProperties]
    : [...model.relationshipTypes.flatMap((type) => type.properties), ...model.commonProperties];
  const seen = new Set<string>();
  return specs.filter((spec) => !SET_BY_IMPORT.has(spec.name) && !seen.has(spec.name) && seen.add(spec.name));
}

function tidy(mapping: ImportMapping): ImportMapping {
  const result: ImportMapping = {};
  for (const side of ["nodes", "edges"] as const) {
    const part = Object.fromEntries(Object.entries(mapping[side] ?? {}).filter(([, value]) => value !== undefined && value !== false &&
      !(typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0)));
    if (Object.keys(part).length > 0) (result as Record<string, unknown>)[side] = part;
  }
  return result;
}
