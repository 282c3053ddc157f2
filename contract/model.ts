import { z } from "zod";

/**
 * The graph model's schema: what a definition of kinds (Neo4j labels) and relationship
 * types must look like. server/model/graph-model.json is parsed with it at start-up, so a
 * bad model never reaches the database; `GET /api/model` serves the parsed model as it is.
 */
export const LANGUAGES = ["fr", "nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Labels and types become Cypher identifiers, so they are held to a strict shape. */
const identifier = z.string().regex(/^[A-Z][A-Za-z0-9_]{0,62}$/, "must be an identifier such as Service or POSTED_TO");

/** Names Cytoscape or the wire format already use for something else. */
export const RESERVED_PROPERTY_NAMES = ["id", "kind", "name", "source", "target", "type", "distance", "labels"];

const names = z.object({ fr: z.string().min(1), nl: z.string().min(1), en: z.string().min(1) }).strict();

export const propertySpecSchema = z
  .object({
    name: z.string().regex(/^[a-z][A-Za-z0-9]{0,62}$/, "must be a camelCase property name")
      .refine((name) => !RESERVED_PROPERTY_NAMES.includes(name), "is reserved by the wire format"),
    type: z.enum(["string", "boolean", "integer", "float", "date", "datetime"]),
    required: z.boolean().default(false),
    enum: z.array(z.string().min(1)).min(1).optional(),
    /** What each enum value is called in each language, for display (the stored value stays the code). */
    valueNames: z.record(z.string(), names).optional(),
    maxLength: z.number().int().positive().optional(),
    /** A regular expression a string value must match whole, such as the `;`-separated caveats. */
    pattern: z.string().refine((source) => {
      try {
        new RegExp(source);
        return true;
      } catch {
        return false;
      }
    }, "must be a valid regular expression").optional(),
    names,
  })
  .strict()
  .refine((spec) => !spec.valueNames || (spec.enum !== undefined && Object.keys(spec.valueNames).every((value) => spec.enum!.includes(value))),
    { message: "valueNames may only name values of the property's enum", path: ["valueNames"] });

export type PropertySpec = z.infer<typeof propertySpecSchema>;

const NODE_SHAPES = [
  "ellipse", "triangle", "round-triangle", "rectangle", "round-rectangle", "bottom-round-rectangle",
  "cut-rectangle", "barrel", "rhomboid", "diamond", "round-diamond", "pentagon", "round-pentagon",
  "hexagon", "round-hexagon", "concave-hexagon", "heptagon", "round-heptagon", "octagon",
  "round-octagon", "star", "tag", "round-tag", "vee",
] as const;

const colour = z.string().regex(/^#[0-9A-Fa-f]{6}$/, "must be a #RRGGBB colour");

export const kindSchema = z
  .object({
    id: identifier.refine((id) => id !== "Entity", "Entity is the label every node carries already"),
    names,
    color: colour,
    shape: z.enum(NODE_SHAPES),
    properties: z.array(propertySpecSchema).default([]),
  })
  .strict();

export const relationshipTypeSchema = z
  .object({
    id: identifier,
    names,
    endpoints: z.array(z.object({ from: z.array(identifier).min(1), to: z.array(identifier).min(1) }).strict()).min(1),
    color: colour,
    lineStyle: z.enum(["solid", "dashed", "dotted"]),
    /** Which end depends on the other, for dependency analyses; null when neither does. */
    dependency: z.enum(["target-on-source", "source-on-target"]).nullable(),
    /**
     * Whether the relationship means the same read either way (cooperation, meetings): an
     * import merges a→b and b→a of such a type into one, as files from adjacency matrices
     * write every tie twice.
     */
    symmetric: z.boolean().default(false),
    properties: z.array(propertySpecSchema).default([]),
  })
  .strict();

export const graphModelSchema = z
  .object({
    version: z.number().int().positive(),
    languages: z.tuple([z.literal("fr"), z.literal("nl"), z.literal("en")]),
    commonNodeProperties: z.array(propertySpecSchema),
    commonProperties: z.array(propertySpecSchema),
    kinds: z.array(kindSchema).min(1),
    relationshipTypes: z.array(relationshipTypeSchema).min(1),
  })
  .strict()
  .superRefine((model, ctx) => {
    const duplicates = (values: string[]) => values.filter((value, i) => values.indexOf(value) !== i);
    for (const id of duplicates(model.kinds.map((kind) => kind.id))) {
      ctx.addIssue({ code: "custom", path: ["kinds"], message: `duplicate kind id ${id}` });
    }
    for (const id of duplicates(model.relationshipTypes.map((type) => type.id))) {
      ctx.addIssue({ code: "custom", path: ["relationshipTypes"], message: `duplicate relationship type id ${id}` });
    }
    const kindIds = new Set(model.kinds.map((kind) => kind.id));
    model.relationshipTypes.forEach((type, t) => {
      type.endpoints.forEach((rule, r) => {
        for (const end of ["from", "to"] as const) {
          rule[end].forEach((kind, k) => {
            if (!kindIds.has(kind)) {
              ctx.addIssue({
                code: "custom",
                path: ["relationshipTypes", t, "endpoints", r, end, k],
                message: `relationship type ${type.id} names unknown kind ${kind}`,
              });
            }
          });
        }
      });
    });
    const shared = [...model.commonNodeProperties, ...model.commonProperties].map((p) => p.name);
    for (const name of duplicates(shared)) {
      ctx.addIssue({ code: "custom", path: ["commonProperties"], message: `duplicate property ${name}` });
    }
    const checkOwn = (owner: string, own: PropertySpec[], path: (string | number)[]) => {
      for (const name of duplicates([...shared, ...own.map((p) => p.name)])) {
        ctx.addIssue({ code: "custom", path, message: `${owner} declares property ${name} twice` });
      }
    };
    model.kinds.forEach((kind, i) => checkOwn(kind.id, kind.properties, ["kinds", i, "properties"]));
    model.relationshipTypes.forEach((type, i) => checkOwn(type.id, type.properties, ["relationshipTypes", i, "properties"]));
  })
  .meta({ id: "GraphModel" });

export type GraphModelDefinition = z.infer<typeof graphModelSchema>;
export type KindDefinition = z.infer<typeof kindSchema>;
export type RelationshipTypeDefinition = z.infer<typeof relationshipTypeSchema>;

/** An enum value as a reader calls it in `language`; the stored code when the model gives no name. */
export function valueName(spec: Pick<PropertySpec, "valueNames"> | undefined, value: string, language: Language): string {
  return spec?.valueNames?.[value]?.[language] ?? value;
}
