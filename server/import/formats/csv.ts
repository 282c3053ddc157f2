import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import { unescapeFormula } from "../../export/spreadsheet-escape.ts";
import type { GraphModel } from "../../model/graph-model.ts";
import type { ImportFile, ImportProblem, ImportRecord } from "../records.ts";
import { readGephiRow } from "./csv-gephi.ts";
import { type CsvColumn, type CsvHeader, type Neo4jCsvHeader, parseCsvHeader, sniffDelimiter } from "./csv-header.ts";
import { ByteLineIndex, lineBreaksIn } from "./csv-lines.ts";
import { convertText } from "./text-values.ts";
import { NotUtf8Error, readUtf8Chunks } from "./utf8-chunks.ts";

export { sniffCsvKind } from "./csv-header.ts";

/** Longer than any real cell; an unclosed quote stops here instead of eating the file. */
const MAX_RECORD_CHARS = 1_000_000;
/** How much of the file the delimiter is guessed from: the header line is in it. */
const HEADER_SAMPLE = 64 * 1024;

interface CsvRecord {
  record: string[];
  info: { bytes: number };
}

/**
 * Reads a neo4j-admin CSV (a nodes file or a relationships file, as its header says) or
 * a Gephi node or edge list, one row at a time. A bad cell or a row with the wrong number of cells is a problem
 * naming its line and row, and the row is skipped; the rest keep coming. A header
 * problem, a quote never closed or bytes that are not UTF-8 end the file.
 */
export async function* readCsv(file: ImportFile, model: GraphModel, problems: ImportProblem[]): AsyncGenerator<ImportRecord> {
  const lines = new ByteLineIndex();
  const chunks = readUtf8Chunks(file.path);
  const head: Buffer[] = [];
  let headBytes = 0;
  try {
    // Pulled by hand: leaving a for-await loop early would close the generator.
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      head.push(next.value);
      headBytes += next.value.length;
      if (next.value.includes(0x0a) || headBytes >= HEADER_SAMPLE) break;
    }
  } catch (error) {
    reportFatal(error, file, lines, problems);
    return;
  }
  const delimiter = sniffDelimiter(Buffer.concat(head).toString("utf8").split("\n", 1)[0]!);

  const parser = parse({
    bom: true,
    info: true,
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_CHARS,
  });
  const skipped: CsvError[] = [];
  parser.on("skip", (error: CsvError) => skipped.push(error));
  const source = async function* () {
    for (const chunk of head) {
      lines.feed(chunk);
      yield chunk;
    }
    for await (const chunk of chunks) {
      lines.feed(chunk);
      yield chunk;
    }
  };
  // Errors reach the loop below through the parser, which the pipeline destroys with them.
  pipeline(Readable.from(source()), parser).catch(() => undefined);

  let header: CsvHeader | undefined;
  let row = 0;
  const reportSkipped = (before: number) => {
    while (skipped.length > 0 && Number(skipped[0]!.bytes) < before) {
      const error = skipped.shift()!;
      row += 1;
      problems.push({ file: file.name, line: lines.lineOf(Number(error.bytes)), row, message: skipMessage(error) });
    }
  };
  try {
    for await (const { record, info } of parser as AsyncIterable<CsvRecord>) {
      reportSkipped(info.bytes);
      const line = lines.lineOf(info.bytes - 1) - record.reduce((sum, cell) => sum + lineBreaksIn(cell), 0);
      lines.forgetBefore(info.bytes);
      if (header === undefined) {
        header = parseCsvHeader(record, { file: file.name, line }, problems);
        if (header === undefined) return;
        continue;
      }
      row += 1;
      const at = { file: file.name, line, row };
      const element = "gephi" in header
        ? readGephiRow(header.gephi, header.columns, record, at, problems)
        : readRow(header, record, model, at, problems);
      if (element) yield element;
    }
    reportSkipped(Infinity);
  } catch (error) {
    reportSkipped(Infinity);
    reportFatal(error, file, lines, problems);
    return;
  } finally {
    parser.destroy();
  }
  if (header === undefined) problems.push({ file: file.name, line: 1, message: "the file is empty; expected a header row such as id:ID,:LABEL,nameFr" });
}

