import { z } from "zod";

/**
 * How the elements of a file written by another tool become the model's: the step
 * Neo4j's Data Importer and Gephi's import wizard make. A mapping names, for nodes and
 * for relationships, where the id, the kind or type and each model property come from.
 *
 * An attribute is named as the file names it: a CSV column, a GraphML or GEXF attribute
 * name, a JSON data key. `@id` is the element's own id in the file.
 *
 * Without a mapping an import reads the product's own shape: the id from `id`, the kind
 * from `kind` (or labels), the type from `type`, each model property from the attribute of
 * the same name.
 */

/** The element's own id in the file, as a property or value source. */
export const FILE_ID = "@id";

const attributeName = z.string().min(1).max(200).describe("An attribute or column of the file, or @id for the element's own id.");
const modelName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/).describe("A kind, relationship type or property of the model.");
const constant = z.union([z.string().max(2000), z.number(), z.boolean()]);

/**
 * A kind or a relationship type: a constant (`"Service"`), or a column whose values a
 * table turns into model names, with an optional default for values the table lacks.
 */
export const nameSourceSchema = z.union([
  modelName,
  z.object({
    from: attributeName,
    values: z.record(z.string().max(200), modelName).optional()
      .describe("File value → model name; values absent from the table are refused (or take the default). Without a table the file's values are model names."),
    default: modelName.optional(),
  }).strict(),
]);

/** A model property: an attribute's value (`"label"`, `"@id"`) or a constant (`{"value": "medium"}`). */
export const propertySourceSchema = z.union([
  attributeName,
  z.object({ value: constant }).strict(),
]);

const idSchema = z.object({
  from: attributeName.optional().describe("The attribute holding the id; the element's own id (@id) when absent."),
  prefix: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,39}$/).optional()
    .describe("Put before every id of the file (nodes, relationships and the ends they name), to keep one file's ids apart from another source's."),
}).strict();

export const nodeMappingSchema = z.object({
  id: idSchema.optional(),
  kind: nameSourceSchema.optional(),
  properties: z.record(modelName, propertySourceSchema).optional(),
  fromEdges: z.boolean().optional()
    .describe("Create the nodes an edge list names but no node file holds (Gephi does), with the mapping's kind and properties read from their ids."),
}).strict();

export const edgeMappingSchema = z.object({
  id: z.object({ from: attributeName.optional() }).strict().optional()
    .describe("Where an edge's id is; edges without one get source–type–target (numbered for parallel edges)."),
  type: nameSourceSchema.optional(),
  source: attributeName.optional().describe("The column naming the start node; source (or Source) when absent."),
  target: attributeName.optional().describe("The column naming the end node; target (or Target) when absent."),
  properties: z.record(modelName, propertySourceSchema).optional(),
  undirected: z.boolean().optional()
    .describe("Treat every edge as undirected, whatever the file says: each is oriented as the model allows."),
}).strict();

export const importMappingSchema = z.object({
  nodes: nodeMappingSchema.optional(),
  edges: edgeMappingSchema.optional(),
}).strict().meta({ id: "ImportMapping" });

export type NameSource = z.infer<typeof nameSourceSchema>;
export type PropertySource = z.infer<typeof propertySourceSchema>;
export type NodeMapping = z.infer<typeof nodeMappingSchema>;
export type EdgeMapping = z.infer<typeof edgeMappingSchema>;
export type ImportMapping = z.infer<typeof importMappingSchema>;

/** A mapping saved by name on the Data page, to use again for the next file of the same tool. */
export const savedMappingSchema = z.object({
  name: z.string().min(1).max(100),
  mapping: importMappingSchema,
  savedBy: z.string(),
  savedAt: z.string(),
}).meta({ id: "SavedMapping" });
export type SavedMapping = z.infer<typeof savedMappingSchema>;

/** One attribute of a file as the mapping screen shows it: how many elements carry it and a few of its values. */
export const fileAttributeSchema = z.object({
  name: z.string(),
  count: z.number().int(),
  samples: z.array(constant).max(5),
  /** How many different values it has, counted up to 1,000 (a column with few is a kind or type candidate). */
  distinct: z.number().int(),
  /** Whether the count of distinct values stopped at the cap. */
  distinctCapped: z.boolean(),
});
export type FileAttribute = z.infer<typeof fileAttributeSchema>;

/** What a dropped file holds, before any mapping: its format, counts and attributes. */
export const fileProfileSchema = z.object({
  name: z.string(),
  format: z.string(),
  nodes: z.number().int(),
  edges: z.number().int(),
  /** Edges the file says are undirected. */
  undirectedEdges: z.number().int(),
  nodeAttributes: z.array(fileAttributeSchema),
  edgeAttributes: z.array(fileAttributeSchema),
}).meta({ id: "FileProfile" });
export type FileProfile = z.infer<typeof fileProfileSchema>;
