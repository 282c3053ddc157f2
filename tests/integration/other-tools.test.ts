import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ImportMapping } from "../../contract/import-mapping.ts";
import { runImport } from "../../server/import/run-import.ts";
import type { GraphModel } from "../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../server/neo4j/database.ts";
import { openSeededDatabase, restoreSeedAndClose } from "../support/database.ts";
import { CLEARED_VIEWER } from "../support/viewer.ts";
import { OTHER_TOOLS_FIXTURES } from "../support/other-tools.ts";

/**
 * Every file another tool wrote, imported through a mapping as a data staffer would, holds
 * afterwards the network the tool wrote: networkx's counts, bridges, articulation points
 * and components (facts.json), computed here by their definitions on what was stored.
 */
const TOOLS = OTHER_TOOLS_FIXTURES;
interface Facts { nodes: number; edges: number; articulation_points: string[]; bridges: string[][]; components: number }
const facts = JSON.parse(readFileSync(path.join(TOOLS, "facts.json"), "utf8")) as Record<string, Facts>;

let db: GraphDatabase;
let model: GraphModel;
let scratch: string;

beforeAll(async () => {
  ({ db, model } = await openSeededDatabase());
  scratch = mkdtempSync(path.join(tmpdir(), "other-tools-"));
});
afterAll(async () => {
  await restoreSeedAndClose(db, model);
  rmSync(scratch, { recursive: true, force: true });
});

const services = (prefix: string, name: string, extra: Partial<NonNullable<ImportMapping["nodes"]>> = {}): ImportMapping => ({
  nodes: { kind: "Service", id: { prefix }, properties: { nameEn: name }, ...extra },
  edges: { type: "COOPERATES_WITH" },
});

/** The stored network under a prefix: node names (nameEn) and relationships as pairs of names. */
async function storedNetwork(prefix: string): Promise<{ names: string[]; edges: [string, string][] }> {
  const names = new Map<string, string>();
  const edges: [string, string][] = [];
  await db.forViewer(CLEARED_VIEWER).read(async (tx) => {
    let after = "";
    for (;;) {
      const rows = await tx.run("export/nodes-page", { after, limit: 5000 });
      for (const row of rows) {
        if (String(row.id).startsWith(prefix)) names.set(String(row.id), String((row.props as Record<string, unknown>).nameEn));
      }
      if (rows.length < 5000) break;
      after = String(rows[rows.length - 1]!.id);
    }
    after = "";
    for (;;) {
      const rows = await tx.run("export/edges-page", { after, limit: 5000 });
      if (rows.length === 0) break;
      for (const row of rows) {
        if (row.id !== null && names.has(String(row.source))) edges.push([names.get(String(row.source))!, names.get(String(row.target))!]);
      }
      after = String(rows[0]!.last);
    }
  });
  return { names: [...names.values()], edges };
}

/** Components, bridges and articulation points by definition (remove the thing, count again). */
function structure({ names, edges }: { names: string[]; edges: [string, string][] }) {
  const components = (nodes: string[], links: [string, string][]) => {
    const parent = new Map(nodes.map((node) => [node, node]));
    const find = (node: string): string => (parent.get(node) === node ? node : find(parent.get(node)!));
    for (const [a, b] of links) parent.set(find(a), find(b));
    return new Set(nodes.map(find)).size;
  };
  const whole = components(names, edges);
  return {
    nodes: names.length,
    edges: edges.length,
    components: whole,
    bridges: edges.filter((_, i) => components(names, edges.filter((__, j) => j !== i)) > whole)
      .map((pair) => [...pair].sort()).sort((a, b) => a.join().localeCompare(b.join())),
    articulation_points: names.filter((node) =>
      components(names.filter((other) => other !== node), edges.filter(([a, b]) => a !== node && b !== node)) > whole).sort(),
  };
}

const expected = (graph: string) => {
  const fact = facts[graph]!;
  return {
    nodes: fact.nodes, edges: fact.edges, components: fact.components,
    bridges: fact.bridges.map((pair) => [...pair].sort()).sort((a, b) => a.join().localeCompare(b.join())),
    articulation_points: [...fact.articulation_points].sort(),
  };
};

