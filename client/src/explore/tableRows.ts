import type { GraphElements } from "../../../contract/elements.ts";
import type { GraphModel } from "../graph/graphModelSchema";
import type { Language } from "../../../contract/model.ts";
import { degrees } from "./degrees";
import { shownNameLanguage } from "../i18n/textLanguage";

export interface NodeRow {
  id: string;
  name: string;
  /** The language the name is in: another than the table's when the entity has no name in it. */
  nameLanguage: Language;
  kind: string;
  scope: string;
  degree: number;
}

export interface EdgeRow {
  id: string;
  type: string;
  from: string;
  to: string;
}

export type NodeColumn = Exclude<keyof NodeRow, "id" | "nameLanguage">;
export type EdgeColumn = Exclude<keyof EdgeRow, "id">;

/**
 * The canvas as table rows, with kind and type names in `language` and the degree
 * counted on what is shown. `scopeName` localises a scope value (empty when none).
 */
export function nodeRows(
  graph: GraphElements,
  options: { model: GraphModel; language: Language; scopeName: (scope: string) => string },
): NodeRow[] {
  const kindNames = new Map(options.model.kinds.map((kind) => [kind.id, kind.names[options.language]]));
  const degreeOf = degrees(graph);
  return graph.nodes.map(({ data }) => ({
    id: data.id,
    name: data.name,
    nameLanguage: shownNameLanguage(data, options.language) ?? options.language,
    kind: kindNames.get(data.kind) ?? data.kind,
    scope: typeof data.scope === "string" ? options.scopeName(data.scope) : "",
    degree: degreeOf.get(data.id) ?? 0,
  }));
}

export function edgeRows(graph: GraphElements, options: { model: GraphModel; language: Language }): EdgeRow[] {
  const typeNames = new Map(options.model.relationshipTypes.map((type) => [type.id, type.names[options.language]]));
  const names = new Map(graph.nodes.map(({ data }) => [data.id, data.name]));
  return graph.edges.map(({ data }) => ({
    id: data.id,
    type: typeNames.get(data.type) ?? data.type,
    from: names.get(data.source) ?? data.source,
    to: names.get(data.target) ?? data.target,
  }));
}
