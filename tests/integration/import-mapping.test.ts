import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { GraphModel } from "../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../server/neo4j/database.ts";
import { openTestDatabase, resetToSeed } from "../support/database.ts";
import { snapshotGraph } from "../support/graph-snapshot.ts";
import { startTestServer, type TestServer } from "../support/server.ts";
import { OTHER_TOOLS_FIXTURES } from "../support/other-tools.ts";

/**
 * Files written by other tools, imported through a mapping: by the API (a multipart part
 * named mapping) and by the command line (--mapping FILE). Counts come from facts.json.
 */
const OTHER_TOOLS = OTHER_TOOLS_FIXTURES;
const facts = JSON.parse(readFileSync(path.join(OTHER_TOOLS, "facts.json"), "utf8")) as Record<string, { nodes: number; edges: number }>;

let db: GraphDatabase;
let model: GraphModel;
let api: TestServer;
let scratch: string;

beforeAll(async () => {
  ({ db, model } = await openTestDatabase());
  await resetToSeed(db, model);
  api = await startTestServer({ db, model });
  scratch = mkdtempSync(path.join(tmpdir(), "import-mapping-"));
});
afterAll(async () => {
  await resetToSeed(db, model);
  await api.close();
  await db.close();
  rmSync(scratch, { recursive: true, force: true });
});

const KITE_MAPPING = {
  nodes: { kind: "Service", id: { prefix: "kite-" }, properties: { nameEn: "name" } },
  edges: { type: "COOPERATES_WITH" },
};
const DAVIS_MAPPING = {
  nodes: { kind: { from: "bipartite", values: { 0: "Service", 1: "Body" } }, id: { prefix: "davis-" }, properties: { nameEn: "@id" } },
  edges: { type: "PARTICIPATES_IN" },
};

/** The mapping goes as a text field, or (asFile) as a file part named mapping, as a browser sends a chosen file. */
function postWithMapping(fileName: string, mapping: unknown, query = "wait=true", asFile = false) {
  const form = new FormData();
  form.append("files", new Blob([readFileSync(path.join(OTHER_TOOLS, fileName))]), fileName);
  const text = typeof mapping === "string" ? mapping : JSON.stringify(mapping);
  if (asFile) form.append("mapping", new Blob([text], { type: "application/json" }), "mapping.json");
  else form.append("mapping", text);
  return api.request(`/api/imports?${query}`, { method: "POST", body: form });
}

