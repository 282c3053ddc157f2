import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GraphModel } from "../../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { openTestDatabase, resetToSeed } from "../../support/database.ts";
import { snapshotGraph } from "../../support/graph-snapshot.ts";
import { startTestServer, type TestServer } from "../../support/server.ts";

let db: GraphDatabase;
let model: GraphModel;
let api: TestServer;

beforeAll(async () => {
  ({ db, model } = await openTestDatabase());
  api = await startTestServer({ db, model, importLimits: { maxFileBytes: 2 * 1024 * 1024 } });
});
afterAll(async () => {
  await resetToSeed(db, model);
  await api.close();
  await db.close();
});
beforeEach(() => resetToSeed(db, model));

const service = (id: string, extra: Record<string, unknown> = {}) => ({ data: { id, kind: "Service", nameFr: `Service ${id}`, ...extra } });
const edge = (id: string, source: string, target: string, type: string, extra: Record<string, unknown> = {}) =>
  ({ data: { id, source, target, type, ...extra } });

function postJson(body: unknown, query = "wait=true") {
  return api.request(`/api/imports?${query}`, {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
  });
}

const graphVersion = async () => Number((await db.query("explore/graph-version"))[0]?.version ?? 0);

describe("POST /api/imports, merge mode", () => {
  it("creates new elements with provenance (source, import id, when, by whom) and reports them", async () => {
    const { status, body } = await postJson({
      nodes: [service("import-a"), service("import-b")],
      edges: [edge("import-a-b", "import-a", "import-b", "COOPERATES_WITH"), edge("import-a-vsse", "import-a", "vsse", "COOPERATES_WITH")],
    }, "wait=true&source=staff-sheet");
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "imported", created: { nodes: 2, edges: 2 }, updated: { nodes: 0, edges: 0 }, errorCount: 0 });
    const node = await api.get("/api/nodes/import-a");
    expect(node.body.data).toMatchObject({
      provenanceSource: "staff-sheet", provenanceImportId: body.id, provenanceLoadedBy: api.admin.username,
    });
    expect(Date.parse(node.body.data.provenanceLoadedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("changes nothing the second time the same file is imported, and says so", async () => {
    const file = { nodes: [service("import-a", { note: "first" })], edges: [edge("import-a-vsse", "import-a", "vsse", "COOPERATES_WITH")] };
    await postJson(file);
    const version = await graphVersion();
    const before = await snapshotGraph(db);
    const { body } = await postJson(file);
    expect(body).toMatchObject({ status: "imported", created: { nodes: 0, edges: 0 }, updated: { nodes: 0, edges: 0 }, unchanged: { nodes: 1, edges: 1 } });
    expect(body.message).toMatch(/Nothing changed/);
    expect(await snapshotGraph(db)).toEqual(before);
    expect(await graphVersion()).toBe(version);
  });

  it("updates an existing element to exactly the file's values, naming the changed fields", async () => {
    // An import changes only its own source's elements: the seed's, imported as the seed.
    const { body } = await postJson({ nodes: [{ data: { id: "sgrs", kind: "Service", nameFr: "SGRS renommé", acronymFr: "SGRS" } }], edges: [] },
      "wait=true&source=seed");
    expect(body.updated).toEqual({ nodes: 1, edges: 0 });
    expect(body.changes.updated[0]).toMatchObject({ id: "sgrs", element: "node" });
    expect(body.changes.updated[0].fields).toEqual(expect.arrayContaining(["nameFr", "nameNl"]));
    const node = await api.get("/api/nodes/sgrs");
    expect(node.body.data.nameFr).toBe("SGRS renommé");
    expect(node.body.data.nameNl).toBeUndefined();
  });

  it("moves a relationship whose ends or type changed", async () => {
    await postJson({ nodes: [service("import-a")], edges: [edge("moving", "import-a", "vsse", "COOPERATES_WITH")] });
    const { body } = await postJson({ nodes: [], edges: [edge("moving", "import-a", "sgrs", "MEETS_INFORMALLY")] });
    expect(body.changes.updated[0].fields).toEqual(expect.arrayContaining(["type", "target"]));
    const node = await api.get("/api/nodes/import-a/neighbourhood?depth=1");
    expect(node.body.edges.map((e: { data: { id: string; type: string; target: string } }) => e.data))
      .toEqual([expect.objectContaining({ id: "moving", type: "MEETS_INFORMALLY", target: "sgrs" })]);
  });
});

describe("a dry run", () => {
  it("reports what would be created, updated and left unchanged, and writes nothing", async () => {
    const before = await snapshotGraph(db);
    const { status, body } = await postJson({
      nodes: [service("dry-new"), { data: { id: "vsse", kind: "Service", nameFr: "VSSE bis" } }],
      edges: [edge("dry-edge", "dry-new", "vsse", "COOPERATES_WITH")],
    }, "wait=true&dryRun=true&source=seed");
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "dry-run", created: { nodes: 1, edges: 1 }, updated: { nodes: 1, edges: 0 } });
    expect(body.changes.updated[0].fields).toContain("nameFr");
    expect(await snapshotGraph(db)).toEqual(before);
  });
});

