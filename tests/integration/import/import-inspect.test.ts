import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphModel } from "../../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { openTestDatabase } from "../../support/database.ts";
import { snapshotGraph } from "../../support/graph-snapshot.ts";
import { createTestUser, startTestServer, type TestClient, type TestServer } from "../../support/server.ts";
import { OTHER_TOOLS_FIXTURES } from "../../support/other-tools.ts";

const OTHER_TOOLS = OTHER_TOOLS_FIXTURES;
const facts = JSON.parse(await readFile(path.join(OTHER_TOOLS, "facts.json"), "utf8")) as Record<string, { nodes: number; edges: number }>;

let db: GraphDatabase;
let model: GraphModel;
let api: TestServer;

beforeAll(async () => {
  ({ db, model } = await openTestDatabase());
  api = await startTestServer({ db, model, security: { importsPerHour: 1 } });
});
afterAll(async () => {
  await api.close();
  await db.close();
});

async function inspect(files: { name: string; text: string }[], query = "lang=fr", client: TestClient = api) {
  const form = new FormData();
  for (const file of files) form.append("file", new Blob([file.text]), file.name);
  return client.request(`/api/imports/inspect?${query}`, { method: "POST", body: form });
}

const fixture = async (name: string) => ({ name, text: await readFile(path.join(OTHER_TOOLS, name), "utf8") });