describe("POST /api/imports with a mapping", () => {
  it("imports igraph's kite (no edge ids) through the mapping, and a second import changes nothing", async () => {
    const dry = await postWithMapping("kite.igraph.graphml", KITE_MAPPING, "wait=true&dryRun=true&source=kite");
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ status: "dry-run", created: { nodes: facts.kite!.nodes, edges: facts.kite!.edges }, warnings: [] });

    const first = await postWithMapping("kite.igraph.graphml", KITE_MAPPING, "wait=true&source=kite");
    expect(first.body).toMatchObject({ status: "imported", created: { nodes: 10, edges: 18 } });
    expect((await api.get("/api/nodes/kite-n0")).body.data).toMatchObject({ kind: "Service", nameEn: "k0", provenanceSource: "kite" });

    const before = await snapshotGraph(db);
    const again = await postWithMapping("kite.igraph.graphml", KITE_MAPPING, "wait=true&source=kite", true);
    expect(again.body.files).toHaveLength(1);
    expect(again.body).toMatchObject({ status: "imported", created: { nodes: 0, edges: 0 }, updated: { nodes: 0, edges: 0 }, unchanged: { nodes: 10, edges: 18 } });
    expect(await snapshotGraph(db)).toEqual(before);
  });

  it("says once per attribute what the mapping leaves out, in the dry run", async () => {
    const { body } = await postWithMapping("random60.igraph.graphml", {
      nodes: { kind: "Service", id: { prefix: "r60-" }, properties: { nameEn: "name" } }, edges: { type: "COOPERATES_WITH" },
    }, "wait=true&dryRun=true");
    expect(body).toMatchObject({ status: "dry-run", created: { nodes: facts.random60!.nodes, edges: facts.random60!.edges } });
    expect(body.warnings).toEqual([expect.objectContaining({
      code: "unused-attribute", element: "edge", attribute: "weight", count: facts.random60!.edges, file: "random60.igraph.graphml",
    })]);
  });

  it("refuses a kind value the table lacks once per node, grouped, naming the column, the value and the table", async () => {
    const before = await snapshotGraph(db);
    const { status, body } = await postWithMapping("davis.networkx.graphml", {
      ...DAVIS_MAPPING, nodes: { ...DAVIS_MAPPING.nodes, kind: { from: "bipartite", values: { 0: "Service" } } },
    });
    expect(status).toBe(422);
    expect(body.problemGroups).toEqual([{ code: "unknown-value", count: 14 }]);
    expect(body.errors[0]).toMatchObject({ field: "bipartite", message: expect.stringContaining('the value "1" of "bipartite"') });
    expect(body.errors[0].message).toContain('"0" → Service');
    expect(await snapshotGraph(db)).toEqual(before);
  });

  it("answers 422 for a mapping naming what the model lacks and 400 for one that is not a mapping, each error with its path", async () => {
    const unknown = await postWithMapping("kite.igraph.graphml", { nodes: { kind: "Service", properties: { nameFX: "name" } }, edges: { type: "KNOWS" } });
    expect(unknown.status).toBe(422);
    expect(unknown.headers.get("content-type")).toMatch(/problem\+json/);
    expect(unknown.body.errors.map((error: { path: string }) => error.path)).toEqual(["mapping.nodes.properties.nameFX", "mapping.edges.type"]);
    expect(unknown.body.errors[0].message).toContain("nameFr");
    expect(unknown.body.errors[1].message).toContain("COOPERATES_WITH");
    const broken = await postWithMapping("kite.igraph.graphml", "{nodes");
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].path).toBe("mapping");
  });
});

function importCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const neo4j = inject("neo4j");
  const child = spawn("node_modules/.bin/tsx", ["server/cli/import.ts", ...args], {
    env: {
      PATH: process.env.PATH, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database, LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => (stdout += chunk));
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
}

describe("npm run import -- FILE --mapping mapping.json", () => {
  it("imports networkx's Davis women (kind from the bipartite column), warns about the ids it fitted, then changes nothing", async () => {
    const mappingFile = path.join(scratch, "davis.json");
    writeFileSync(mappingFile, JSON.stringify(DAVIS_MAPPING));
    const file = path.join(OTHER_TOOLS, "davis.networkx.graphml");
    const first = await importCli([file, "--mapping", mappingFile, "--source", "davis"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/created 32 entities and 89 relationships/);
    expect(first.stdout).toMatch(/warning \[ids-adjusted\]: \d+ ids were changed .*Evelyn Jefferson → davis-Evelyn-Jefferson/s);
    expect((await api.get("/api/nodes/davis-Evelyn-Jefferson")).body.data).toMatchObject({ kind: "Service", nameEn: "Evelyn Jefferson" });
    expect((await api.get("/api/nodes/davis-E1")).body.data).toMatchObject({ kind: "Body" });

    const again = await importCli([file, "--mapping", mappingFile, "--source", "davis"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Nothing changed: 32 entities and 89 relationships were already as the files say/);
  }, 180_000);

  it("refuses a mapping the model does not fit before reading anything: each path, exit 2", async () => {
    const mappingFile = path.join(scratch, "bad.json");
    writeFileSync(mappingFile, JSON.stringify({ nodes: { kind: "Spaceship" } }));
    const { code, stderr } = await importCli([path.join(OTHER_TOOLS, "kite.igraph.graphml"), "--mapping", mappingFile]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/mapping\.nodes\.kind: unknown kind "Spaceship"; the model has Service, Body/);
  }, 120_000);
});
