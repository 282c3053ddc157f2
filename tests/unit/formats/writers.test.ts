import { describe, expect, it } from "vitest";
import { writeNodesCsv, writeRelationshipsCsv } from "../../../server/export/csv-writer.ts";
import { writeGraphml } from "../../../server/export/graphml-writer.ts";
import { writeJson } from "../../../server/export/json-writer.ts";
import { readRecords } from "../../../server/import/formats/detect.ts";
import { fromArray, memorySink, model, readAll, tempFolder } from "./temp-files.ts";

const folder = tempFolder();

const manyNodes = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `n${i}`, kind: "Project", nameFr: `Projet ${i} — ${"x".repeat(60)}`, number: i }));

describe("writing exports", () => {
  it("writes Cytoscape elements JSON, one element per line", async () => {
    const sink = memorySink();
    await writeJson(fromArray([{ id: "a", kind: "Plan", name: "A" }]), fromArray([{ id: "e", source: "a", target: "a", type: "X" }]), sink.stream);
    expect(sink.text()).toBe('{"nodes":[\n{"data":{"id":"a","kind":"Plan","name":"A"}}\n],"edges":[\n{"data":{"id":"e","source":"a","target":"a","type":"X"}}\n]}\n');
    expect(JSON.parse(sink.text())).toEqual({ nodes: [{ data: { id: "a", kind: "Plan", name: "A" } }], edges: [{ data: { id: "e", source: "a", target: "a", type: "X" } }] });
  });

  it("waits for a slow reader instead of piling the export up in memory", async () => {
    for (const write of [
      (out: NodeJS.WritableStream) => writeJson(fromArray(manyNodes(20_000)), fromArray([]), out as never),
      (out: NodeJS.WritableStream) => writeNodesCsv(model, fromArray(manyNodes(20_000)), out as never),
      (out: NodeJS.WritableStream) => writeGraphml(model, fromArray(manyNodes(20_000)), fromArray([]), out as never),
    ]) {
      const sink = memorySink({ highWaterMark: 16 * 1024, slow: true });
      await write(sink.stream);
      expect(sink.bytes().length).toBeGreaterThan(1_500_000);
      expect(sink.fullest()).toBeLessThan(256 * 1024);
      expect(sink.stream.writableFinished).toBe(true);
    }
  });

  it("gives the CSV a fixed neo4j-admin header from the model, typing every property column", async () => {
    const sink = memorySink();
    await writeNodesCsv(model, fromArray([]), sink.stream);
    const header = sink.text().split("\r\n")[0]!.split(",");
    expect(header.slice(0, 3)).toEqual(["id:ID", ":LABEL", "nameFr"]);
    expect(header).toEqual(expect.arrayContaining(["nameOfficialFr:boolean", "provenanceLoadedAt:datetime", "validFrom:date", "number:long", "group:boolean", "scope"]));
    const edges = memorySink();
    await writeRelationshipsCsv(model, fromArray([]), edges.stream);
    expect(edges.text().split("\r\n")[0]!.split(",").slice(0, 5)).toEqual(["id", ":START_ID", ":END_ID", ":TYPE", "provenanceDocument"]);
  });

  it("leaves the derived name and keys the model does not define out of the CSV, and labels nodes Entity;<Kind>", async () => {
    const sink = memorySink();
    await writeNodesCsv(model, fromArray([{ id: "a", kind: "Service", name: "Shown name", nameFr: "A", colour: "red" }]), sink.stream);
    const text = sink.text();
    expect(text).not.toMatch(/Shown name|\bred\b|colour/);
    expect(text.split("\r\n")[1]).toMatch(/^a,Entity;Service,A,/);
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("writes a whole GraphML file when a stored value holds a character XML cannot carry, with U+FFFD in its place", async () => {
    const sink = memorySink();
    const nodes = [{ id: "a", kind: "Plan", nameFr: "A\u0001", note: "bell \u0007, lone \ud800, pair 🎉" }, { id: "b", kind: "Plan", nameFr: "B" }];
    await writeGraphml(model, fromArray(nodes), fromArray([]), sink.stream);
    expect(sink.text()).toMatch(/<\/graphml>\n$/);
    const { records, problems } = await readAll(readRecords, folder.file("export.graphml", sink.text()));
    expect(problems).toEqual([]);
    expect(records.map((record) => record.data)).toEqual([
      { id: "a", kind: "Plan", nameFr: "A\ufffd", note: "bell \ufffd, lone \ufffd, pair 🎉" }, { id: "b", kind: "Plan", nameFr: "B" },
    ]);
  });
});
