import type { GraphModel } from "../model/graph-model.ts";
import { toNeo4jValue } from "../neo4j/convert.ts";
import type { Elements } from "./elements.ts";

export interface Provenance {
  provenanceDocument?: string;
  provenanceLoadedBy: string;
  provenanceLoadedAt: string;
}

const NODE_KEYS = new Set(["id", "kind", "name"]);
const EDGE_KEYS = new Set(["id", "source", "target", "type"]);

/**
 * Turns validated elements into the parameter rows of the merge statements, with every
 * property converted to the Neo4j type its spec names and provenance filled in.
 */
export function toWriteRows(model: GraphModel, elements: Elements, provenance: Provenance) {
  const nodes = elements.nodes.map(({ data }) => ({
    id: data.id,
    kind: data.kind,
    props: typedProperties({ ...provenance, ...data }, model.nodePropertySpecs(data.kind), NODE_KEYS),
  }));
  const edges = elements.edges.map(({ data }) => ({
    id: data.id,
    type: data.type,
    source: data.source,
    target: data.target,
    props: typedProperties({ ...provenance, ...data }, model.relationshipPropertySpecs(data.type), EDGE_KEYS),
  }));
  return { nodes, edges };
}

function typedProperties(
  data: Record<string, unknown>,
  specs: ReturnType<GraphModel["nodePropertySpecs"]>,
  skip: Set<string>,
): Record<string, unknown> {
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const spec = byName.get(key);
    if (skip.has(key) || !spec || value === null || value === undefined) continue;
    props[key] = toNeo4jValue(value, spec);
  }
  return props;
}
