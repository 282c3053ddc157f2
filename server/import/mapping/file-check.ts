import { FILE_ID, type ImportMapping, type NameSource, type PropertySource } from "../../../contract/import-mapping.ts";
import type { AttributeTally } from "./attribute-tally.ts";
import type { MappingIssue } from "./check-mapping.ts";

/**
 * The attributes a mapping reads that no element of the files carries (a typo, or a
 * mapping made for another tool's files), each with the path that names it and the
 * attributes the files do have, with counts. Nothing is said of an element class the
 * files hold none of.
 */
export function unknownAttributes(mapping: ImportMapping | undefined, tally: AttributeTally): MappingIssue[] {
  if (!mapping) return [];
  const issues: MappingIssue[] = [];
  const check = (element: "node" | "edge", path: string, attribute: string | undefined) => {
    if (attribute === undefined || attribute === FILE_ID || tally.elements[element] === 0) return;
    if (tally.count(element, attribute) > 0) return;
    const what = element === "node" ? "entity" : "relationship";
    issues.push({
      path,
      message: `no ${what} of the files has the attribute "${attribute}"; their attributes are ${tally.describe(element)}`,
    });
  };
  const nameFrom = (source: NameSource | undefined) => (typeof source === "object" ? source.from : undefined);
  const propertyFrom = (source: PropertySource) => (typeof source === "string" ? source : undefined);
  const { nodes, edges } = mapping;
  check("node", "nodes.id.from", nodes?.id?.from);
  check("node", "nodes.kind.from", nameFrom(nodes?.kind));
  for (const [name, source] of Object.entries(nodes?.properties ?? {})) check("node", `nodes.properties.${name}`, propertyFrom(source));
  check("edge", "edges.id.from", edges?.id?.from);
  check("edge", "edges.type.from", nameFrom(edges?.type));
  check("edge", "edges.source", edges?.source);
  check("edge", "edges.target", edges?.target);
  for (const [name, source] of Object.entries(edges?.properties ?? {})) check("edge", `edges.properties.${name}`, propertyFrom(source));
  return issues;
}
