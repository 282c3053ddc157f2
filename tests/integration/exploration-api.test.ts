import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Elements } from "../../server/graph/elements.ts";
import type { GraphModel } from "../../server/model/graph-model.ts";
import { adjacency, bfsDistances } from "../support/reference.ts";
import { startSeededApp, type SeededApp } from "../support/seeded-app.ts";
import type { TestServer } from "../support/server.ts";

let model: GraphModel;
let api: TestServer;
let seed: Elements;

let app: SeededApp;

beforeAll(async () => {
  app = await startSeededApp();
  ({ model, api, seed } = app);
});
afterAll(() => app.close());

const ids = () => seed.nodes.map((n) => n.data.id);

describe("GET /api/graph", () => {
  it("answers the whole seed as Cytoscape elements, every edge joining two of its nodes", async () => {
    const { status, body } = await api.get("/api/graph");
    expect(status).toBe(200);
    expect(body.nodes.length).toBe(52);
    expect(body.truncated).toBe(false);
    const nodeIds = new Set(ids());
    for (const { data } of body.edges) {
      expect(nodeIds.has(data.source) && nodeIds.has(data.target), data.id).toBe(true);
      expect(model.relationshipType(data.type)).toBeDefined();
    }
    for (const { data } of body.nodes) expect(model.kind(data.kind), data.id).toBeDefined();
  });

  it("keeps exactly the kinds and relationship types asked for", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(model.kindIds, { minLength: 1 }),
        fc.subarray(model.relationshipTypeIds, { minLength: 1 }),
        async (kinds, types) => {
          const { body } = await api.get(`/api/graph?kinds=${kinds.join(",")}&types=${types.join(",")}`);
          const expectedNodes = seed.nodes.filter((n) => kinds.includes(n.data.kind)).map((n) => n.data.id).sort();
          expect(body.nodes.map((n: { data: { id: string } }) => n.data.id).sort()).toEqual(expectedNodes);
          const kept = new Set(expectedNodes);
          const expectedEdges = seed.edges
            .filter((e) => types.includes(e.data.type) && kept.has(e.data.source) && kept.has(e.data.target))
            .map((e) => e.data.id).sort();
          expect(body.edges.map((e: { data: { id: string } }) => e.data.id).sort()).toEqual(expectedEdges);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("names nodes in the language asked for", async () => {
    const nl = await api.get("/api/graph?kinds=Service&lang=nl");
    const sgrs = nl.body.nodes.find((n: { data: { id: string } }) => n.data.id === "sgrs");
    expect(sgrs.data.name).toBe("Algemene Dienst Inlichting en Veiligheid");
  });

  it("flags truncation when the limit cuts the graph", async () => {
    const { body } = await api.get("/api/graph?limit=5");
    expect(body).toMatchObject({ truncated: true, total: 52 });
    expect(body.nodes).toHaveLength(5);
  });
});

describe("GET /api/nodes/:id and its neighbourhood", () => {
  it("answers one node with the source lines its provenance names", async () => {
    const { status, body } = await api.get("/api/nodes/cns");
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ id: "cns", kind: "Body", acronymFr: "CNS" });
    expect(body.provenance.document).toBe("source-sgrs-cooperation.fr.txt");
    expect(body.provenance.excerpt.map((line: { text: string }) => line.text).join(" ")).toContain("Conseil National de Sécurité");
    expect(body.relationships.length).toBeGreaterThan(0);
  });

  it("reaches exactly the nodes within depth hops, at their breadth-first distance", async () => {
    const neighbours = adjacency(seed);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ids()), fc.integer({ min: 1, max: 3 }), async (id, depth) => {
        const { status, body } = await api.get(`/api/nodes/${id}/neighbourhood?depth=${depth}&limit=2000`);
        expect(status).toBe(200);
        const expected = [...bfsDistances(neighbours, id)].filter(([, d]) => d <= depth);
        const got = body.nodes.map((n: { data: { id: string; distance: number } }) => [n.data.id, n.data.distance]);
        expect(new Map(got)).toEqual(new Map(expected));
        expect(body.truncated).toBe(false);
      }),
      { numRuns: 40 },
    );
  });

  it("stops at the limit and says the result was truncated", async () => {
    const { body } = await api.get("/api/nodes/sgrs/neighbourhood?depth=2&limit=7");
    expect(body.nodes).toHaveLength(7);
    expect(body.truncated).toBe(true);
    expect(body.nodes[0].data).toMatchObject({ id: "sgrs", distance: 0 });
  });

  it("rejects a depth outside 1–3, naming the parameter", async () => {
    for (const depth of ["0", "4", "two"]) {
      const { status, type, body } = await api.get(`/api/nodes/sgrs/neighbourhood?depth=${depth}`);
      expect(status).toBe(400);
      expect(type).toContain("application/problem+json");
      expect(body.errors[0].path).toBe("depth");
    }
  });

  it("answers 404 problem+json for an unknown id", async () => {
    for (const path of ["/api/nodes/no-such-entity", "/api/nodes/no-such-entity/neighbourhood"]) {
      const { status, type, body } = await api.get(path);
      expect(status).toBe(404);
      expect(type).toContain("application/problem+json");
      expect(body).toMatchObject({ status: 404, title: "Not found" });
      expect(body.detail).toContain("no-such-entity");
    }
  });
});

