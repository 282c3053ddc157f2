import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeNodesCsv, writeRelationshipsCsv } from "../../../server/export/csv-writer.ts";
import { writeGraphml } from "../../../server/export/graphml-writer.ts";
import { writeJson } from "../../../server/export/json-writer.ts";
import { readRecords } from "../../../server/import/formats/detect.ts";
import type { PropertySpec } from "../../../contract/model.ts";
import { fromArray, memorySink, model, readAll, tempFolder } from "./temp-files.ts";

const folder = tempFolder();
type Data = Record<string, unknown>;

/** Characters that trip up CSV, XML and spreadsheets, mixed with any other text. */
const awkward = fc.constantFrom(",", '"', "'", "\n", "\r", "\r\n", "\t", ";", "=", "+", "-", "@", "<", "&", ">", "]]>", " ", "é", "日本", "🎉", "\u00a0", "\u0085");
const unit = fc.oneof(awkward, fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }));

/** XML 1.0 cannot carry C0 controls other than tab and line breaks, nor U+FFFE and U+FFFF. */
const xmlCarries = (value: string) =>
  [...value].every((char) => {
    const code = char.codePointAt(0)!;
    return (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) && code !== 0xfffe && code !== 0xffff;
  });

/** Text XML can carry, as every value in the database can; empty text is a missing value in CSV. */
const text = (maxLength: number) =>
  fc.array(unit, { minLength: 1, maxLength: 12 })
    .map((parts) => parts.join(""))
    .filter((value) => value.length <= maxLength && xmlCarries(value));

const instant = fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true });

function valueOf(spec: PropertySpec): fc.Arbitrary<unknown> {
  switch (spec.type) {
    case "string":
      return spec.enum ? fc.constantFrom(...spec.enum) : text(spec.maxLength ?? 300);
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.maxSafeInteger();
    case "float":
      return fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));
    case "date":
      return instant.map((date) => date.toISOString().slice(0, 10));
    case "datetime":
      return instant.map((date) => date.toISOString());
  }
}

function propertiesOf(specs: PropertySpec[]): fc.Arbitrary<Data> {
  return fc.record(Object.fromEntries(specs.map((spec) => [spec.name, valueOf(spec)])), {
    requiredKeys: specs.filter((spec) => spec.required).map((spec) => spec.name),
  }) as fc.Arbitrary<Data>;
}

const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,15}$/);

const node: fc.Arbitrary<Data> = fc.constantFrom(...model.kindIds).chain((kind) =>
  fc.tuple(id, propertiesOf(model.nodePropertySpecs(kind))).map(([nodeId, properties]) => ({ id: nodeId, kind, ...properties })));

const edge: fc.Arbitrary<Data> = fc.constantFrom(...model.relationshipTypeIds).chain((type) =>
  fc.tuple(id, id, id, propertiesOf(model.relationshipPropertySpecs(type)))
    .map(([edgeId, source, target, properties]) => ({ id: edgeId, source, target, type, ...properties })));

const graph = fc.record({
  nodes: fc.uniqueArray(node, { maxLength: 8, selector: (data) => data.id }),
  edges: fc.uniqueArray(edge, { maxLength: 8, selector: (data) => data.id }),
});

async function written(write: (out: ReturnType<typeof memorySink>["stream"]) => Promise<void>): Promise<Buffer> {
  const sink = memorySink();
  await write(sink.stream);
  return sink.bytes();
}

async function readBack(name: string, content: Buffer) {
  const { records, problems } = await readAll(readRecords, folder.file(name, content));
  expect(problems).toEqual([]);
  return {
    nodes: records.filter((record) => record.element === "node").map((record) => record.data),
    edges: records.filter((record) => record.element === "edge").map((record) => record.data),
  };
}

describe("every export reads back exactly", () => {
  it("as JSON", async () => {
    await fc.assert(fc.asyncProperty(graph, async ({ nodes, edges }) => {
      const json = await written((out) => writeJson(fromArray(nodes), fromArray(edges), out));
      expect(await readBack("graph.json", json)).toEqual({ nodes, edges });
    }), { numRuns: 60 });
  });

  it("as a pair of neo4j-admin CSV files", async () => {
    await fc.assert(fc.asyncProperty(graph, async ({ nodes, edges }) => {
      const nodesCsv = await written((out) => writeNodesCsv(model, fromArray(nodes), out));
      const relationshipsCsv = await written((out) => writeRelationshipsCsv(model, fromArray(edges), out));
      expect((await readBack("nodes.csv", nodesCsv)).nodes).toEqual(nodes);
      expect((await readBack("relationships.csv", relationshipsCsv)).edges).toEqual(edges);
    }), { numRuns: 60 });
  });

  it("as GraphML", async () => {
    await fc.assert(fc.asyncProperty(graph, async ({ nodes, edges }) => {
      const xml = await written((out) => writeGraphml(model, fromArray(nodes), fromArray(edges), out));
      expect(await readBack("graph.graphml", xml)).toEqual({ nodes, edges });
    }), { numRuns: 60 });
  });
});