describe("replace mode", () => {
  it("makes the source's elements equal to the file and touches nothing of other sources", async () => {
    const first = {
      nodes: [service("r-a"), service("r-b"), service("r-c")],
      edges: [edge("r-a-b", "r-a", "r-b", "COOPERATES_WITH"), edge("r-b-c", "r-b", "r-c", "COOPERATES_WITH")],
    };
    await postJson(first, "wait=true&mode=replace&source=regional");
    const seedBefore = (await api.get("/api/nodes/sgrs")).body;
    const { body } = await postJson({ nodes: [service("r-a"), service("r-b")], edges: [edge("r-a-b", "r-a", "r-b", "COOPERATES_WITH")] },
      "wait=true&mode=replace&source=regional");
    expect(body).toMatchObject({ status: "imported", deleted: { nodes: 1, edges: 1 }, unchanged: { nodes: 2, edges: 1 } });
    expect(body.changes.deleted.map((c: { id: string }) => c.id).sort()).toEqual(["r-b-c", "r-c"]);
    expect((await api.get("/api/nodes/r-c")).status).toBe(404);
    expect((await api.get("/api/nodes/sgrs")).body).toEqual(seedBefore);
  });

  it("refuses to delete a node another source's relationship still uses, naming it, and writes nothing", async () => {
    await postJson({ nodes: [service("r-a"), service("r-b")], edges: [] }, "wait=true&mode=replace&source=regional");
    await postJson({ nodes: [], edges: [edge("other-b", "sgrs", "r-b", "COOPERATES_WITH")] }, "wait=true&source=other");
    const before = await snapshotGraph(db);
    const { status, body } = await postJson({ nodes: [service("r-a")], edges: [] }, "wait=true&mode=replace&source=regional");
    expect(status).toBe(422);
    expect(body.status).toBe("rejected");
    expect(body.errors[0].message).toMatch(/"r-b".*"other-b".*source "other"/);
    expect(await snapshotGraph(db)).toEqual(before);
  });

  it("needs a source", async () => {
    const { status, body } = await postJson({ nodes: [], edges: [] }, "wait=true&mode=replace");
    expect(status).toBe(400);
    expect(body.errors[0].path).toBe("source");
  });
});

