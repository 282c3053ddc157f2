import { describe, expect, it } from "vitest";
import { detectFormat, readRecords } from "../../../server/import/formats/detect.ts";
import { readAll, tempFolder } from "./temp-files.ts";

const folder = tempFolder();
const detect = (name: string, content: string | Buffer) => detectFormat(folder.file(name, content));

describe("detecting a file's format", () => {
  it("tells JSON, GraphML and the two kinds of CSV apart by their first bytes, whatever the name", async () => {
    expect(await detect("upload.bin", '\uFEFF  \n{"nodes": []}')).toEqual({ format: "json" });
    expect(await detect("upload.bin", '<?xml version="1.0"?><graphml/>')).toEqual({ format: "graphml" });
    expect(await detect("upload.bin", "\uFEFFid:ID,:LABEL,nameFr\r\na,Service,A\r\n")).toEqual({ format: "csv-nodes" });
    expect(await detect("upload.bin", "id,:START_ID,:END_ID,:TYPE\n")).toEqual({ format: "csv-relationships" });
  });

  it("tells GEXF, GML and Gephi's CSV lists apart from the others", async () => {
    expect(await detect("g.xml", '<?xml version="1.0"?>\n<!-- <graphml> -->\n<gexf xmlns="http://gexf.net/1.3" version="1.3"/>')).toEqual({ format: "gexf" });
    expect(await detect("g.txt", "graph [\n  directed 0\n]\n")).toEqual({ format: "gml" });
    expect(await detect("g.txt", '# written by hand\nCreator "igraph version 0.10"\nVersion 1\ngraph\n[\n]\n')).toEqual({ format: "gml" });
    expect(await detect("e.txt", "Source;Target;Type\na;b;Undirected\n")).toEqual({ format: "csv-edge-list" });
    expect(await detect("n.txt", '"Id","Label"\n"a","A"\n')).toEqual({ format: "csv-node-list" });
    expect(await detect("graph.gml", "nodes [ ]")).toMatchObject({ problem: { message: "not GML: the file does not start with graph [" } });
  });

  it("calls a file with a NUL byte binary, naming the line", async () => {
    expect(await detect("photo.csv", Buffer.from([0x41, 0x0a, 0x42, 0x00, 0x43]))).toEqual({
      problem: { file: "photo.csv", line: 2, message: "binary file, not JSON, CSV, GraphML, GEXF or GML" },
    });
    const workbook = Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(20)]);
    expect(await detect("nodes.xlsx", workbook)).toMatchObject({ problem: { message: expect.stringMatching(/spreadsheet: save the sheets as CSV/) } });
  });

  it("refuses text that is not UTF-8, naming the line, and tells UTF-16 apart", async () => {
    const latin1 = Buffer.concat([Buffer.from("id:ID,:LABEL,nameFr\na,Service,S"), Buffer.from([0xfb]), Buffer.from("ret\n")]);
    expect(await detect("latin1.csv", latin1)).toEqual({ problem: { file: "latin1.csv", line: 2, message: "the file is not UTF-8 text; save it as UTF-8" } });
    expect(await detect("utf16.csv", Buffer.from("\uFEFFid:ID", "utf16le"))).toEqual({
      problem: { file: "utf16.csv", line: 1, message: "the file is UTF-16 text; save it as UTF-8" },
    });
  });

  it("does not mistake a character cut at the end of the 64 KiB sample for bad UTF-8", async () => {
    const header = "id:ID,:LABEL,nameFr\n";
    const filler = "é".repeat(40_000);
    expect(await detect("long.csv", `${header}a,Service,"${filler}"\n`)).toEqual({ format: "csv-nodes" });
  });

  it("explains what it expected when nothing fits, in the terms of the file's extension", async () => {
    expect(await detect("empty.json", "")).toEqual({ problem: { file: "empty.json", line: 1, message: "the file is empty" } });
    expect(await detect("nodes.csv", "name,kind\nA,Service\n")).toMatchObject({ problem: { line: 1, message: expect.stringMatching(/^the header row is not recognised: .*:ID/) } });
    expect(await detect("graph.json", "nodes: []")).toMatchObject({ problem: { message: "not JSON: an elements file starts with {" } });
  });
});

describe("reading any supported file", () => {
  it("dispatches to the reader for the detected format", async () => {
    const json = folder.file("graph.json", '{"nodes": [{"data": {"id": "a", "kind": "Plan"}}], "edges": []}');
    const csv = folder.file("rels.csv", "id,:START_ID,:END_ID,:TYPE\nr,a,b,OWNS\n");
    const xml = folder.file("g.graphml", '<graphml><key id="k" for="node" attr.name="kind"/><graph><node id="a"><data key="k">Plan</data></node></graph></graphml>');
    expect((await readAll(readRecords, json)).records.map((record) => record.data)).toEqual([{ id: "a", kind: "Plan" }]);
    expect((await readAll(readRecords, csv)).records.map((record) => record.data)).toEqual([{ id: "r", source: "a", target: "b", type: "OWNS" }]);
    expect((await readAll(readRecords, xml)).records.map((record) => record.data)).toEqual([{ id: "a", kind: "Plan" }]);
  });

  it("reports an unrecognised file as one problem and yields nothing", async () => {
    const { records, problems } = await readAll(readRecords, folder.file("notes.txt", "hello\n"));
    expect(records).toEqual([]);
    expect(problems).toHaveLength(1);
  });
});
