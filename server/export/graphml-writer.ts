import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { GraphModel } from "../model/graph-model.ts";
import { nodePropertyColumns, type PropertyColumn, relationshipPropertyColumns } from "./csv-columns.ts";
import { textChunks } from "./text-chunks.ts";

/** A value holds a character XML 1.0 cannot carry at all, not even escaped. */
export class XmlValueError extends Error {
  override readonly name = "XmlValueError";
}

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
    const where = `node "${String(data.id)}"`;
    yield `    <node id="${escape(data.id, where)}">${dataElement("kind", data.kind, where)}` +
      `${propertyData("n", nodeColumns, data, where)}</node>\n`;
  }
  for await (const data of edges) {
    const where = `edge "${String(data.id)}"`;
    yield `    <edge id="${escape(data.id, where)}" source="${escape(data.source, where)}" target="${escape(data.target, where)}">` +
      `${dataElement("type", data.type, where)}${propertyData("e", edgeColumns, data, where)}</edge>\n`;
  }
  yield "  </graph>\n</graphml>\n";
}

function keyLine(prefix: string, domain: string, column: PropertyColumn): string {
  return `  <key id="${prefix}.${column.name}" for="${domain}" attr.name="${column.name}" attr.type="${ATTR_TYPE[column.type]}"/>\n`;
}

function propertyData(prefix: string, columns: PropertyColumn[], data: Record<string, unknown>, where: string): string {
  let xml = "";
  for (const column of columns) {
    if (Object.hasOwn(data, column.name)) xml += dataElement(`${prefix}.${column.name}`, data[column.name], `${where}, ${column.name}`);
  }
  return xml;
}

function dataElement(key: string, value: unknown, where: string): string {
  return value === undefined || value === null ? "" : `<data key="${key}">${escape(value, where)}</data>`;
}

function escape(value: unknown, where: string): string {
  const text = typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : JSON.stringify(value) ?? "";
  if (!isXmlText(text)) throw new XmlValueError(`The ${where} holds a control character that XML cannot carry.`);
  return text.replace(XML_SPECIAL, (char) => ENTITIES[char]!);
}

/** XML 1.0's Char production: no C0 controls but tab and line breaks, no U+FFFE/U+FFFF, no lone surrogates. */
function isXmlText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return false;
    if (code === 0xfffe || code === 0xffff) return false;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return false;
    }
  }
  return true;
}
