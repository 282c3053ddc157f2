import type { ImportProblem } from "../records.ts";
import { type GephiColumn, gephiListKind, type GephiListKind, parseGephiHeader } from "./csv-gephi.ts";
import { type TextType, UNSAFE_KEYS } from "./text-values.ts";

/**
 * The neo4j-admin header convention: `id:ID`, `:LABEL` and `name:type` for nodes;
 * `id`, `:START_ID`, `:END_ID`, `:TYPE` and `name:type` for relationships.
 */
export type CsvKind = "csv-nodes" | "csv-relationships";

type StructuralRole = "id" | "labels" | "start" | "end" | "type" | "ignore";

export type CsvColumn =
  | { role: StructuralRole; header: string }
  | { role: "property"; header: string; name: string; type: TextType };

export interface Neo4jCsvHeader {
  kind: CsvKind;
  columns: CsvColumn[];
}
export type CsvHeader = Neo4jCsvHeader | { gephi: GephiListKind; columns: GephiColumn[] };

const PROPERTY_TYPES: Readonly<Record<string, TextType>> = {
  string: "string",
  int: "integer",
  long: "integer",
  float: "float",
  double: "float",
  boolean: "boolean",
  date: "date",
  datetime: "datetime",
};

const ROLES: Readonly<Record<string, StructuralRole>> = {
  ID: "id",
  LABEL: "labels",
  START_ID: "start",
  END_ID: "end",
  TYPE: "type",
  IGNORE: "ignore",
};

/** `name:type(group)[]{options}`, the name being everything before the last such suffix. */
const HEADER_CELL = /^(.*?)(?::([A-Za-z_]+)(\([^()]*\))?(\[\])?(\{[^{}]*\})?)?$/s;

/**
 * Which kind of CSV a header line announces: neo4j-admin's by a `:START_ID` or `:ID`
 * column, else a Gephi list by its `Source` and `Target` (edges) or `Id` (nodes) columns.
 */
export function sniffCsvKind(headerLine: string): CsvKind | GephiListKind | undefined {
  const cells = splitHeaderLine(headerLine);
  const roles = neo4jRoles(cells);
  if (roles.includes("start")) return "csv-relationships";
  if (roles.includes("id")) return "csv-nodes";
  return gephiListKind(cells);
}

function neo4jRoles(cells: readonly string[]): (CsvColumn["role"] | undefined)[] {
  return cells.map((cell) => {
    const column = describeCell(cell.trim());
    return "role" in column && column.role !== "property" ? column.role : undefined;
  });
}

/**
 * The delimiter a header line uses: a comma as neo4j-admin writes, or the semicolon
 * (or tab) that spreadsheets in French and Dutch locales save with.
 */
export function sniffDelimiter(headerLine: string): "," | ";" | "\t" {
  const unquoted = headerLine.replace(/"[^"]*"/g, "");
  const count = (char: string) => unquoted.split(char).length - 1;
  const candidates = [",", ";", "\t"] as const;
  return candidates.reduce((best, char) => (count(char) > count(best) ? char : best), candidates[0]);
}

/** Reads a header row, reporting every problem with it; undefined when it is unusable. */
export function parseCsvHeader(cells: string[], at: { file: string; line: number }, problems: ImportProblem[]): CsvHeader | undefined {
  const gephi = neo4jRoles(cells).some((role) => role !== undefined) ? undefined : gephiListKind(cells);
  if (gephi !== undefined) {
    const columns = parseGephiHeader(gephi, cells, at, problems);
    return columns && { gephi, columns };
  }
  const report = (field: string, message: string) => problems.push({ ...at, field, message });
  const before = problems.length;
  const described: CsvColumn[] = [];
  for (const raw of cells) {
    const header = raw.trim();
    const column = describeCell(header);
    if ("problem" in column) report(header, column.problem);
    else described.push(column);
  }
  if (problems.length > before) return undefined;

  const kind: CsvKind = described.some((column) => column.role === "start") ? "csv-relationships" : "csv-nodes";
  const edgeFile = kind === "csv-relationships";
  // A relationship's id is a plain column named id, as neo4j-admin has no :ID for them.
  const columns = described.map((column): CsvColumn =>
    edgeFile && column.role === "property" && column.name === "id" && column.type === "string"
      ? { role: "id", header: column.header }
      : column);
  const count = (role: CsvColumn["role"]) => columns.filter((column) => column.role === role).length;
  const required: [CsvColumn["role"], string][] = edgeFile
    ? [["id", "id"], ["start", ":START_ID"], ["end", ":END_ID"], ["type", ":TYPE"]]
    : [["id", "id:ID"], ["labels", ":LABEL"]];
  for (const [role, header] of required) {
    if (count(role) === 0) report(header, `the header has no ${header} column`);
    else if (count(role) > 1 && role !== "labels") report(header, `the header has more than one ${header} column`);
  }
  if (!edgeFile && count("start") + count("end") + count("type") > 0) {
    report(":TYPE", "a nodes file cannot have :START_ID, :END_ID or :TYPE columns");
  }
  if (edgeFile && count("labels") > 0) report(":LABEL", "a relationships file cannot have a :LABEL column");

  const reserved = edgeFile ? ["id", "source", "target", "type"] : ["id", "kind"];
  const seen = new Set<string>();
  for (const column of columns) {
    if (column.role !== "property") continue;
    if (reserved.includes(column.name)) report(column.header, `a property cannot be named ${column.name}`);
    else if (seen.has(column.name)) report(column.header, `the property ${column.name} has two columns`);
    seen.add(column.name);
  }
  return problems.length > before ? undefined : { kind, columns };
}

function describeCell(header: string): CsvColumn | { problem: string } {
  const match = HEADER_CELL.exec(header)!;
  const [, name = "", typeWord, , array, options] = match;
  if (typeWord === undefined) return property(header, name, "string");
  const role = ROLES[typeWord.toUpperCase()];
  if (role !== undefined) return { role, header };
  const type = PROPERTY_TYPES[typeWord.toLowerCase()];
  if (type === undefined) {
    return { problem: `the type ${typeWord} is not supported; use string, int, long, float, double, boolean, date or datetime` };
  }
  if (array !== undefined) return { problem: `array types such as ${typeWord}[] are not supported` };
  if (options !== undefined) return { problem: `column options such as ${options} are not supported` };
  return property(header, name, type);
}

function property(header: string, name: string, type: TextType): CsvColumn | { problem: string } {
  if (name === "") return { problem: "a column has no name" };
  if (UNSAFE_KEYS.has(name)) return { problem: `a property cannot be named ${name}` };
  return { role: "property", header, name, type };
}

/** Splits a header line on its delimiter, dropping the quotes around a cell. */
function splitHeaderLine(line: string): string[] {
  const delimiter = sniffDelimiter(line);
  return line
    .replace(/^\uFEFF/, "")
    .replace(/\r?\n$/, "")
    .split(delimiter)
    .map((cell) => cell.trim().replace(/^"(.*)"$/s, "$1").replace(/""/g, '"'));
}
