import type { EdgeMapping, FileAttribute, ImportMapping, NameSource, NodeMapping } from "../../../contract/import-mapping.ts";
import type { GraphModelDefinition, Language } from "../../../contract/model.ts";

/** What the proposal reads: every file's attributes together, with the values of those that have few. */
export interface InspectedAttributes {
  nodes: number;
  edges: number;
  nodeAttributes: FileAttribute[];
  edgeAttributes: FileAttribute[];
  values: { nodes: Record<string, string[]>; edges: Record<string, string[]> };
}

/** A column with at most this many different values may be a kind or a type. */
export const FEW_VALUES = 20;

const NAME_COLUMNS = ["name", "label", "nom", "naam", "title", "titre", "titel"];
const KIND_COLUMNS = ["kind", "type", "label", "labels", "category", "categorie", "catégorie", "class", "classe", "group", "groupe",
  "groep", "soort", "bipartite", "role", "rôle", "rol"];
const TYPE_COLUMNS = ["type", "label", "relation", "relationship", "relatie", "kind", "rel"];
/** What Gephi's `Type` column holds: the edge's direction, not its type. */
const DIRECTIONS = new Set(["directed", "undirected", "mutual"]);
const NAME_PROPERTY = { fr: "nameFr", nl: "nameNl", en: "nameEn" } as const;

/**
 * The mapping the Data page starts from, as a data staffer would fill it in: the
 * name/label attribute gives the name in the UI's language; a kind- or type-like column
 * with few values gives the kind or type through a table (values naming a model kind or
 * type, by id or by name in any language, are filled in; others are left for staff);
 * without such a column, relationships are cooperation, the symmetric type. Whatever the
 * files already say the product's own way (a `kind` of model kinds, `nameFr`) is left
 * out, so a file in the product's shape gets an empty mapping.
 */
export function proposeMapping(files: InspectedAttributes, model: GraphModelDefinition, language: Language): ImportMapping {
  const mapping: ImportMapping = {};
  const nodes = proposeNodes(files, model, language);
  if (Object.keys(nodes).length > 0) mapping.nodes = nodes;
  const edges = files.edges > 0 ? proposeEdges(files, model) : {};
  if (Object.keys(edges).length > 0) mapping.edges = edges;
  return mapping;
}

function proposeNodes(files: InspectedAttributes, model: GraphModelDefinition, language: Language): NodeMapping {
  const nodes: NodeMapping = {};
  const fromEdges = files.nodes === 0 && files.edges > 0;
  if (fromEdges) nodes.fromEdges = true;
  if (files.nodes === 0 && !fromEdges) return nodes;

  const attributes = files.nodeAttributes;
  const hasName = attributes.some((attribute) => Object.values(NAME_PROPERTY).includes(attribute.name as never));
  const name = fromEdges ? undefined : pick(attributes, NAME_COLUMNS, (attribute) => attribute.distinct === attribute.count || attribute.distinctCapped);
  const properties: Record<string, string> = {};
  if (name) properties[NAME_PROPERTY[language]] = name.name;
  else if (!hasName) properties[NAME_PROPERTY[language]] = "@id";
  for (const attribute of attributes) {
    const property = modelPropertyNamed(model, attribute.name, "node");
    if (property && property !== attribute.name && properties[property] === undefined) properties[property] = attribute.name;
  }
  if (Object.keys(properties).length > 0) nodes.properties = properties;

  const kinds = model.kinds.map((kind) => ({ id: kind.id, names: Object.values(kind.names) }));
  const kind = proposeNameSource({
    attributes: attributes.filter((attribute) => attribute !== name),
    values: files.values.nodes, columns: KIND_COLUMNS, own: "kind", choices: kinds, generic: true,
  });
  if (kind !== undefined) nodes.kind = kind;
  return nodes;
}

