import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateElements } from "../../server/graph/validate-elements.ts";
import { GraphModel } from "../../server/model/graph-model.ts";
import { defaultSeedFile } from "../../server/seed/load-seed.ts";

const model = GraphModel.fromFile();
const node = (data: Record<string, unknown>) => ({ data: { nameFr: "x", ...data } });

describe("validating elements against the model", () => {
  it("accepts the seed graph", () => {
    expect(validateElements(model, JSON.parse(readFileSync(defaultSeedFile, "utf8"))).errors).toEqual([]);
  });

  it("reports every problem at once, each at its path", () => {
    const { errors, elements } = validateElements(model, {
      nodes: [
        node({ id: "a", kind: "Service" }),
        node({ id: "a", kind: "Service" }),
        node({ id: "p", kind: "Partner" }),
        node({ id: "x", kind: "Spaceship" }),
        node({ id: "d", kind: "Plan", validFrom: "2020-02-30", colour: "red" }),
      ],
      edges: [
        { data: { id: "e1", source: "a", target: "ghost", type: "DISSEMINATES_TO" } },
        { data: { id: "e2", source: "p", target: "a", type: "COOPERATES_WITH" } },
        { data: { id: "e3", source: "a", target: "p", type: "LIKES" } },
      ],
    });
    expect(elements).toBeUndefined();
    expect(errors.map((e) => e.path)).toEqual([
      "nodes[1].data.id",
      "nodes[2].data.scope",
      "nodes[3].data.kind",
      "nodes[4].data.validFrom",
      "nodes[4].data.colour",
      "edges[0].data.target",
      "edges[1].data.type",
      "edges[2].data.type",
    ]);
    expect(errors[0]!.message).toContain("first used at nodes[0].data");
    expect(errors[6]!.message).toContain("Partner -[COOPERATES_WITH]-> Service");
  });

  it("names the field of a malformed element", () => {
    const { errors } = validateElements(model, { nodes: [{ data: { id: "bad id!", kind: "Service" } }], edges: [] });
    expect(errors[0]!.path).toBe("nodes.0.data.id");
  });
});
