import { describe, expect, it } from "vitest";
import { readGexf } from "../../../server/import/formats/gexf.ts";
import type { ImportFile, ImportProblem, ImportRecord } from "../../../server/import/records.ts";
import { readAll, tempFolder } from "./temp-files.ts";

const folder = tempFolder();
const gexfReader = (file: ImportFile, _model: unknown, problems: ImportProblem[]): AsyncGenerator<ImportRecord> => readGexf(file, problems);
const read = (content: string) => readAll(gexfReader, folder.file("graph.gexf", content));

/** A GEXF 1.3 document as Gephi 0.10 writes it: declared attributes, viz elements, mixed edge types. */
const GEPHI = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta lastmodifieddate="2026-12-01"><creator>Gephi 0.10.1</creator></meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node" mode="static">
      <attribute id="0" title="Modularity Class" type="integer"/>
      <attribute id="1" title="country" type="string"><default>BE</default></attribute>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="w2" title="since" type="date"/>
    </attributes>
    <nodes>
      <node id="a" label="Sûreté">
        <attvalues><attvalue for="0" value="2"/><attvalue for="1" value="FR"/></attvalues>
        <viz:size value="10.0"/><viz:position x="1.5" y="-2.0"/><viz:color r="1" g="2" b="3"/>
      </node>
      <node id="b" label="Zoë"/>
    </nodes>
    <edges>
      <edge id="0" source="a" target="b" weight="2.5" label="cooperates">
        <attvalues><attvalue for="w2" value="2020-01-31"/></attvalues>
      </edge>
      <edge id="1" source="b" target="a" type="undirected"/>
      <edge source="a" target="a" type="mutual" kind="meets"/>
    </edges>
  </graph>
</gexf>
`;

describe("reading GEXF", () => {
  it("reads Gephi's GEXF: labels, declared attributes by title with defaults, weights, edge types; viz skipped", async () => {
    const { records, problems } = await read(GEPHI);
    expect(problems).toEqual([]);
    expect(records.map((record) => [record.element, record.data, record.at.line, record.element === "edge" ? record.directed : "-"])).toEqual([
      ["node", { id: "a", label: "Sûreté", "Modularity Class": 2, country: "FR" }, 13, "-"],
      ["node", { id: "b", label: "Zoë", country: "BE" }, 17, "-"],
      ["edge", { id: "0", source: "a", target: "b", label: "cooperates", weight: 2.5, since: "2020-01-31" }, 20, undefined],
      ["edge", { id: "1", source: "b", target: "a" }, 23, false],
      ["edge", { source: "a", target: "a", kind: "meets" }, 24, false],
    ]);
  });

  it("reports a bad value, an undeclared attribute and a missing end on their lines, and reads the rest", async () => {
    const { records, problems } = await read(GEPHI
      .replace('<attvalue for="0" value="2"/>', '<attvalue for="0" value="two"/>')
      .replace('<edge id="1" source="b"', '<edge id="1"')
      .replace('<attvalue for="w2"', '<attvalue for="w9"'));
    expect(problems).toEqual([
      { file: "graph.gexf", line: 13, code: "bad-value", field: "Modularity Class", message: '"two" is not a whole number' },
      { file: "graph.gexf", line: 21, code: "file", field: "w9", message: 'no <attribute> of class edge has the id "w9"' },
      { file: "graph.gexf", line: 23, code: "bad-id", field: "source", message: "the edge has no source attribute" },
    ]);
    expect(records.map((record) => record.data.id ?? "(no id)")).toEqual(["b", "0", "(no id)"]);
  });

  it("stops at malformed XML, a DOCTYPE or another root with one problem naming its line", async () => {
    expect((await read(GEPHI.replace("</nodes>", "</node>"))).problems).toEqual([
      expect.objectContaining({ line: 18, message: expect.stringMatching(/^not well-formed XML at line 18/) }),
    ]);
    expect((await read('<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY x "y">]>\n<gexf/>')).problems).toEqual([
      { file: "graph.gexf", line: 2, message: "DOCTYPE declarations are not allowed in an import" },
    ]);
    expect((await read("<graphml/>")).problems).toEqual([
      { file: "graph.gexf", line: 1, code: "file", message: "the root element is <graphml>, not <gexf>" },
    ]);
  });

  it("refuses a dynamic graph and an unknown attribute type, naming the allowed types", async () => {
    expect((await read(GEPHI.replace('mode="static">\n    <attributes', 'mode="dynamic">\n    <attributes'))).problems)
      .toEqual([expect.objectContaining({ line: 4, message: "dynamic GEXF graphs are not supported; export a static graph from Gephi" })]);
    const { problems } = await read(GEPHI.replace('type="integer"', 'type="color"'));
    expect(problems[0]).toMatchObject({ line: 6, field: "Modularity Class", message: expect.stringMatching(/^the attribute type color is not supported; use string, .*integer.*boolean/) });
  });
});
