import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ID_PATTERN } from "../../contract/elements.ts";
import { fitId } from "../../server/import/mapping/fit-id.ts";
import { checkMapping } from "../../server/import/mapping/check-mapping.ts";
import { parseMapping } from "../../server/import/mapping/parse-mapping.ts";
import { model, tempFolder } from "./formats/temp-files.ts";
import { dataOf, runStage } from "./import-mapping/run-stage.ts";

const folder = tempFolder();
const json = (name: string, nodes: object[], edges: object[]) =>
  folder.file(name, JSON.stringify({ nodes: nodes.map((data) => ({ data })), edges: edges.map((data) => ({ data })) }));

/** Zachary's karate club as networkx writes it, cut to four members: ids "0".."3", a club attribute, edges without ids. */
const karate = () => json("karate.json",
  [0, 1, 2, 3].map((id) => ({ id: String(id), club: id < 2 ? "Mr. Hi" : "Officer", label: `Member ${id}` })),
  [{ source: "0", target: "1", weight: 4 }, { source: "0", target: "2", weight: 5 }, { source: "0", target: "1", weight: 1 }]);

describe("the mapping stage", () => {
  it("maps the README's karate example: kind, prefix, name and type; edges numbered; unused attributes warned once", async () => {
    const output = await runStage([karate()], {
      nodes: { kind: "Service", id: { prefix: "karate-" }, properties: { nameFr: "label" } }, edges: { type: "COOPERATES_WITH" },
    });
    expect(output.problems).toEqual([]);
    expect(dataOf(output, "node")).toEqual([0, 1, 2, 3].map((id) => ({ id: `karate-${id}`, kind: "Service", nameFr: `Member ${id}` })));
    expect(dataOf(output, "edge")).toEqual([
      { id: "karate-0-COOPERATES_WITH-karate-1", source: "karate-0", target: "karate-1", type: "COOPERATES_WITH" },
      { id: "karate-0-COOPERATES_WITH-karate-2", source: "karate-0", target: "karate-2", type: "COOPERATES_WITH" },
      { id: "karate-0-COOPERATES_WITH-karate-1-2", source: "karate-0", target: "karate-1", type: "COOPERATES_WITH" },
    ]);
    expect(output.warnings).toEqual([
      expect.objectContaining({ code: "unused-attribute", element: "node", attribute: "club", count: 4, samples: ["Mr. Hi", "Officer"] }),
      expect.objectContaining({ code: "unused-attribute", element: "edge", attribute: "weight", count: 3, samples: ["4", "5", "1"] }),
    ]);
  });

  it("marks every edge undirected when the mapping says the file's directions mean nothing, and leaves them as read otherwise", async () => {
    const directedOf = (output: Awaited<ReturnType<typeof runStage>>) =>
      output.records.filter((record) => record.element === "edge").map((record) => record.element === "edge" && record.directed);
    const file = karate();
    const base = { nodes: { kind: "Service", properties: { nameEn: "@id" } }, edges: { type: "COOPERATES_WITH" } } as const;
    expect(directedOf(await runStage([file], base))).toEqual([undefined, undefined, undefined]);
    expect(directedOf(await runStage([file], { ...base, edges: { ...base.edges, undirected: true } }))).toEqual([false, false, false]);
  });

  it("gives the same records on a second pass, so the scan and the writer agree", async () => {
    const mapping = { nodes: { kind: "Service", properties: { nameEn: "@id" } }, edges: { type: "COOPERATES_WITH" } } as const;
    const file = karate();
    expect(await runStage([file], mapping)).toEqual(await runStage([file], mapping));
  });

  it("takes the kind from a column through a value table, and names the row, column, value and table when a value is missing", async () => {
    const file = json("davis.json", [
      { id: "Evelyn Jefferson", bipartite: 0 }, { id: "E1", bipartite: 1 }, { id: "E2", bipartite: 2 },
    ], []);
    const mapping = { nodes: { kind: { from: "bipartite", values: { 0: "Partner", 1: "Plan" } }, properties: { nameEn: "@id" } } };
    const output = await runStage([file], mapping);
    expect(dataOf(output, "node").map((data) => [data.id, data.kind, data.nameEn])).toEqual([
      ["Evelyn-Jefferson", "Partner", "Evelyn Jefferson"], ["E1", "Plan", "E1"],
    ]);
    expect(output.problems).toEqual([{
      code: "unknown-value", file: "davis.json", line: expect.any(Number), row: 2, pointer: "nodes[2]", field: "bipartite",
      message: 'the value "2" of "bipartite" is not in the mapping\'s kind table ("0" → Partner, "1" → Plan); add it there or give a default',
    }]);
    const withDefault = await runStage([file], { nodes: { kind: { ...mapping.nodes.kind, default: "Body" } } });
    expect(dataOf(withDefault, "node").map((data) => data.kind)).toEqual(["Partner", "Plan", "Body"]);
  });

  it("makes ids fit the id rule with one warning, and names both ids that become the same", async () => {
    const output = await runStage([json("krebs.json", [
      { id: "Mohamed Atta" }, { id: "Mohamed Atta" }, { id: "Ziad Jarrah" }, { id: "Mohamed-Atta " }, { id: "Myriel" },
    ], [{ source: "Mohamed Atta", target: "Ziad Jarrah" }])], { nodes: { kind: "Partner" }, edges: { type: "COOPERATES_WITH" } });
    expect(dataOf(output, "node").map((data) => data.id)).toEqual(["Mohamed-Atta", "Mohamed-Atta", "Ziad-Jarrah", "Myriel"]);
    expect(dataOf(output, "edge")[0]).toMatchObject({ id: "Mohamed-Atta-COOPERATES_WITH-Ziad-Jarrah", source: "Mohamed-Atta", target: "Ziad-Jarrah" });
    expect(output.warnings).toContainEqual(expect.objectContaining({
      code: "ids-adjusted", count: 3, samples: ["Mohamed Atta → Mohamed-Atta", "Ziad Jarrah → Ziad-Jarrah", "Mohamed-Atta  → Mohamed-Atta"],
    }));
    expect(output.problems).toEqual([expect.objectContaining({
      code: "duplicate-id", pointer: "nodes[3]",
      message: 'the ids "Mohamed Atta" and "Mohamed-Atta " both become "Mohamed-Atta" under the id rule; change one of them',
    })]);
  });

  it("converts values to what the property takes, and says which attribute did not convert", async () => {
    const output = await runStage([json("values.json", [
      { id: "a", official: "1", score: 7, name: "A" }, { id: "b", official: "maybe", score: 8, name: "B" },
    ], [])], { nodes: { kind: "Service", properties: { nameFr: "name", nameOfficialFr: "official", note: "score", group: { value: "true" } } } });
    expect(dataOf(output, "node")[0]).toEqual({ id: "a", kind: "Service", nameFr: "A", nameOfficialFr: true, note: "7", group: true });
    expect(output.problems).toEqual([expect.objectContaining({
      code: "bad-value", field: "nameOfficialFr", message: '"maybe" is not a boolean; nameOfficialFr takes true or false (also 1/0, yes/no) (from "official")',
    })]);
  });

  it("makes the nodes an edge list names but no node record holds, with a warning", async () => {
    const edges = json("edges.json", [{ id: "Medici", family: "yes" }], [
      { Source: "Medici", Target: "Strozzi" }, { Source: "Strozzi", Target: "Albizzi" },
    ]);
    const output = await runStage([edges], {
      nodes: { kind: "Body", fromEdges: true, properties: { nameFr: "@id" } }, edges: { type: "COOPERATES_WITH" },
    });
    expect(output.problems).toEqual([]);
    expect(dataOf(output, "node")).toEqual([
      { id: "Medici", kind: "Body", nameFr: "Medici" }, { id: "Strozzi", kind: "Body", nameFr: "Strozzi" },
      { id: "Albizzi", kind: "Body", nameFr: "Albizzi" },
    ]);
    expect(output.warnings).toContainEqual(expect.objectContaining({ code: "nodes-from-edges", count: 2 }));
  });

  it("reads the product's own shape without a mapping, warning about attributes instead of refusing them", async () => {
    const output = await runStage([json("own.json",
      [{ id: "s", kind: "Service", nameFr: "S", name: "S", colour: "red" }],
      [{ source: "s", target: "s", type: "COOPERATES_WITH", intensity: "close", weight: 2 }])]);
    expect(dataOf(output, "node")).toEqual([{ id: "s", kind: "Service", nameFr: "S", name: "S" }]);
    expect(dataOf(output, "edge")).toEqual([{ id: "s-COOPERATES_WITH-s", source: "s", target: "s", type: "COOPERATES_WITH", intensity: "close" }]);
    expect(output.warnings.map((warning) => [warning.element, warning.attribute, warning.count])).toEqual([["node", "colour", 1], ["edge", "weight", 1]]);
  });

  it("refuses a mapped attribute that no element carries, listing the attributes the files have with counts", async () => {
    const output = await runStage([karate()], { nodes: { kind: "Service", properties: { nameFr: "lable" } } });
    expect(output.problems).toEqual([{
      code: "mapping", file: "(mapping)", field: "nodes.properties.nameFr",
      message: 'no entity of the files has the attribute "lable"; their attributes are club (4), label (4)',
    }]);
  });
});

