import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { ImportMapping, PropertySource } from "../../contract/import-mapping.ts";
import { fitId } from "../../server/import/mapping/fit-id.ts";
import { tempFolder } from "./formats/temp-files.ts";
import { dataOf, runStage } from "./import-mapping/run-stage.ts";

/**
 * Random mappings over random files, as other tools write them (GraphML with typed keys,
 * JSON without edge ids), give exactly the graph a direct, brute-force reading of the
 * mapping's definition gives from the generated data.
 */
const folder = tempFolder();

interface RawNode { id: string; team: string; title: string; score: number; flag: boolean; extra?: string }
interface RawEdge { id?: string; source: string; target: string; rel: "x" | "y"; w: number }
interface Graph { nodes: RawNode[]; edges: RawEdge[] }

const NAMES = ["Mohamed Atta", "Ziad Jarrah", "Myriel", "Mlle Baptistine", "Mme Magloire", "Champtercier", "Cravatte",
  "Élise", "Zoë", "0", "1", "2", "33", "n0", "n1", "karate-5", "A&B", "x/y", "Jean Valjean"];

const graphArbitrary: fc.Arbitrary<Graph> = fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 12, selector: fitId })
  .chain((ids) => fc.record({
    nodes: fc.tuple(...ids.map((id) => fc.record({
      id: fc.constant(id), team: fc.constantFrom("a", "b", "c"), title: fc.constantFrom("Alpha", "Bêta", "Gamma delta"),
      score: fc.integer({ min: -5, max: 500 }), flag: fc.boolean(), extra: fc.option(fc.constantFrom("u", "v"), { nil: undefined }),
    }, { requiredKeys: ["id", "team", "title", "score", "flag"] }))),
    edges: fc.array(fc.record({
      id: fc.option(fc.constantFrom("e1", "e 2", "e3"), { nil: undefined }),
      source: fc.constantFrom(...ids), target: fc.constantFrom(...ids), rel: fc.constantFrom("x" as const, "y" as const),
      w: fc.integer({ min: 0, max: 9 }),
    }, { requiredKeys: ["source", "target", "rel", "w"] }), { maxLength: 15 }),
  }));

const mappingArbitrary: fc.Arbitrary<ImportMapping> = fc.record({
  nodes: fc.record({
    id: fc.option(fc.record({ prefix: fc.constantFrom("p-", "karate-") }), { nil: undefined }),
    kind: fc.oneof(
      fc.constantFrom("Service", "Partner"),
      fc.constant({ from: "team", values: { a: "Service", b: "Partner" }, default: "Body" }),
      fc.constant({ from: "team", values: { a: "Body", b: "Body", c: "Plan" } }),
    ),
    properties: fc.option(fc.record({
      nameFr: fc.constantFrom<PropertySource>("title", "@id"),
      note: fc.constantFrom<PropertySource>("score", { value: "imported" }),
      nameOfficialFr: fc.constantFrom<PropertySource>("flag", { value: false }),
    }, { requiredKeys: ["nameFr"] }), { nil: undefined }),
  }, { requiredKeys: ["kind"] }),
  edges: fc.record({
    type: fc.oneof(fc.constant("COOPERATES_WITH"), fc.constant({ from: "rel", values: { x: "COOPERATES_WITH", y: "MEETS_INFORMALLY" } })),
    properties: fc.option(fc.constant({ note: "w" }), { nil: undefined }),
  }),
}) as fc.Arbitrary<ImportMapping>;

/** The mapping's definition read directly over the generated data. */
function expected(graph: Graph, mapping: ImportMapping, edgeIds: boolean) {
  const prefix = mapping.nodes?.id?.prefix ?? "";
  const id = (raw: string) => fitId(prefix + raw);
  const name = (source: unknown, row: Record<string, unknown>) =>
    typeof source === "string" ? source : (source as { values: Record<string, string>; default?: string; from: string }).values[String(row[(source as { from: string }).from])]
      ?? (source as { default?: string }).default;
  const value = (source: PropertySource, row: Record<string, unknown>) =>
    typeof source === "object" ? source.value : source === "@id" ? row.id : row[source];
  const convert = (property: string, raw: unknown) => (property === "note" ? String(raw) : raw);
  const nodes = graph.nodes.map((node) => {
    const data: Record<string, unknown> = { id: id(node.id), kind: name(mapping.nodes!.kind, { ...node }) };
    for (const [property, source] of Object.entries(mapping.nodes!.properties ?? {})) data[property] = convert(property, value(source, { ...node }));
    return data;
  });
  const seen = new Map<string, number>();
  const edges = graph.edges.map((edge, at) => {
    const type = name(mapping.edges!.type, { ...edge })!;
    const [source, target] = [id(edge.source), id(edge.target)];
    let edgeId: string;
    const ownId = edgeIds ? (edge.id ?? `edge${at}`) : edge.id;
    if (ownId !== undefined) edgeId = id(ownId);
    else {
      const base = `${source}-${type}-${target}`;
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      edgeId = count === 1 ? base : `${base}-${count}`;
    }
    const data: Record<string, unknown> = { id: edgeId, source, target, type };
    for (const [property, source_] of Object.entries(mapping.edges!.properties ?? {})) data[property] = convert(property, value(source_, { ...edge }));
    return data;
  });
  return { nodes, edges };
}

