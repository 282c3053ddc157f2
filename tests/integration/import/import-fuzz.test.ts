import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphModel } from "../../../server/model/graph-model.ts";
import type { GraphDatabase } from "../../../server/neo4j/database.ts";
import { openSeededDatabase } from "../../support/database.ts";
import { snapshotGraph, type GraphSnapshot } from "../../support/graph-snapshot.ts";
import { startTestServer, type TestServer } from "../../support/server.ts";

/**
 * Malformed imports, generated: whatever is wrong and wherever it is, the answer is never
 * a 500, nothing is written, and the report names the element's row and field.
 */
let db: GraphDatabase;
let model: GraphModel;
let api: TestServer;
let seed: GraphSnapshot;

beforeAll(async () => {
  ({ db, model } = await openSeededDatabase());
  api = await startTestServer({ db, model });
  seed = await snapshotGraph(db);
});
afterAll(async () => {
  await api.close();
  await db.close();
});

type Data = Record<string, unknown>;
interface Graph { nodes: { data: Data }[]; edges: { data: Data }[] }

/** A valid graph of services and partners tied by DISSEMINATES_TO, some to the seed's services. */
const validGraph = fc.record({
  services: fc.integer({ min: 1, max: 4 }),
  partners: fc.integer({ min: 1, max: 4 }),
  ties: fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }),
}).map(({ services, partners, ties }): Graph => {
  const nodes = [
    ...Array.from({ length: services }, (_, i) => ({ data: { id: `fz-s${i}`, kind: "Service", nameFr: `Service ${i}` } as Data })),
    ...Array.from({ length: partners }, (_, i) => ({
      data: { id: `fz-p${i}`, kind: "Partner", scope: "national", nameFr: `Partenaire ${i}` } as Data,
    })),
  ];
  const edges = ties.map(([s, p], i) => ({
    data: { id: `fz-e${i}`, source: `fz-s${s % services}`, target: `fz-p${p % partners}`, type: "DISSEMINATES_TO" } as Data,
  }));
  return { nodes, edges };
});

/** One fault, put into one element; `field` is where the report must point (undefined: the element itself). */
interface Fault { element: "nodes" | "edges"; field?: string; apply(data: Data, graph: Graph): unknown }
const faults: Fault[] = [
  { element: "nodes", field: "kind", apply: (d) => ({ ...d, kind: "Spaceship" }) },
  { element: "nodes", field: "name", apply: ({ nameFr: _, ...d }) => d },
  { element: "nodes", field: "nameFr", apply: (d) => ({ ...d, nameFr: 42 }) },
  { element: "nodes", field: "nameFr", apply: (d) => ({ ...d, nameFr: "x".repeat(301) }) },
  { element: "nodes", field: "validFrom", apply: (d) => ({ ...d, validFrom: "2021-02-29" }) },
  { element: "nodes", field: "validTo", apply: (d) => ({ ...d, validTo: "31/12/2020" }) },
  { element: "nodes", field: "classification", apply: (d) => ({ ...d, classification: "TOP" }) },
  { element: "nodes", field: "scope", apply: (d) => ({ ...d, kind: "Partner", scope: "galactic" }) },
  { element: "nodes", field: "id", apply: (d) => ({ ...d, id: "bad id!" }) },
  { element: "nodes", field: "id", apply: (d, g) => ({ ...d, id: g.nodes[0]!.data.id }) },
  { element: "nodes", field: "__proto__", apply: (d) => JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(d).slice(1)}`) },
  { element: "nodes", apply: () => "not an object" },
  { element: "edges", field: "type", apply: (d) => ({ ...d, type: "LIKES" }) },
  { element: "edges", field: "type", apply: (d) => ({ ...d, type: "DEFINES" }) },
  { element: "edges", field: "target", apply: (d) => ({ ...d, target: "nowhere-at-all" }) },
  { element: "edges", field: "source", apply: ({ source: _, ...d }) => d },
  { element: "edges", field: "confidence", apply: (d) => ({ ...d, confidence: 3 }) },
];

describe("malformed imports", () => {
  it("never answer 500, never write, and always name the row and field", async () => {
    await fc.assert(
      fc.asyncProperty(validGraph, fc.nat(), fc.nat(), async (graph, pick, at) => {
        const fault = faults[pick % faults.length]!;
        const list = graph[fault.element];
        const row = fault.field === "id" && fault.apply.length === 2 ? Math.max(1, at % list.length) : at % list.length;
        if (fault.field === "id" && fault.apply.length === 2 && list.length < 2) return;
        const broken = list.map((element, i) => (i === row ? (typeof fault.apply(element.data, graph) === "string"
          ? fault.apply(element.data, graph) : { data: fault.apply(element.data, graph) }) : element));
        const body = JSON.stringify({ ...graph, [fault.element]: broken });
        const { status, body: report } = await api.request("/api/imports?wait=true", {
          method: "POST", headers: { "content-type": "application/json" }, body,
        });
        expect(status).toBe(422);
        expect(report.status).toBe("rejected");
        const named = report.errors.some((error: { pointer?: string; field?: string }) =>
          error.pointer === `${fault.element}[${row}]` && (fault.field === undefined || error.field?.endsWith(fault.field)));
        expect(named, JSON.stringify(report.errors)).toBe(true);
        expect(JSON.stringify(report)).not.toMatch(/\bat .*\.ts:\d+|neo4j-driver|MATCH \(/);
      }),
      { numRuns: 40 },
    );
    expect(await snapshotGraph(db)).toEqual(seed);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 300_000);

  it("answer bytes that are no graph at all with a problem, never a 500, and write nothing", async () => {
    const types = ["application/json", "text/csv", "application/xml", "application/zip"];
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.constantFrom(...types), async (bytes, type) => {
        const { status, body } = await api.request("/api/imports?wait=true", {
          method: "POST", headers: { "content-type": type }, body: Buffer.from(bytes),
        });
        expect([200, 400, 413, 422]).toContain(status);
        if (status === 422) expect(body.errors.length).toBeGreaterThan(0);
        if (status === 200) expect(body.created).toEqual({ nodes: 0, edges: 0 });
      }),
      { numRuns: 60 },
    );
    expect(await snapshotGraph(db)).toEqual(seed);
  }, 300_000);
});
