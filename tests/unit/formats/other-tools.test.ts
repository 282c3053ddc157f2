import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectFormat, readRecords } from "../../../server/import/formats/detect.ts";
import type { ImportRecord } from "../../../server/import/records.ts";
import { OTHER_TOOLS_FIXTURES } from "../../support/other-tools.ts";
import { readAll, tempFolder } from "./temp-files.ts";

/**
 * Files written by the tools data staff use, read as those tools see them: the same
 * nodes (with their labels), the same edges (ends, direction, weights), nothing
 * dropped. The files are written here by Debian's networkx and python-igraph, and the
 * expected graph is what the same library says it wrote.
 */
const folder = tempFolder();
const TOOLS = OTHER_TOOLS_FIXTURES;

interface Written {
  nodes: { id: string; attributes: Record<string, unknown> }[];
  edges: { source: string; target: string; attributes: Record<string, unknown> }[];
  directed: boolean;
}

const WRITE = String.raw`
import json, sys, networkx as nx, igraph as ig
out = sys.argv[1]
def describe(G):
    return {"directed": G.is_directed(),
            "nodes": [{"id": str(n), "attributes": d} for n, d in G.nodes(data=True)],
            "edges": [{"source": str(u), "target": str(v), "attributes": d} for u, v, d in G.edges(data=True)]}
lesmis = nx.les_miserables_graph()
nx.write_graphml(lesmis, out + "/lesmis.graphml")
nx.write_gexf(lesmis, out + "/lesmis.gexf")
nx.write_gml(lesmis, out + "/lesmis.gml")
awkward = nx.DiGraph()
awkward.add_node("Sûreté de l'État", label='Le "S"', budget=12.5)
awkward.add_node("Zoë & co", label="Zoë & co", budget=3.0)
awkward.add_edge("Sûreté de l'État", "Zoë & co", weight=0.5, since="2020")
nx.write_graphml(awkward, out + "/awkward.graphml")
nx.write_gexf(awkward, out + "/awkward.gexf")
nx.write_gml(awkward, out + "/awkward.gml")
zachary = ig.Graph.Famous("Zachary")
zachary.vs["name"] = ["z%d" % i for i in range(zachary.vcount())]
zachary.es["weight"] = [float(i % 5) for i in range(zachary.ecount())]
zachary.write_graphml(out + "/zachary.igraph.graphml")
print(json.dumps({
  "lesmis": describe(lesmis), "awkward": describe(awkward),
  "zachary": {"directed": False,
              "nodes": [{"id": "n%d" % v.index, "attributes": {"name": v["name"]}} for v in zachary.vs],
              "edges": [{"source": "n%d" % e.source, "target": "n%d" % e.target, "attributes": {"weight": e["weight"]}} for e in zachary.es]},
}))
`;
/** Debian's interpreter, where python3-networkx and python3-igraph are installed (a pyenv shim may come first on PATH). */
const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
const written = JSON.parse(execFileSync(PYTHON, ["-c", WRITE, folder.dir], { encoding: "utf8" })) as { lesmis: Written; awkward: Written; zachary: Written };

async function read(name: string, dir = folder.dir) {
  const file = { path: path.join(dir, name), name };
  const detected = await detectFormat(file);
  return { format: "format" in detected ? detected.format : undefined, ...(await readAll(readRecords, file)) };
}

/** The graph a reader's records describe, in networkx's terms (GML numbers its nodes; its labels are the names). */
function asWritten(records: ImportRecord[], { byLabel = false } = {}): Written {
  const nodes = records.filter((record) => record.element === "node");
  const nameOf = new Map(nodes.map((node) => [node.data.id as string, String(byLabel ? node.data.label : node.data.id)]));
  const edges = records.filter((record) => record.element === "edge");
  const strip = (data: Record<string, unknown>, keys: string[]) => Object.fromEntries(Object.entries(data).filter(([key]) => !keys.includes(key)));
  return {
    directed: edges.every((edge) => edge.element === "edge" && edge.directed !== false),
    nodes: nodes.map((node) => ({ id: nameOf.get(node.data.id as string)!, attributes: strip(node.data, byLabel ? ["id", "label"] : ["id"]) })),
    edges: edges.map((edge) => ({
      source: nameOf.get(edge.data.source as string)!, target: nameOf.get(edge.data.target as string)!,
      attributes: strip(edge.data, ["id", "source", "target"]),
    })),
  };
}

describe("files written by networkx and igraph", () => {
  it("reads networkx's GraphML: no edge ids, undirected, weights and labels kept", async () => {
    const { format, records, problems } = await read("lesmis.graphml");
    expect(problems).toEqual([]);
    expect(format).toBe("graphml");
    expect(records.filter((record) => record.element === "edge").every((record) => record.data.id === undefined)).toBe(true);
    expect(asWritten(records)).toEqual(written.lesmis);
    expect(asWritten((await read("awkward.graphml")).records)).toEqual(written.awkward);
  });

  it("reads networkx's GEXF the same, edge ids aside", async () => {
    const { format, records, problems } = await read("lesmis.gexf");
    expect(problems).toEqual([]);
    expect(format).toBe("gexf");
    const lesmis = asWritten(records);
    // networkx writes each node's name as its label too.
    expect(lesmis).toEqual({ ...written.lesmis, nodes: written.lesmis.nodes.map((node) => ({ ...node, attributes: { label: node.id } })) });
    expect(asWritten((await read("awkward.gexf")).records)).toEqual(written.awkward);
  });

  it("reads networkx's GML: numbered nodes whose labels are the names, entities undone", async () => {
    const { format, records, problems } = await read("lesmis.gml");
    expect(problems).toEqual([]);
    expect(format).toBe("gml");
    expect(asWritten(records, { byLabel: true })).toEqual(written.lesmis);
    const awkward = await read("awkward.gml");
    expect(awkward.problems).toEqual([]);
    expect(awkward.records.map((record) => record.data.label)).toEqual(["Sûreté de l'État", "Zoë & co", undefined]);
    expect(asWritten(awkward.records, { byLabel: true }).edges).toEqual(written.awkward.edges);
    expect(asWritten(awkward.records).directed).toBe(true);
  });

  it("reads igraph's GraphML: ids n0…, the name in an attribute, weights", async () => {
    const { records, problems } = await read("zachary.igraph.graphml");
    expect(problems).toEqual([]);
    expect(asWritten(records)).toEqual(written.zachary);
  });

  it("reads the stored files of every tool with the counts networkx gives", async () => {
    const facts = JSON.parse(readFileSync(path.join(TOOLS, "facts.json"), "utf8")) as Record<string, { files: string[]; nodes: number; edges: number }>;
    for (const [graph, fact] of Object.entries(facts)) {
      for (const name of fact.files.filter((file) => !file.includes("reciprocal"))) {
        const { records, problems } = await read(name, TOOLS);
        expect(problems, name).toEqual([]);
        const edges = records.filter((record) => record.element === "edge");
        expect(edges, `${graph} ${name}`).toHaveLength(fact.edges);
        expect(edges.every((edge) => edge.element === "edge" && edge.directed === false), name).toBe(true);
        // An edge list names its nodes only through its edges.
        const ends = new Set(edges.flatMap((edge) => [edge.data.source, edge.data.target]));
        expect(name.endsWith(".csv") ? ends.size : records.length - edges.length, name).toBe(fact.nodes);
      }
    }
  });
});
