import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { GraphModel } from "../model/graph-model.ts";
import { nodePropertyColumns, type PropertyColumn, relationshipPropertyColumns } from "./csv-columns.ts";
import { textChunks } from "./text-chunks.ts";

const ATTR_TYPE: Readonly<Record<PropertyColumn["type"], string>> = {
  string: "string",
  boolean: "boolean",
  integer: "long",
  float: "double",
  date: "string",
  datetime: "string",
};

const XML_SPECIAL = /[&<>"'\r\n\t]/g;
const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\r": "&#13;", "\n": "&#10;", "\t": "&#9;",
};

/**
 * Writes GraphML that yEd, Gephi and Cytoscape open and our importer reads back: a
 * `<key>` per model property (dates as strings), a `kind` key on nodes and a `type`
 * key on edges, one directed graph. Line breaks and tabs are written as character
 * references so no XML parser's whitespace rules can change a value. Ends `out`.
 *
 * XML 1.0 cannot carry C0 control characters other than tab and line breaks, U+FFFE,
 * U+FFFF or a lone surrogate, not even as character references. Imports refuse them, but
 * a value stored before they did (or written around them) may hold one; by then the
 * download's headers are gone and the file is half written, so refusing would cut it
 * short. The writer puts U+FFFD (the replacement character, meant for exactly this) in
 * each one's place instead: the file is whole, opens everywhere and imports back. The
 * JSON and CSV exports carry such values unchanged.
 */
export async function writeGraphml(
  model: GraphModel, nodes: AsyncIterable<Record<string, unknown>>, edges: AsyncIterable<Record<string, unknown>>, out: Writable,
): Promise<void> {
  await pipeline(Readable.from(textChunks(graphml(model, nodes, edges))), out);
}

async function* graphml(
  model: GraphModel, nodes: AsyncIterable<Record<string, unknown>>, edges: AsyncIterable<Record<string, unknown>>,
): AsyncGenerator<string> {
  const nodeColumns = nodePropertyColumns(model);
  const edgeColumns = relationshipPropertyColumns(model);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>\n';
  for (const column of nodeColumns) yield keyLine("n", "node", column);
  yield '  <key id="type" for="edge" attr.name="type" attr.type="string"/>\n';
  for (const column of edgeColumns) yield keyLine("e", "edge", column);
  yield '  <graph id="G" edgedefault="directed">\n';
  for await (const data of nodes) {
    yield `    <node id="${escape(data.id)}">${dataElement("kind", data.kind)}${propertyData("n", nodeColumns, data)}</node>\n`;
  }
  for await (const data of edges) {
    yield `    <edge id="${escape(data.id)}" source="${escape(data.source)}" target="${escape(data.target)}">` +
      `${dataElement("type", data.type)}${propertyData("e", edgeColumns, data)}</edge>\n`;
  }
  yield "  </graph>\n</graphml>\n";
}

function keyLine(prefix: string, domain: string, column: PropertyColumn): string {
  return `  <key id="${prefix}.${column.name}" for="${domain}" attr.name="${column.name}" attr.type="${ATTR_TYPE[column.type]}"/>\n`;
}

function propertyData(prefix: string, columns: PropertyColumn[], data: Record<string, unknown>): string {
  let xml = "";
  for (const column of columns) {
    if (Object.hasOwn(data, column.name)) xml += dataElement(`${prefix}.${column.name}`, data[column.name]);
  }
  return xml;
}

function dataElement(key: string, value: unknown): string {
  return value === undefined || value === null ? "" : `<data key="${key}">${escape(value)}</data>`;
}

function escape(value: unknown): string {
  const text = typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : JSON.stringify(value) ?? "";
  return xmlChars(text).replace(XML_SPECIAL, (char) => ENTITIES[char]!);
}

const REPLACEMENT = "\uFFFD";

/** The text with U+FFFD for each code unit outside XML 1.0's Char production (see writeGraphml). */
function xmlChars(text: string): string {
  let kept = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let bad = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else bad = true;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      bad = true;
    }
    if (bad) {
      kept += text.slice(from, i) + REPLACEMENT;
      from = i + 1;
    }
  }
  return from === 0 ? text : kept + text.slice(from);
}
