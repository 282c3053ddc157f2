import type { Request } from "express";
import { importMappingSchema, type ImportMapping, type NameSource, type SavedMapping } from "../../contract/import-mapping.ts";
import { recordRequestEventIn } from "../audit/request-audit.ts";
import { invalidRequest, notFound, type FieldError } from "../errors.ts";
import type { GraphModel } from "../model/graph-model.ts";
import type { GraphDatabase, Row } from "../neo4j/database.ts";

/** A mapping names kinds, types and file attributes, never a graph element: its events are UNCLASSIFIED. */
const UNCLASSIFIED = { classification: "UNCLASSIFIED", caveats: [] };

/**
 * Import mappings saved by name (`:ImportMapping`), shared by data staff so the next file
 * of the same tool maps the same way. Saving under a taken name replaces that mapping.
 * A mapping is checked against the model before it is kept: its kinds, types and
 * property names must be the model's.
 */
export async function listMappings(db: GraphDatabase): Promise<SavedMapping[]> {
  const rows = await db.query("import/mapping-list");
  // A mapping saved before the mapping's shape changed is left out rather than handed back broken.
  return rows.flatMap((row) => {
    const mapping = parseStored(row);
    return mapping ? [mapping] : [];
  });
}

export async function saveMapping(db: GraphDatabase, req: Request, input: { name: string; mapping: ImportMapping; model: GraphModel }): Promise<SavedMapping> {
  const errors = mappingModelErrors(input.mapping, input.model);
  if (errors.length > 0) throw invalidRequest(`The mapping does not fit the model: ${errors[0]!.path}: ${errors[0]!.message}.`, errors);
  return db.write(async (tx) => {
    const [row] = await tx.run("import/mapping-save", { name: input.name, mapping: JSON.stringify(input.mapping), savedBy: req.user!.username });
    await recordRequestEventIn(tx, req, { action: "mapping.save", target: input.name, outcome: "success", marking: UNCLASSIFIED });
    return parseStored(row!)!;
  });
}

export async function deleteMapping(db: GraphDatabase, req: Request, name: string): Promise<void> {
  await db.write(async (tx) => {
    const rows = await tx.run("import/mapping-delete", { name });
    if (rows.length === 0) throw notFound(`No saved mapping is named "${name}".`);
    await recordRequestEventIn(tx, req, { action: "mapping.delete", target: name, outcome: "success", marking: UNCLASSIFIED });
  });
}

/** Where a mapping names a kind, type or property the model does not have, each with the allowed ones. */
export function mappingModelErrors(mapping: ImportMapping, model: GraphModel): FieldError[] {
  const errors: FieldError[] = [];
  const kinds = model.kindIds;
  const types = model.relationshipTypeIds;
  const definition = model.definition;
  const nodeProperties = [...new Set([...definition.commonNodeProperties, ...definition.commonProperties, ...definition.kinds.flatMap((kind) => kind.properties)]
    .map((spec) => spec.name))];
  const edgeProperties = [...new Set([...definition.commonProperties, ...definition.relationshipTypes.flatMap((type) => type.properties)].map((spec) => spec.name))];
  checkNameSource(errors, "nodes.kind", mapping.nodes?.kind, { allowed: kinds, what: "kind" });
  checkNameSource(errors, "edges.type", mapping.edges?.type, { allowed: types, what: "relationship type" });
  for (const [element, properties, allowed] of [
    ["nodes", mapping.nodes?.properties, nodeProperties], ["edges", mapping.edges?.properties, edgeProperties],
  ] as const) {
    for (const name of Object.keys(properties ?? {})) {
      if (!allowed.includes(name)) errors.push({ path: `${element}.properties.${name}`, message: `${name} is not a property of the model; use one of ${allowed.join(", ")}` });
    }
  }
  return errors;
}

function checkNameSource(errors: FieldError[], path: string, source: NameSource | undefined, { allowed, what }: { allowed: string[]; what: string }): void {
  if (source === undefined) return;
  const check = (at: string, name: string) => {
    if (!allowed.includes(name)) errors.push({ path: at, message: `${name} is not a ${what} of the model; use one of ${allowed.join(", ")}` });
  };
  if (typeof source === "string") return check(path, source);
  for (const [value, name] of Object.entries(source.values ?? {})) check(`${path}.values.${value}`, name);
  if (source.default !== undefined) check(`${path}.default`, source.default);
}

function parseStored(row: Row): SavedMapping | undefined {
  let json: unknown;
  try {
    json = JSON.parse(String(row.mapping));
  } catch {
    return undefined;
  }
  const mapping = importMappingSchema.safeParse(json);
  if (!mapping.success) return undefined;
  return { name: String(row.name), mapping: mapping.data, savedBy: String(row.savedBy), savedAt: String(row.savedAt) };
}