function asJson(graph: Graph) {
  const nodes = graph.nodes.map((node) => ({ data: node }));
  const edges = graph.edges.map((edge) => ({ data: edge.id === undefined ? { ...edge, id: undefined } : edge }));
  return folder.file("graph.json", JSON.stringify({ nodes, edges }));
}

/** GraphML as networkx writes it, with typed keys; edges carry ids (the reader of this branch requires them). */
function asGraphml(graph: Graph) {
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  const keys = [["team", "node", "string"], ["title", "node", "string"], ["score", "node", "int"], ["flag", "node", "boolean"],
    ["extra", "node", "string"], ["rel", "edge", "string"], ["w", "edge", "int"]]
    .map(([name, domain, type]) => `<key id="k_${name}" for="${domain}" attr.name="${name}" attr.type="${type}"/>`).join("\n");
  const data = (row: Record<string, unknown>, names: string[]) =>
    names.filter((name) => row[name] !== undefined).map((name) => `<data key="k_${name}">${escape(String(row[name]))}</data>`).join("");
  const nodes = graph.nodes.map((node) => `<node id="${escape(node.id)}">${data({ ...node }, ["team", "title", "score", "flag", "extra"])}</node>`);
  const edges = graph.edges.map((edge, at) =>
    `<edge id="${escape(edge.id ?? `edge${at}`)}" source="${escape(edge.source)}" target="${escape(edge.target)}">${data({ ...edge }, ["rel", "w"])}</edge>`);
  return folder.file("graph.graphml", `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${keys}\n` +
    `<graph edgedefault="directed">\n${[...nodes, ...edges].join("\n")}\n</graph>\n</graphml>\n`);
}

describe("mapping random files", () => {
  it.each([["JSON without edge ids", false], ["GraphML", true]] as const)("%s: gives exactly the mapped graph", async (_format, graphml) => {
    await fc.assert(fc.asyncProperty(graphArbitrary, mappingArbitrary, async (graph, mapping) => {
      const output = await runStage([graphml ? asGraphml(graph) : asJson(graph)], mapping);
      const want = expected(graph, mapping, graphml);
      const undecided = graph.nodes.filter((node) => want.nodes[graph.nodes.indexOf(node)]!.kind === undefined);
      expect(output.problems.map((problem) => problem.code)).toEqual(undecided.map(() => "unknown-value"));
      expect(dataOf(output, "node")).toEqual(want.nodes.filter((node) => node.kind !== undefined));
      expect(dataOf(output, "edge")).toEqual(want.edges);
      const unused = output.warnings.filter((warning) => warning.code === "unused-attribute").map((warning) => `${warning.element}.${warning.attribute}`);
      const usedOnNodes = new Set(Object.values(mapping.nodes!.properties ?? {}).filter((source) => typeof source === "string"));
      if (typeof mapping.nodes!.kind === "object") usedOnNodes.add("team");
      const nodeAttributes = ["team", "title", "score", "flag", "extra"].filter((name) => graph.nodes.some((node) => (node as unknown as Record<string, unknown>)[name] !== undefined));
      const usedOnEdges = new Set(["source", "target", ...typeof mapping.edges!.type === "object" ? ["rel"] : [], ...mapping.edges!.properties ? ["w"] : []]);
      const edgeAttributes = graph.edges.length === 0 ? [] : ["rel", "w"];
      expect(unused.sort()).toEqual([
        ...nodeAttributes.filter((name) => !usedOnNodes.has(name)).map((name) => `node.${name}`),
        ...edgeAttributes.filter((name) => !usedOnEdges.has(name)).map((name) => `edge.${name}`),
      ].sort());
    }), { numRuns: 60 });
  });
});