describe("validation before any write", () => {
  it("reports every problem at once with file, row and field, and writes nothing", async () => {
    const before = await snapshotGraph(db);
    const { status, body } = await postJson({
      nodes: [
        service("v-a"),
        service("v-a"),
        { data: { id: "v-x", kind: "Spaceship", nameFr: "x" } },
        service("v-d", { validFrom: "2020-02-30" }),
        { data: { id: "v-e", kind: "Service" } },
        service("v-f", { note: "x".repeat(2001) }),
        service("v-g", { number: "three" }),
      ],
      edges: [
        edge("v-e1", "v-a", "ghost", "COOPERATES_WITH"),
        edge("v-e2", "v-a", "sgrs", "DEFINES"),
        edge("v-e3", "v-a", "vsse", "LIKES"),
      ],
    });
    expect(status).toBe(422);
    const found = body.errors.map((e: { pointer: string; field?: string }) => `${e.pointer}.${e.field ?? ""}`);
    expect(found).toEqual(expect.arrayContaining([
      "nodes[1].id", "nodes[2].kind", "nodes[3].validFrom", "nodes[4].name", "nodes[5].note",
      "edges[0].target", "edges[1].type", "edges[2].type",
    ]));
    expect(body.errors.every((e: { file: string; message: string }) => e.file === "upload.json" && e.message.length > 0)).toBe(true);
    // An attribute the model does not define is left out with one warning, not refused.
    expect(found).not.toContain("nodes[6].number");
    expect(body.warnings).toEqual([expect.objectContaining({ code: "unused-attribute", element: "node", attribute: "number", count: 1, samples: ["three"] })]);
    expect(await snapshotGraph(db)).toEqual(before);
  });

  it("refuses a body that is not JSON, CSV, GraphML or a zip, and one over the size limit", async () => {
    const wrongType = await api.request("/api/imports", { method: "POST", headers: { "content-type": "image/png" }, body: "x" });
    expect(wrongType.status).toBe(415);
    const big = await api.request("/api/imports", {
      method: "POST", headers: { "content-type": "application/json" }, body: `{"nodes":[${"1,".repeat(1_100_000)}1]}`,
    });
    expect(big.status).toBe(413);
    expect(big.body.detail).toMatch(/larger than the 2 MB limit/);
  });

  it("names the position of a JSON syntax error", async () => {
    const { status, body } = await api.request("/api/imports?wait=true", {
      method: "POST", headers: { "content-type": "application/json" }, body: '{"nodes": [{"data": {"id": "a",}}]}',
    });
    expect(status).toBe(422);
    expect(body.errors[0].file).toBe("upload.json");
    expect(body.errors[0].message.length).toBeGreaterThan(0);
  });
});

describe("files, jobs and history", () => {
  it("takes a multipart upload of a CSV pair and follows the job to its report", async () => {
    const form = new FormData();
    form.append("files", new Blob(["id:ID,:LABEL,nameFr,validFrom:date\r\nm-a,Entity;Service,\"Service, A\",2024-01-01\r\n"]), "nodes.csv");
    form.append("files", new Blob(["id,:START_ID,:END_ID,:TYPE\r\nm-a-vsse,m-a,vsse,COOPERATES_WITH\r\n"]), "relationships.csv");
    const started = await api.request("/api/imports?source=csv-upload", { method: "POST", body: form });
    expect(started.status).toBe(202);
    expect(started.headers.get("location")).toBe(`/api/imports/${started.body.id}`);
    let job = started.body;
    while (job.state !== "done") {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = (await api.get(`/api/imports/${started.body.id}`)).body;
    }
    expect(job.report).toMatchObject({ status: "imported", created: { nodes: 1, edges: 1 } });
    expect(job.report.files.map((f: { name: string; format: string }) => [f.name, f.format]))
      .toEqual([["nodes.csv", "csv-nodes"], ["relationships.csv", "csv-relationships"]]);
    expect((await api.get("/api/nodes/m-a")).body.data).toMatchObject({ nameFr: "Service, A", validFrom: "2024-01-01" });

    const history = await api.get("/api/imports");
    expect(history.body.imports[0]).toMatchObject({
      id: started.body.id, status: "imported", user: api.admin.username, source: "csv-upload",
      files: [expect.objectContaining({ name: "nodes.csv" }), expect.objectContaining({ name: "relationships.csv" })],
      created: { nodes: 1, edges: 1 },
    });
  });

  it("answers 404 for an unknown job", async () => {
    expect((await api.get("/api/imports/00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });
});

describe("GET /api/data-quality", () => {
  it("lists orphans, names missing a language and relationships without a source document", async () => {
    await postJson({ nodes: [service("lonely")], edges: [edge("undocumented", "sgrs", "vsse", "MEETS_INFORMALLY")] });
    const { status, body } = await api.get("/api/data-quality?lang=en");
    expect(status).toBe(200);
    expect(body.orphans.items).toContainEqual({ id: "lonely", kind: "Service", name: "Service lonely" });
    expect(body.missingNames.items).toContainEqual(expect.objectContaining({ id: "lonely", missing: ["nl", "en"] }));
    expect(body.edgesWithoutProvenance.items).toContainEqual({ id: "undocumented", type: "MEETS_INFORMALLY", source: "sgrs", target: "vsse" });
    expect(body.orphans.total).toBeGreaterThanOrEqual(1);
  });
});