function proposeEdges(files: InspectedAttributes, model: GraphModelDefinition): EdgeMapping {
  const edges: EdgeMapping = {};
  const types = model.relationshipTypes.map((type) => ({ id: type.id, names: Object.values(type.names) }));
  const type = proposeNameSource({
    attributes: files.edgeAttributes.filter((attribute) => !isDirection(files.values.edges[attribute.name])),
    values: files.values.edges, columns: TYPE_COLUMNS, own: "type", choices: types, generic: false,
  });
  if (type !== undefined) edges.type = type;
  else if (!files.edgeAttributes.some((attribute) => attribute.name === "type")) edges.type = cooperation(model);
  const properties: Record<string, string> = {};
  for (const attribute of files.edgeAttributes) {
    const property = modelPropertyNamed(model, attribute.name, "edge");
    if (property && property !== attribute.name) properties[property] = attribute.name;
  }
  if (Object.keys(properties).length > 0) edges.properties = properties;
  return edges;
}

interface NameChoice {
  id: string;
  names: string[];
}

/**
 * A kind or type from a column: undefined when the product's own column (`kind`,
 * `type`) already holds model names only, or when no column fits; else the column with
 * a table of the values that name a model kind or type.
 */
function proposeNameSource(options: {
  attributes: FileAttribute[]; values: Record<string, string[]>; columns: string[]; own: string; choices: NameChoice[];
  /** Whether any column with few values will do when none has a telling name. */
  generic: boolean;
}): NameSource | undefined {
  const { attributes, values, columns, own, choices } = options;
  const few = (attribute: FileAttribute) => values[attribute.name] !== undefined && values[attribute.name]!.length <= FEW_VALUES &&
    (attribute.distinct < attribute.count || attribute.count === 1);
  const ownColumn = attributes.find((attribute) => attribute.name === own);
  if (ownColumn && values[own]?.every((value) => choices.some((choice) => choice.id === value))) return undefined;
  const column = pick(attributes, columns, few) ??
    (options.generic ? attributes.find((attribute) => few(attribute) && attribute.distinct > 1) : undefined);
  if (!column) return undefined;
  const table: Record<string, string> = {};
  for (const value of values[column.name]!) {
    const match = matchChoice(value, choices);
    if (match) table[value] = match;
  }
  return { from: column.name, values: table };
}

function matchChoice(value: string, choices: NameChoice[]): string | undefined {
  const wanted = fold(value);
  return choices.find((choice) => fold(choice.id) === wanted || choice.names.some((name) => fold(name) === wanted))?.id;
}

/** The attribute with the first of `names` (case and accents aside) that passes `fits`. */
function pick(attributes: FileAttribute[], names: string[], fits: (attribute: FileAttribute) => boolean): FileAttribute | undefined {
  for (const name of names) {
    const found = attributes.find((attribute) => fold(attribute.name) === fold(name) && fits(attribute));
    if (found) return found;
  }
  return undefined;
}

/** The model property an attribute names in another case (`NameFr`, `VALIDFROM`), if any. */
function modelPropertyNamed(model: GraphModelDefinition, attribute: string, element: "node" | "edge"): string | undefined {
  const specs = element === "node"
    ? [...model.commonNodeProperties, ...model.commonProperties, ...model.kinds.flatMap((kind) => kind.properties)]
    : [...model.commonProperties, ...model.relationshipTypes.flatMap((type) => type.properties)];
  return specs.find((spec) => spec.name.toLowerCase() === attribute.toLowerCase())?.name;
}

function isDirection(values: string[] | undefined): boolean {
  return values !== undefined && values.length > 0 && values.every((value) => DIRECTIONS.has(value.toLowerCase()));
}

/** Cooperation when the model has it, else its first symmetric type, else its first type. */
function cooperation(model: GraphModelDefinition): string {
  const types = model.relationshipTypes;
  return (types.find((type) => type.id === "COOPERATES_WITH" && type.symmetric) ?? types.find((type) => type.symmetric) ?? types[0]!).id;
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase();
}
