import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify/sync";
import type { GraphModel } from "../model/graph-model.ts";
import { nodePropertyColumns, type PropertyColumn, relationshipPropertyColumns } from "./csv-columns.ts";
import { escapeFormula, MUST_QUOTE } from "./spreadsheet-escape.ts";
import { textChunks } from "./text-chunks.ts";

/**
 * RFC 4180: CRLF after every record, quotes where a cell needs them: csv-stringify's own
 * choice (delimiters, quotes, CRLF) plus any line break and any escaped formula. UTF-8, no BOM.
 */
const CSV_OPTIONS = { record_delimiter: "windows", eof: true, quoted_match: MUST_QUOTE } as const;
/** Rows turned into text together: one call per row would cost more than the text. */
const ROWS_PER_BATCH = 500;

/**
 * Writes nodes as a neo4j-admin nodes file: `id:ID`, `:LABEL` (`Entity;<Kind>`), then
 * one typed column per property the model defines. The derived `name` and keys the
 * model does not define are left out. Ends `out` when done.
 */
export async function writeNodesCsv(model: GraphModel, nodes: AsyncIterable<Record<string, unknown>>, out: Writable): Promise<void> {
  const columns = nodePropertyColumns(model);
  async function* rows() {
    yield ["id:ID", ":LABEL", ...columns.map((column) => column.header)];
    for await (const data of nodes) {
      yield [cellOf(data.id), escapeFormula(`Entity;${String(data.kind)}`), ...propertyCells(columns, data)];
    }
  }
  await writeRows(rows(), out);
}

/** Writes edges as a neo4j-admin relationships file: `id`, `:START_ID`, `:END_ID`, `:TYPE`, then properties. */
export async function writeRelationshipsCsv(model: GraphModel, edges: AsyncIterable<Record<string, unknown>>, out: Writable): Promise<void> {
  const columns = relationshipPropertyColumns(model);
  async function* rows() {
    yield ["id", ":START_ID", ":END_ID", ":TYPE", ...columns.map((column) => column.header)];
    for await (const data of edges) {
      yield [cellOf(data.id), cellOf(data.source), cellOf(data.target), cellOf(data.type), ...propertyCells(columns, data)];
    }
  }
  await writeRows(rows(), out);
}

async function writeRows(rows: AsyncIterable<string[]>, out: Writable): Promise<void> {
  async function* text() {
    let batch: string[][] = [];
    for await (const row of rows) {
      batch.push(row);
      if (batch.length === ROWS_PER_BATCH) {
        yield stringify(batch, CSV_OPTIONS);
        batch = [];
      }
    }
    if (batch.length > 0) yield stringify(batch, CSV_OPTIONS);
  }
  await pipeline(Readable.from(textChunks(text())), out);
}

function propertyCells(columns: PropertyColumn[], data: Record<string, unknown>): string[] {
  return columns.map((column) => cellOf(Object.hasOwn(data, column.name) ? data[column.name] : undefined));
}

/**
 * A value as cell text. Numbers and booleans are written as they are; any text gets the
 * formula escape, so nothing a spreadsheet would run ever starts a cell, nor a line
 * inside one.
 */
function cellOf(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return escapeFormula(typeof value === "string" ? value : JSON.stringify(value));
}
