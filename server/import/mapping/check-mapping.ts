import type { ImportMapping, NameSource, PropertySource } from "../../../contract/import-mapping.ts";
import type { PropertySpec } from "../../../contract/model.ts";
import type { GraphModel } from "../../model/graph-model.ts";
import { convertForSpec } from "./convert-value.ts";

/** One way a mapping does not fit the model: the JSON path in the mapping and what is allowed there. */
export interface MappingIssue {
  path: string;
  message: string;
}

/**
 * Checks a mapping against the model before any file is read: every kind, type and
 * property it names must exist (and each property on the kinds or types it can apply
 * to), and each constant must be a value the property takes. Each issue names its path,
 * such as `nodes.properties.nameFX`, and lists what the model allows there.
 */
export function checkMapping(model: GraphModel, mapping: ImportMapping | undefined): MappingIssue[] {
  if (!mapping) return [];
  const issues: MappingIssue[] = [];
  const nodes = mapping.nodes;
  if (nodes) {
    const kinds = namesFrom(nodes.kind, "nodes.kind", model.kindIds, "kind", issues);
    if (nodes.fromEdges && typeof nodes.kind !== "string") {
      issues.push({ path: "nodes.kind", message: "nodes.fromEdges makes nodes that no file describes: give their kind as a constant, one of " + model.kindIds.join(", ") });
    }
    checkProperties(nodes.properties, "nodes.properties", kinds.map((kind) => model.nodePropertySpecs(kind)), issues);
  }
  const edges = mapping.edges;
  if (edges) {
    const types = namesFrom(edges.type, "edges.type", model.relationshipTypeIds, "relationship type", issues);
    checkProperties(edges.properties, "edges.properties", types.map((type) => model.relationshipPropertySpecs(type)), issues);
  }
  return issues;
}

/** The model names a kind or type source can give (all of them for a column without a table), checking each named. */
function namesFrom(source: NameSource | undefined, path: string, allowed: string[], what: string, issues: MappingIssue[]): string[] {
  const check = (name: string, at: string) => {
    if (allowed.includes(name)) return true;
    issues.push({ path: at, message: `unknown ${what} "${name}"; the model has ${allowed.join(", ")}` });
    return false;
  };
  if (source === undefined) return allowed;
  if (typeof source === "string") return check(source, path) ? [source] : allowed;
  if (!source.values) return allowed;
  const names = new Set<string>();
  for (const [value, name] of Object.entries(source.values)) if (check(name, `${path}.values.${value}`)) names.add(name);
  if (source.default !== undefined && check(source.default, `${path}.default`)) names.add(source.default);
  // With no valid name left, the properties are still checked, against every kind or type.
  return names.size > 0 ? [...names] : allowed;
}

function checkProperties(
  properties: Record<string, PropertySource> | undefined, path: string, specLists: PropertySpec[][], issues: MappingIssue[],
): void {
  if (!properties || specLists.length === 0) return;
  const known = new Map<string, PropertySpec>();
  for (const specs of specLists) for (const spec of specs) known.set(spec.name, spec);
  for (const [name, source] of Object.entries(properties)) {
    const spec = known.get(name);
    if (!spec) {
      issues.push({ path: `${path}.${name}`, message: `"${name}" is not a property of what this mapping imports; allowed: ${[...known.keys()].join(", ")}` });
      continue;
    }
    if (typeof source === "object") {
      const converted = convertForSpec(spec, source.value);
      if ("problem" in converted) issues.push({ path: `${path}.${name}.value`, message: converted.problem });
    }
  }
}