describe("GET /api/search", () => {
  const cases: [string, string][] = [
    ["surete", "vsse"], ["Sûreté de l'État", "vsse"], ["ADIV", "sgrs"], ["adiv", "sgrs"], ["ocad", "ocam"],
    ["OCAM", "ocam"], ["CUTA", "ocam"], ["navo", "nato"], ["Crisiscentrum", "dgcc"], ["comite de suivi", "comite-suivi"],
  ];
  it.each(cases)("finds the right entity first for %j", async (q, id) => {
    const { body } = await api.get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(body.results[0]?.data.id).toBe(id);
  });

  it("ignores accents and case in any name, in any language", async () => {
    const names = seed.nodes.flatMap((n) =>
      ["nameFr", "nameNl", "nameEn"].map((key) => [n.data.id, String(n.data[key] ?? "")] as const))
      .filter(([, name]) => name.length > 0);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.boolean(), async ([id, name], upper) => {
        const plain = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
        const q = upper ? plain.toUpperCase() : plain.toLowerCase();
        const { body } = await api.get(`/api/search?q=${encodeURIComponent(q)}&limit=5`);
        expect(body.results.map((r: { data: { id: string } }) => r.data.id)).toContain(id);
      }),
      { numRuns: 40 },
    );
  });

  it("never fails on any text, Lucene syntax included", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 40, unit: "binary" }), async (q) => {
        const { status } = await api.get(`/api/search?q=${encodeURIComponent(q)}`);
        expect([200, 400]).toContain(status);
      }),
      { numRuns: 60 },
    );
    expect((await api.get(`/api/search?q=${encodeURIComponent('OR AND ~*"(:[')}`)).status).toBe(200);
  });

  it("rejects an empty query, naming q", async () => {
    const { status, body } = await api.get("/api/search?q=%20");
    expect(status).toBe(400);
    expect(body.errors[0].path).toBe("q");
  });
});

describe("GET /api/paths", () => {
  it("answers shortest paths whose length is the breadth-first distance", async () => {
    const neighbours = adjacency(seed);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ids()), fc.constantFrom(...ids()), async (from, to) => {
        fc.pre(from !== to);
        const { status, body } = await api.get(`/api/paths?from=${from}&to=${to}`);
        expect(status).toBe(200);
        const expected = bfsDistances(neighbours, from).get(to) ?? null;
        expect(body.length).toBe(expected);
        for (const path of body.paths) {
          expect(path.nodes[0]).toBe(from);
          expect(path.nodes.at(-1)).toBe(to);
          expect(path.edges).toHaveLength(expected ?? 0);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("answers 404 naming the parameter whose id is unknown", async () => {
    const { status, body } = await api.get("/api/paths?from=sgrs&to=atlantis");
    expect(status).toBe(404);
    expect(body.detail).toContain("to");
  });

  it("answers 400 when from is missing", async () => {
    const { status, body } = await api.get("/api/paths?to=sgrs");
    expect(status).toBe(400);
    expect(body.errors.map((e: { path: string }) => e.path)).toContain("from");
  });
});

describe("GET /api/model and /api/openapi.json", () => {
  it("serves the model the server validated", async () => {
    const { body } = await api.get("/api/model");
    expect(body.kinds.map((k: { id: string }) => k.id)).toEqual(model.kindIds);
  });

  it("serves an OpenAPI 3.1 document that lists every route", async () => {
    const { body } = await api.get("/api/openapi.json");
    expect(body.openapi).toBe("3.1.0");
    // Every route of the table is checked against the document in access-matrix.test.ts.
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining([
      "/api/data-quality", "/api/export", "/api/graph", "/api/health", "/api/imports", "/api/imports/{id}", "/api/model",
      "/api/nodes/{id}", "/api/nodes/{id}/neighbourhood", "/api/paths", "/api/queries", "/api/queries/{id}/run", "/api/ready",
      "/api/search", "/api/what-if", "/api/session", "/api/users", "/api/audit",
    ]));
    const depth = body.paths["/api/nodes/{id}/neighbourhood"].get.parameters.find((p: { name: string }) => p.name === "depth");
    expect(depth.schema).toMatchObject({ minimum: 1, maximum: 3 });
  });

  it("answers unknown API routes with problem+json 404", async () => {
    const { status, type } = await api.get("/api/nowhere");
    expect(status).toBe(404);
    expect(type).toContain("application/problem+json");
  });
});