function readRow(
  header: Neo4jCsvHeader, cells: string[], model: GraphModel, at: { file: string; line: number; row: number }, problems: ImportProblem[],
): ImportRecord | undefined {
  if (cells.length !== header.columns.length) {
    problems.push({ ...at, message: `the row has ${cells.length} cells but the header has ${header.columns.length}` });
    return undefined;
  }
  const before = problems.length;
  const report = (column: CsvColumn, message: string) => problems.push({ ...at, field: fieldOf(column), message });
  const data: Record<string, unknown> = {};
  const labels: string[] = [];
  header.columns.forEach((column, i) => {
    const cell = cells[i]!;
    switch (column.role) {
      case "ignore":
        return;
      case "labels":
        labels.push(...unescapeFormula(cell).split(";").map((label) => label.trim()).filter((label) => label !== ""));
        return;
      case "property": {
        if (cell === "") return;
        const converted = convertText(column.type, column.type === "string" ? unescapeFormula(cell) : cell);
        if ("problem" in converted) report(column, converted.problem);
        else data[column.name] = converted.value;
        return;
      }
      default: {
        const text = unescapeFormula(cell).trim();
        if (text === "") report(column, `${column.header} is empty`);
        else data[KEY_OF_ROLE[column.role]] = text;
      }
    }
  });
  if (header.kind === "csv-nodes") {
    const kinds = [...new Set(labels.filter((label) => model.kind(label) !== undefined))];
    if (kinds.length === 1) data.kind = kinds[0];
    else if (kinds.length === 0) {
      const shown = labels.length > 0 ? `the labels ${labels.join(";")} name no kind` : ":LABEL is empty";
      problems.push({ ...at, field: ":LABEL", message: `${shown}; use one of ${model.kindIds.join(", ")}` });
    } else problems.push({ ...at, field: ":LABEL", message: `the labels name several kinds (${kinds.join(", ")}); a node has one` });
  }
  if (problems.length > before) return undefined;
  return { element: header.kind === "csv-nodes" ? "node" : "edge", data: ordered(header, data), at };
}

const KEY_OF_ROLE = { id: "id", start: "source", end: "target", type: "type" } as const;

/** The wire format's own keys first, as the API emits them. */
function ordered(header: Neo4jCsvHeader, data: Record<string, unknown>): Record<string, unknown> {
  const first = header.kind === "csv-nodes" ? ["id", "kind"] : ["id", "source", "target", "type"];
  const result: Record<string, unknown> = {};
  for (const key of first) if (key in data) result[key] = data[key];
  for (const [key, value] of Object.entries(data)) if (!(key in result)) result[key] = value;
  return result;
}

function fieldOf(column: CsvColumn): string {
  return column.role === "property" ? column.name : column.header;
}

function skipMessage(error: CsvError): string {
  if (error.code === "CSV_QUOTE_NOT_CLOSED") return "a quoted cell that starts here is never closed";
  return `the row cannot be read as CSV (${error.message})`;
}

function reportFatal(error: unknown, file: ImportFile, lines: ByteLineIndex, problems: ImportProblem[]): void {
  if (error instanceof NotUtf8Error) {
    problems.push({ file: file.name, line: error.line, message: error.message });
  } else if (error instanceof CsvError && error.code === "CSV_MAX_RECORD_SIZE") {
    problems.push({
      file: file.name, line: lines.lineOf(Number(error.bytes_records)),
      message: `a row is longer than ${MAX_RECORD_CHARS.toLocaleString("en")} characters; is a quote left open?`,
    });
  } else if (error instanceof CsvError) {
    problems.push({ file: file.name, line: lines.lineOf(Number(error.bytes)), message: `the file cannot be read as CSV (${error.message})` });
  } else {
    throw error;
  }
}