describe("POST /api/imports/inspect", () => {
  it("profiles an igraph GraphML and proposes its name attribute as the name in the asked language", async () => {
    const { status, body } = await inspect([await fixture("kite.igraph.graphml")]);
    expect(status).toBe(200);
    const [profile] = body.files;
    expect(profile).toMatchObject({ name: "kite.igraph.graphml", format: "graphml", nodes: facts.kite!.nodes });
    expect(profile.nodeAttributes).toEqual([
      { name: "name", count: 10, samples: ["k0", "k1", "k2", "k3", "k4"], distinct: 10, distinctCapped: false },
    ]);
    expect(body.proposal.nodes.properties).toEqual({ nameFr: "name" });
    const dutch = await inspect([await fixture("kite.igraph.graphml")], "lang=nl");
    expect(dutch.body.proposal.nodes.properties).toEqual({ nameNl: "name" });
  });

  it("proposes a kind table from the bipartite column of a networkx GraphML, the ids as names", async () => {
    const { body } = await inspect([await fixture("davis.networkx.graphml")], "lang=en");
    expect(body.files[0]).toMatchObject({ nodes: facts.davis!.nodes, nodeAttributes: [expect.objectContaining({ name: "bipartite", count: 32, distinct: 2 })] });
    expect(body.proposal.nodes).toEqual({ properties: { nameEn: "@id" }, kind: { from: "bipartite", values: {} } });
    expect(body.values.nodes.bipartite.sort()).toEqual(["0", "1"]);
  });

  it("fills a kind table with the values naming a model kind, by id or by name in any language, and leaves the others", async () => {
    const nodes = [["a", "Service", "Alpha"], ["b", "Partenaire", "Beta"], ["c", "dienst", "Gamma"], ["d", "Overlegorgaan", "Delta"], ["e", "Service", "Eta"]]
      .map(([id, category, label]) => ({ data: { id, category, label } }));
    const { body } = await inspect([{ name: "graph.json", text: JSON.stringify({ nodes, edges: [] }) }]);
    expect(body.files[0]).toMatchObject({ format: "json", nodes: 5, edges: 0 });
    expect(body.proposal.nodes.kind).toEqual({ from: "category", values: { Service: "Service", Partenaire: "Partner", Overlegorgaan: "Body" } });
    expect(body.values.nodes.category).toEqual(["Service", "Partenaire", "dienst", "Overlegorgaan"]);
    expect(body.proposal.nodes.properties).toEqual({ nameFr: "label" });
    expect(body.proposal.edges).toBeUndefined();
  });

  it("counts each file's edges and their attributes, and proposes cooperation as the type when no column gives one", async () => {
    const nodes = ["a", "b", "c"].map((id) => ({ data: { id, kind: "Service", nameFr: id } }));
    const edges = [["ab", "a", "b", 3], ["bc", "b", "c", 3], ["ca", "c", "a", 1]].map(([id, source, target, weight]) => ({ data: { id, source, target, weight } }));
    const { body } = await inspect([
      { name: "nodes.json", text: JSON.stringify({ nodes, edges: [] }) }, { name: "edges.json", text: JSON.stringify({ nodes: [], edges }) },
    ]);
    expect(body.files.map((file: { nodes: number; edges: number }) => [file.nodes, file.edges])).toEqual([[3, 0], [0, 3]]);
    expect(body.files[1].edgeAttributes).toEqual([{ name: "weight", count: 3, samples: [3, 1], distinct: 2, distinctCapped: false }]);
    expect(body.proposal).toEqual({ edges: { type: "COOPERATES_WITH" } });
  });

  it("proposes nodes made from the ends of an edge list without nodes, named by their ids", async () => {
    const edges = [{ data: { id: "ab", source: "a", target: "b" } }];
    const { body } = await inspect([{ name: "edges.json", text: JSON.stringify({ nodes: [], edges }) }], "lang=nl");
    expect(body.proposal).toEqual({ nodes: { fromEdges: true, properties: { nameNl: "@id" } }, edges: { type: "COOPERATES_WITH" } });
  });

  it("proposes nothing for files in the product's own shape", async () => {
    const json = { nodes: [{ data: { id: "x", kind: "Service", nameFr: "X" } }, { data: { id: "y", kind: "Partner", nameFr: "Y" } }],
      edges: [{ data: { id: "xy", source: "x", target: "y", type: "COOPERATES_WITH" } }] };
    const { body } = await inspect([{ name: "graph.json", text: JSON.stringify(json) }]);
    expect(body.files[0]).toMatchObject({ format: "json", nodes: 2, edges: 1 });
    expect(body.proposal).toEqual({});
  });

  it("stops counting distinct values at 1,000 and keeps five samples", async () => {
    const rows = Array.from({ length: 1_200 }, (_, i) => `n${i},Service,Name ${i},${i % 7}`);
    const { body } = await inspect([{ name: "many.csv", text: ["id:ID,:LABEL,nameFr,group", ...rows].join("\n") }]);
    const byName = Object.fromEntries(body.files[0].nodeAttributes.map((a: { name: string }) => [a.name, a]));
    expect(byName.nameFr).toMatchObject({ count: 1_200, distinct: 1_000, distinctCapped: true, samples: ["Name 0", "Name 1", "Name 2", "Name 3", "Name 4"] });
    expect(byName.group).toMatchObject({ count: 1_200, distinct: 7, distinctCapped: false });
  });

  it("writes nothing and does not count against the import rate limit", async () => {
    const before = await snapshotGraph(db);
    for (let i = 0; i < 3; i++) expect((await inspect([await fixture("kite.igraph.graphml")])).status).toBe(200);
    expect(await snapshotGraph(db)).toEqual(before);
  });

  it("takes a bare body as an import does, named by the query", async () => {
    const json = { nodes: [{ data: { id: "x", kind: "Service", label: "Ecks" } }], edges: [] };
    const { status, body } = await api.request("/api/imports/inspect?lang=en&name=one.json", {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(json),
    });
    expect(status).toBe(200);
    expect(body.files[0]).toMatchObject({ name: "one.json", format: "json", nodes: 1 });
    expect(body.proposal).toEqual({ nodes: { properties: { nameEn: "label" } } });
  });

  it("reports a file it cannot read as a problem naming the file", async () => {
    const { status, body } = await inspect([{ name: "notes.csv", text: "just,some,words\n1,2,3" }]);
    expect(status).toBe(200);
    expect(body.files[0]).toMatchObject({ name: "notes.csv", nodes: 0, edges: 0 });
    expect(body.problems[0]).toMatchObject({ file: "notes.csv", line: 1 });
  });

  it("is for data staff and admins only, and refuses what the upload refuses", async () => {
    const analyst = await createTestUser(db, { role: "analyst" });
    const dataStaff = await createTestUser(db, { role: "data" });
    expect((await inspect([await fixture("kite.igraph.graphml")], "lang=fr", api.as(analyst.token))).status).toBe(403);
    expect((await inspect([await fixture("kite.igraph.graphml")], "lang=fr", api.as(dataStaff.token))).status).toBe(200);
    expect((await inspect([await fixture("kite.igraph.graphml")], "lang=fr", api.as(null))).status).toBe(401);
    const bad = await api.request("/api/imports/inspect", { method: "POST", headers: { "content-type": "image/png" }, body: "x" });
    expect(bad.status).toBe(415);
    expect((await inspect([await fixture("kite.igraph.graphml")], "lang=de")).status).toBe(400);
  });
});
