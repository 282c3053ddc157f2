import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readGraphml } from "../../../server/import/formats/graphml.ts";
import { readAll, tempFolder } from "./temp-files.ts";

const folder = tempFolder();
const read = (name: string, content: string | Buffer) => readAll(readGraphml, folder.file(name, content));
const fixture = (name: string) => ({ path: fileURLToPath(new URL(`../../fixtures/formats/${name}`, import.meta.url)), name });

const graphml = (keys: string, graph: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${keys}\n<graph edgedefault="directed">\n${graph}\n</graph>\n</graphml>\n`;

describe("reading GraphML", () => {
  it("reads a yEd file: properties and kind defaults from its keys, the name yEd shows as the label, other graphics ignored", async () => {
    const { records, problems } = await readAll(readGraphml, fixture("yed-like.graphml"));
    expect(problems).toEqual([]);
    expect(records.map((record) => [record.element, record.data, record.at.line])).toEqual([
      ["node", { id: "n0", kind: "Service", nameFr: "Sûreté de l'État", label: "VSSE" }, 21],
      ["node", { id: "n1", kind: "Partner", nameFr: "Partenaire & associés", label: "P1" }, 33],
      ["edge", { id: "e0", source: "n0", target: "n1", type: "COOPERATES_WITH", intensity: "close" }, 43],
    ]);
  });

  it("reads a Gephi file, converting values by their attr.type and keeping its labels, weights and colours for the mapping to judge", async () => {
    const { records, problems } = await readAll(readGraphml, fixture("gephi-like.graphml"));
    expect(problems).toEqual([]);
    const drawing = (r: number, g: number, b: number, x: number, y: number, size: number) => ({ r, g, b, x, y, size });
    expect(records.map((record) => record.data)).toEqual([
      { id: "svc-1", kind: "Service", label: "Service One", group: true, ...drawing(153, 153, 153, -12.5, 300, 10) },
      { id: "prj-7", kind: "Project", label: "Project Seven", number: 7, ...drawing(0, 0, 255, 40, -20.25, 5) },
      { id: "0", source: "svc-1", target: "prj-7", type: "PARTICIPATES_IN", weight: 1 },
    ]);
    expect(records.every((record) => record.element === "node" || record.directed === undefined)).toBe(true);
  });

  it("takes a node's label from yEd's first NodeLabel only, and lets a label data key win over it", async () => {
    const yed = (node: string) => graphml(
      '<key id="g" for="node" yfiles.type="nodegraphics"/><key id="e" for="edge" yfiles.type="edgegraphics"/>' +
      '<key id="l" for="node" attr.name="label" attr.type="string"/>', node);
    const shape = (labels: string) => `<data key="g"><y:ShapeNode><y:Geometry x="1"/>${labels}</y:ShapeNode></data>`;
    const { records } = await read("yed-labels.graphml", yed([
      `<node id="a">${shape('<y:NodeLabel>  Alpha <y:LabelModel><y:Smart d="4">not this</y:Smart></y:LabelModel></y:NodeLabel><y:NodeLabel>Second</y:NodeLabel>')}</node>`,
      `<node id="b"><data key="l">From data</data>${shape("<y:NodeLabel>Beta</y:NodeLabel>")}</node>`,
      `<node id="c">${shape("<y:NodeLabel/>")}</node>`,
      '<node id="d"/>',
      '<edge id="x" source="a" target="b"><data key="e"><y:PolyLineEdge><y:EdgeLabel>KNOWS</y:EdgeLabel></y:PolyLineEdge></data></edge>',
    ].join("\n")));
    expect(records.map((record) => record.data)).toEqual([
      { id: "a", label: "Alpha" }, { id: "b", label: "From data" }, { id: "c" }, { id: "d" }, { id: "x", source: "a", target: "b" },
    ]);
  });

  it("takes the kind from APOC-style labels and the type from an edge label", async () => {
    const { records, problems } = await read("apoc.graphml", graphml(
      '<key id="labels" for="node" attr.name="labels"/><key id="label" for="edge" attr.name="label"/>',
      [
        '<node id="n0" labels=":Entity:Service"><data key="labels">:Entity:Service</data></node>',
        '<node id="n1" labels=":Entity:Partner"/>',
        '<edge id="e0" source="n0" target="n1" label="COOPERATES_WITH"/>',
        '<edge id="e1" source="n0" target="n1"><data key="label">MEETS_INFORMALLY</data></edge>',
      ].join("\n"),
    ));
    expect(problems).toEqual([]);
    expect(records.map((record) => record.data)).toEqual([
      { id: "n0", kind: "Service" },
      { id: "n1", kind: "Partner" },
      { id: "e0", source: "n0", target: "n1", type: "COOPERATES_WITH" },
      { id: "e1", source: "n0", target: "n1", type: "MEETS_INFORMALLY" },
    ]);
  });

  it("reports a value that does not fit its key's type, naming line and field, and skips only that element", async () => {
    const { records, problems } = await read("bad-value.graphml", graphml(
      '<key id="k" for="node" attr.name="kind"/><key id="n" for="node" attr.name="number" attr.type="int"/>',
      '<node id="a"><data key="k">Project</data><data key="n">seven</data></node>\n<node id="b"><data key="k">Project</data><data key="n">7</data></node>',
    ));
    expect(records.map((record) => record.data)).toEqual([{ id: "b", kind: "Project", number: 7 }]);
    expect(problems).toEqual([{ file: "bad-value.graphml", line: 5, field: "number", message: '"seven" is not a whole number' }]);
  });

  it("reports nested graphs, hyperedges and undeclared keys, and reads the rest", async () => {
    const { records, problems } = await read("nested.graphml", graphml(
      '<key id="k" for="node" attr.name="kind"/>',
      [
        '<node id="group" yfiles.foldertype="group"><data key="k">Body</data>',
        '  <graph id="group:" edgedefault="directed"><node id="inner"/></graph>',
        "</node>",
        '<hyperedge><endpoint node="group"/></hyperedge>',
        '<node id="x"><data key="missing">1</data></node>',
      ].join("\n"),
    ));
    expect(records.map((record) => record.data.id)).toEqual(["group", "x"]);
    expect(problems).toEqual([
      { file: "nested.graphml", line: 6, message: 'nested graphs are not supported; node "group" contains one' },
      { file: "nested.graphml", line: 8, message: "hyperedges are not supported" },
      { file: "nested.graphml", line: 9, field: "missing", message: 'no <key> declares the data key "missing"' },
    ]);
  });

  it("refuses a DOCTYPE, so no entity is ever defined or fetched", async () => {
    const { records, problems } = await read("xxe.graphml", [
      '<?xml version="1.0"?>',
      '<!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
      '<graphml><key id="k" for="node" attr.name="nameFr"/><graph><node id="a"><data key="k">&xxe;</data></node></graph></graphml>',
    ].join("\n"));
    expect(records).toEqual([]);
    expect(problems).toEqual([{ file: "xxe.graphml", line: 2, message: "DOCTYPE declarations are not allowed in an import" }]);
  });

  it("stops at malformed XML with one problem naming its line", async () => {
    const { records, problems } = await read("broken.graphml", graphml("", '<node id="a"/>\n<node id="b">\n</edge>\n<node id="c"/>'));
    expect(records.map((record) => record.data.id)).toEqual(["a"]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "broken.graphml", line: 7, message: expect.stringMatching(/^not well-formed XML at line 7: /) });
  });

  it("refuses a file declared in another encoding than UTF-8", async () => {
    const { problems } = await read("latin1.graphml", '<?xml version="1.0" encoding="ISO-8859-1"?>\n<graphml/>');
    expect(problems).toEqual([{ file: "latin1.graphml", line: 1, message: "the file declares the encoding ISO-8859-1; save it as UTF-8" }]);
  });

  it("refuses a document that is not GraphML", async () => {
    const { problems } = await read("svg.graphml", '<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>');
    expect(problems).toEqual([{ file: "svg.graphml", line: 1, message: "the root element is <svg>, not <graphml>" }]);
  });

  it("refuses a key whose name would reach an object's prototype", async () => {
    const { records, problems } = await read("proto.graphml", graphml(
      '<key id="p" for="node" attr.name="__proto__"/>',
      '<node id="a"><data key="p">{"polluted":true}</data></node>',
    ));
    expect(records.map((record) => record.data)).toEqual([{ id: "a" }]);
    expect(problems).toEqual([{ file: "proto.graphml", line: 3, field: "__proto__", message: "a key cannot be named __proto__" }]);
  });
});
