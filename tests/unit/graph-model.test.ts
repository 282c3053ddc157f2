import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultModelFile, GraphModel, ModelError } from "../../server/model/graph-model.ts";

const seedModel = () => JSON.parse(readFileSync(defaultModelFile, "utf8"));

describe("the graph model", () => {
  it("accepts the project's model and answers its allowlists", () => {
    const model = GraphModel.fromFile();
    expect(model.kindIds).toContain("Service");
    expect(model.allows("DISSEMINATES_TO", "Service", "Partner")).toBe(true);
    expect(model.allows("DISSEMINATES_TO", "Partner", "Service")).toBe(true);
    expect(model.allows("DISSEMINATES_TO", "Plan", "Service")).toBe(false);
    expect(model.allows("COOPERATES_WITH", "Partner", "Service")).toBe(false);
    expect(model.kindOfLabels(["Entity", "Partner"])).toBe("Partner");
  });

  it("rejects an endpoint rule naming an unknown kind, saying where", () => {
    const definition = seedModel();
    definition.relationshipTypes[0].endpoints[0].to.push("Spaceship");
    expect(() => GraphModel.parse(definition)).toThrow(ModelError);
    expect(() => GraphModel.parse(definition)).toThrow(/relationshipTypes\.0\.endpoints\.0\.to\.\d+: .*unknown kind Spaceship/);
  });

  it("rejects duplicate kind and relationship type ids", () => {
    const kinds = seedModel();
    kinds.kinds.push({ ...kinds.kinds[0] });
    expect(() => GraphModel.parse(kinds)).toThrow(/duplicate kind id Service/);
    const types = seedModel();
    types.relationshipTypes.push({ ...types.relationshipTypes[1] });
    expect(() => GraphModel.parse(types)).toThrow(/duplicate relationship type id MEETS_INFORMALLY/);
  });

  it("rejects labels that are not plain identifiers, so nothing else can reach Cypher", () => {
    for (const id of ["Service`) DETACH DELETE n //", "service", "Entity", ""]) {
      const definition = seedModel();
      definition.kinds[0].id = id;
      expect(() => GraphModel.parse(definition), id).toThrow(ModelError);
    }
  });

  it("rejects a property named like a wire-format field or declared twice", () => {
    const reserved = seedModel();
    reserved.kinds[0].properties.push({ name: "source", type: "string", names: { fr: "a", nl: "b", en: "c" } });
    expect(() => GraphModel.parse(reserved)).toThrow(/reserved/);
    const twice = seedModel();
    twice.kinds[0].properties.push({ name: "nameFr", type: "string", names: { fr: "a", nl: "b", en: "c" } });
    expect(() => GraphModel.parse(twice)).toThrow(/declares property nameFr twice/);
  });
});