describe("checking a mapping against the model", () => {
  it("names the path of each unknown kind, type and property and lists what is allowed", () => {
    const issues = checkMapping(model, {
      nodes: { kind: { from: "t", values: { a: "Spaceship" } }, properties: { nameFX: "label" } },
      edges: { type: "KNOWS", properties: { intensity: { value: "fierce" } } },
    });
    expect(issues.map((issue) => issue.path)).toEqual(["nodes.kind.values.a", "nodes.properties.nameFX", "edges.type"]);
    expect(issues[0]!.message).toContain("Service, Body, Partner");
    expect(issues[1]!.message).toContain("nameFr");
    expect(issues[2]!.message).toContain("COOPERATES_WITH");
    expect(checkMapping(model, { nodes: { fromEdges: true } })).toEqual([expect.objectContaining({ path: "nodes.kind" })]);
    expect(checkMapping(model, { nodes: { kind: "Partner", properties: { scope: "s", nameOfficialFr: { value: "perhaps" } } } }))
      .toEqual([expect.objectContaining({ path: "nodes.properties.nameOfficialFr.value" })]);
  });

  it("answers 400 for what is not a mapping and 422 for one the model does not fit, each error with its path", () => {
    const status = (text: string) => {
      try {
        parseMapping(text, model);
        return undefined;
      } catch (error) {
        const { status: code, errors } = error as { status: number; errors: { path: string }[] };
        return [code, errors.map((issue) => issue.path)];
      }
    };
    expect(status("{nodes")).toEqual([400, ["mapping"]]);
    expect(status('{"nodes": {"colour": 1}}')).toEqual([400, ["mapping.nodes"]]);
    expect(status('{"edges": {"type": "KNOWS"}}')).toEqual([422, ["mapping.edges.type"]]);
    expect(status('{"nodes": {"kind": "Service"}}')).toBeUndefined();
  });
});

describe("fitting ids", () => {
  it("drops accents and turns other runs into one dash", () => {
    expect(fitId("Mohamed Atta")).toBe("Mohamed-Atta");
    expect(fitId("Mlle Baptistine")).toBe("Mlle-Baptistine");
    expect(fitId("Champmathieu/Fauchelevent é")).toBe("Champmathieu-Fauchelevent-e");
    expect(fitId("Élise")).toBe("Elise");
    expect(fitId("already-fine")).toBe("already-fine");
  });

  it("always gives a valid id, the same every time, and leaves valid ids alone", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), (raw) => {
      const fitted = fitId(raw);
      expect(fitted).toMatch(ID_PATTERN);
      expect(fitId(fitted)).toBe(fitted);
      if (ID_PATTERN.test(raw)) expect(fitted).toBe(raw);
    }), { numRuns: 500 });
  });

  it("keeps long ids that share their start apart", () => {
    const a = fitId(`${"x".repeat(200)} a`);
    const b = fitId(`${"x".repeat(200)} b`);
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThanOrEqual(128);
  });
});
