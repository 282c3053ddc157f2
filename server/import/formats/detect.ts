import { open } from "node:fs/promises";
import path from "node:path";
import type { GraphModel } from "../../model/graph-model.ts";
import type { ImportFile, ImportFormat, ImportProblem, ImportRecord } from "../records.ts";
import { readCsv, sniffCsvKind } from "./csv.ts";
import { readGexf } from "./gexf.ts";
import { readGml } from "./gml.ts";
import { readGraphml } from "./graphml.ts";
import { readJson } from "./json.ts";
import { countLineFeeds, Utf8Validator } from "./utf8-chunks.ts";

export { expandZip, type ZipLimits } from "./zip.ts";

const SAMPLE_BYTES = 64 * 1024;

/** GML (networkx `write_gml`, igraph, yEd): optional comments and `Creator "…"` lines, then `graph [`. */
const GML_START = /^(?:(?:#[^\n]*\n|[A-Za-z]\w*[ \t]+(?:"[^"]*"|[^\s[\]]+))\s*)*graph\s*\[/;

/**
 * Which format a file is in, from its first 64 KiB: JSON starts with `{`; XML with
 * `<`, GEXF when its root is `<gexf>`, GraphML otherwise; GML with `graph [`; and a
 * CSV's header names an `:ID` (nodes) or `:START_ID` (relationships) column, or is a
 * Gephi list with `Source` and `Target` (edges) or `Id` (nodes). The extension only
 * shapes the message when none of them fits.
 */
export async function detectFormat(file: ImportFile): Promise<{ format: ImportFormat } | { problem: ImportProblem }> {
  const sample = await readSample(file.path);
  const problem = (message: string, line = 1) => ({ problem: { file: file.name, line, message } });
  if (sample.length === 0) return problem("the file is empty");
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) {
    return problem("the file is UTF-16 text; save it as UTF-8");
  }
  const nul = sample.indexOf(0);
  if (nul !== -1) {
    const zipped = sample[0] === 0x50 && sample[1] === 0x4b;
    const hint = zipped ? " (a zip archive or a spreadsheet: save the sheets as CSV)" : "";
    return problem(`binary file, not JSON, CSV, GraphML, GEXF or GML${hint}`, countLineFeeds(sample, nul) + 1);
  }
  const validator = new Utf8Validator();
  const bad = validator.check(sample);
  const cut = sample.length === SAMPLE_BYTES;
  if (bad !== undefined || (!cut && !validator.complete)) {
    return problem("the file is not UTF-8 text; save it as UTF-8", countLineFeeds(sample, bad ?? sample.length) + 1);
  }
  const text = new TextDecoder().decode(sample, { stream: cut }).replace(/^\uFEFF/, "");
  const start = text.trimStart();
  if (start.startsWith("{") || start.startsWith("[")) return { format: "json" };
  if (start.startsWith("<")) return { format: rootElement(start) === "gexf" ? "gexf" : "graphml" };
  if (GML_START.test(start)) return { format: "gml" };
  const kind = sniffCsvKind(text.split("\n", 1)[0]!);
  if (kind !== undefined) return { format: kind };
  return problem(unrecognised(path.extname(file.name).toLowerCase()));
}

/** Detects a file's format and reads it with the matching reader. */
export async function* readRecords(file: ImportFile, model: GraphModel, problems: ImportProblem[]): AsyncGenerator<ImportRecord> {
  const detected = await detectFormat(file);
  if ("problem" in detected) {
    problems.push(detected.problem);
    return;
  }
  switch (detected.format) {
    case "json":
      yield* readJson(file, model, problems);
      return;
    case "graphml":
      yield* readGraphml(file, model, problems);
      return;
    case "gexf":
      yield* readGexf(file, problems);
      return;
    case "gml":
      yield* readGml(file, problems);
      return;
    case "csv-nodes":
    case "csv-relationships":
    case "csv-node-list":
    case "csv-edge-list":
      yield* readCsv(file, model, problems);
      return;
  }
}

async function readSample(filePath: string): Promise<Buffer> {
  const handle = await open(filePath, "r");
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The local name of an XML document's first element, past the declaration, comments and processing instructions. */
function rootElement(text: string): string | undefined {
  const match = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ""));
  return match?.[2];
}

function unrecognised(extension: string): string {
  const csvHeader = "a CSV needs a neo4j-admin header with an :ID column (nodes, e.g. id:ID,:LABEL,nameFr) " +
    "or :START_ID and :END_ID columns (relationships, e.g. id,:START_ID,:END_ID,:TYPE), " +
    "or Gephi's columns: Source and Target (an edge list) or Id (a node list)";
  switch (extension) {
    case ".csv":
    case ".tsv":
    case ".txt":
      return `the header row is not recognised: ${csvHeader}`;
    case ".json":
    case ".cyjs":
      return "not JSON: an elements file starts with {";
    case ".graphml":
    case ".gexf":
    case ".xml":
      return `not ${extension === ".gexf" ? "GEXF" : "GraphML"}: the file does not start with <`;
    case ".gml":
      return "not GML: the file does not start with graph [";
    default:
      return "not JSON, CSV, GraphML, GEXF or GML: JSON starts with {, GraphML and GEXF with <, GML with graph [, " +
        `and ${csvHeader}`;
  }
}
