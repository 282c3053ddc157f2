import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  graphModelSchema, type GraphModelDefinition, type KindDefinition, type Language, type PropertySpec,
  type RelationshipTypeDefinition,
} from "../../contract/model.ts";

export const defaultModelFile = fileURLToPath(new URL("./graph-model.json", import.meta.url));

export class ModelError extends Error {
  override readonly name = "ModelError";
}

/**
 * The validated model with the look-ups the rest of the server needs. It is the only
 * source of labels and relationship types that may reach Cypher.
 */
export class GraphModel {
  private readonly kindsById: ReadonlyMap<string, KindDefinition>;
  private readonly typesById: ReadonlyMap<string, RelationshipTypeDefinition>;
  private readonly nodeSpecs = new Map<string, PropertySpec[]>();
  private readonly edgeSpecs = new Map<string, PropertySpec[]>();

  constructor(readonly definition: GraphModelDefinition) {
    this.kindsById = new Map(definition.kinds.map((kind) => [kind.id, kind]));
    this.typesById = new Map(definition.relationshipTypes.map((type) => [type.id, type]));
  }

  static parse(input: unknown): GraphModel {
    const parsed = graphModelSchema.safeParse(input);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".") || "(model)"}: ${issue.message}`);
      throw new ModelError(`The graph model is invalid:\n${lines.join("\n")}`);
    }
    return new GraphModel(parsed.data);
  }

  static fromFile(file = defaultModelFile): GraphModel {
    return GraphModel.parse(JSON.parse(readFileSync(file, "utf8")));
  }

  get kindIds(): string[] {
    return [...this.kindsById.keys()];
  }

  get relationshipTypeIds(): string[] {
    return [...this.typesById.keys()];
  }

  kind(id: string): KindDefinition | undefined {
    return this.kindsById.get(id);
  }

  relationshipType(id: string): RelationshipTypeDefinition | undefined {
    return this.typesById.get(id);
  }

  /** The kind among a node's labels; labels outside the model are ignored. */
  kindOfLabels(labels: readonly string[]): string | undefined {
    return labels.find((label) => this.kindsById.has(label));
  }

  /** The properties a node of this kind may carry (the same array on every call; do not change it). */
  nodePropertySpecs(kindId: string): PropertySpec[] {
    let specs = this.nodeSpecs.get(kindId);
    if (!specs) {
      const kind = this.kindsById.get(kindId);
      specs = [...this.definition.commonNodeProperties, ...this.definition.commonProperties, ...(kind?.properties ?? [])];
      this.nodeSpecs.set(kindId, specs);
    }
    return specs;
  }

  /** The properties a relationship of this type may carry (the same array on every call). */
  relationshipPropertySpecs(typeId: string): PropertySpec[] {
    let specs = this.edgeSpecs.get(typeId);
    if (!specs) {
      const type = this.typesById.get(typeId);
      specs = [...this.definition.commonProperties, ...(type?.properties ?? [])];
      this.edgeSpecs.set(typeId, specs);
    }
    return specs;
  }

  allows(typeId: string, fromKind: string, toKind: string): boolean {
    const type = this.typesById.get(typeId);
    return type !== undefined && type.endpoints.some((rule) => rule.from.includes(fromKind) && rule.to.includes(toKind));
  }

  /**
   * The display name of a node in a language, falling back through the others (French,
   * Dutch, English): a node needs a name in one language only, whichever its source had.
   */
  static nameIn(properties: Record<string, unknown>, language: Language): string | undefined {
    const order: Language[] = [language, "fr", "nl", "en"];
    for (const lang of order) {
      const value = properties[`name${lang[0]!.toUpperCase()}${lang[1]}`];
      if (typeof value === "string" && value.length > 0) return value;
    }
    return undefined;
  }
}