async function importThrough(file: string, mapping: ImportMapping, dir = TOOLS) {
  return runImport(db, model, [{ path: path.join(dir, file), name: file }], {
    mode: "merge", dryRun: false, user: "test", maxElements: 100_000, timeoutMs: 60_000, mapping,
  });
}

describe("files from other tools, through a mapping", () => {
  const cases: [string, string, string, ImportMapping][] = [
    ["networkx GraphML", "florentine", "florentine.networkx.graphml", services("fg-", "label")],
    ["networkx GEXF", "florentine", "florentine.networkx.gexf", services("fx-", "label")],
    ["networkx GML", "florentine", "florentine.networkx.gml", services("fm-", "label")],
    ["Gephi CSV edge list", "florentine", "florentine.gephi-edges.csv", services("fc-", "@id", { fromEdges: true })],
    ["igraph GraphML", "kite", "kite.igraph.graphml", services("kt-", "name")],
    ["igraph GraphML with 8 components", "random60", "random60.igraph.graphml", services("r6-", "name")],
  ];
  for (const [tool, graph, file, mapping] of cases) {
    it(`imports ${tool} (${file}) as the network the tool wrote, and again without change`, async () => {
      const report = await importThrough(file, mapping);
      expect(report.errors).toEqual([]);
      expect(report.created).toEqual({ nodes: facts[graph]!.nodes, edges: facts[graph]!.edges });
      expect(structure(await storedNetwork(mapping.nodes!.id!.prefix!))).toEqual(expected(graph));
      const again = await importThrough(file, mapping);
      expect(again.unchanged).toEqual({ nodes: facts[graph]!.nodes, edges: facts[graph]!.edges });
    });
  }

  it("imports an adjacency list with every tie twice as one relationship per tie, with networkx's bridges", async () => {
    const report = await importThrough("florentine.reciprocal-edges.csv", services("fr-", "@id", { fromEdges: true }));
    expect(report.errors).toEqual([]);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: "reciprocal-merged", count: facts.florentine!.edges }));
    expect(structure(await storedNetwork("fr-"))).toEqual(expected("florentine"));
  });

  it("imports a yEd GraphML, its names from yEd's labels, its graphics skipped, and orients its Partner→Service edges", async () => {
    const yed = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d0" yfiles.type="nodegraphics"/>
  <key for="edge" id="d1" yfiles.type="edgegraphics"/>
  <key attr.name="kind" attr.type="string" for="node" id="d2"/>
  <key attr.name="description" attr.type="string" for="node" id="d3"/>
  <key attr.name="scope" attr.type="string" for="node" id="d4"/>
  <graph edgedefault="undirected" id="G">
    <node id="n0"><data key="d2">Service</data><data key="d0"><y:ShapeNode><y:NodeLabel>VSSE</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="d2">Partner</data><data key="d3">harbour</data><data key="d4">national</data><data key="d0"><y:ShapeNode/></data></node>
    <node id="n2"><data key="d2">Service</data></node>
    <edge id="e0" source="n1" target="n0"><data key="d1"><y:PolyLineEdge/></data></edge>
    <edge id="e1" source="n0" target="n2"/>
  </graph>
</graphml>
`;
    writeFileSync(path.join(scratch, "yed.graphml"), yed);
    const mapping: ImportMapping = {
      nodes: { kind: { from: "kind" }, id: { prefix: "yd-" }, properties: { nameEn: "@id", nameFr: "label", scope: "scope" } },
      edges: { type: "COOPERATES_WITH" },
    };
    const report = await importThrough("yed.graphml", mapping, scratch);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: "oriented", count: 1, samples: ["yd-e0"] }),
      expect.objectContaining({ code: "unused-attribute", attribute: "description", count: 1 }),
    ]));
    expect((await storedNetwork("yd-")).edges.sort()).toEqual([["n0", "n1"], ["n0", "n2"]]);
    const stored = await db.forViewer(CLEARED_VIEWER).read((tx) => tx.run("explore/nodes-by-ids", { ids: ["yd-n0", "yd-n1"] }));
    expect(stored.map((row) => [row.id, (row.props as Record<string, unknown>).nameFr]).sort()).toEqual([["yd-n0", "VSSE"], ["yd-n1", undefined]]);
  });
});
