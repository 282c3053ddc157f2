import type { GraphModel } from "../model/graph-model.ts";
import type { PropertySpec } from "../../contract/model.ts";

/** One property column of an export: the property, its type and its neo4j-admin header. */
export interface PropertyColumn {
  name: string;
  type: PropertySpec["type"];
  header: string;
}

const SUFFIX: Readonly<Record<PropertySpec["type"], string>> = {
  string: "",
  integer: ":long",
  float: ":double",
  boolean: ":boolean",
  date: ":date",
  datetime: ":datetime",
};

/** Every property any kind may carry, in model order: the common ones first. */
export function nodePropertyColumns(model: GraphModel): PropertyColumn[] {
  const { commonNodeProperties, commonProperties, kinds } = model.definition;
  return columnsOf([...commonNodeProperties, ...commonProperties, ...kinds.flatMap((kind) => kind.properties)]);
}

/** Every property any relationship type may carry, in model order. */
export function relationshipPropertyColumns(model: GraphModel): PropertyColumn[] {
  const { commonProperties, relationshipTypes } = model.definition;
  return columnsOf([...commonProperties, ...relationshipTypes.flatMap((type) => type.properties)]);
}

/**
 * One column per property name. Two kinds may give one name different types; the
 * column is then plain text, which reads back as strings (the importer says which
 * values do not fit their kind).
 */
function columnsOf(specs: PropertySpec[]): PropertyColumn[] {
  const types = new Map<string, PropertySpec["type"]>();
  for (const spec of specs) {
    const earlier = types.get(spec.name);
    types.set(spec.name, earlier === undefined || earlier === spec.type ? spec.type : "string");
  }
  return [...types].map(([name, type]) => ({ name, type, header: `${name}${SUFFIX[type]}` }));
}
