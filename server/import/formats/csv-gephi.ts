import { unescapeFormula } from "../../export/spreadsheet-escape.ts";
import type { ImportProblem, ImportRecord } from "../records.ts";
import { UNSAFE_KEYS } from "./text-values.ts";

/**
 * CSV lists as Gephi's data laboratory writes them (and as spreadsheets often hold a
 * network): an edge list with `Source` and `Target` columns (optionally `Type` saying
 * Directed or Undirected, `Id`, and any others), or a node list with an `Id` column.
 * Column names are matched whatever their case; every other column is an attribute
 * under its own name, as text (a mapping says what it means).
 */
export type GephiListKind = "csv-node-list" | "csv-edge-list";

export type GephiColumn =
  | { role: "id" | "start" | "end" | "direction"; header: string }
  | { role: "attribute"; header: string };

/** Which Gephi list a header's cells announce, if any. */
export function gephiListKind(cells: readonly string[]): GephiListKind | undefined {
  const names = new Set(cells.map((cell) => cell.trim().toLowerCase()));
  if (names.has("source") && names.has("target")) return "csv-edge-list";
  if (names.has("id")) return "csv-node-list";
  return undefined;
}

/** Reads a Gephi list's header row, reporting every problem with it; undefined when it is unusable. */
export function parseGephiHeader(
  kind: GephiListKind, cells: readonly string[], at: { file: string; line: number }, problems: ImportProblem[],
): GephiColumn[] | undefined {
  const before = problems.length;
  const roles: Record<string, GephiColumn["role"]> = kind === "csv-edge-list"
    ? { id: "id", source: "start", target: "end", type: "direction" }
    : { id: "id" };
  const seen = new Set<string>();
  const columns = cells.map((raw): GephiColumn => {
    const header = raw.trim();
    const lower = header.toLowerCase();
    if (header === "") problems.push({ ...at, code: "file", message: "a column has no name" });
    else if (UNSAFE_KEYS.has(header)) problems.push({ ...at, code: "file", field: header, message: `a column cannot be named ${header}` });
    const role = roles[lower];
    const name = role ?? header;
    if (header !== "" && seen.has(name)) problems.push({ ...at, code: "file", field: header, message: `the header has more than one ${header} column` });
    seen.add(name);
    return role ? { role, header } : { role: "attribute", header };
  });
  return problems.length > before ? undefined : columns;
}

/**
 * One row of a Gephi list: `Id` → id, `Source`/`Target` → source/target, `Type` →
 * the record's direction (kept as an attribute when it is neither Directed nor
 * Undirected: a relationship type, say), every other non-empty cell as text.
 */
export function readGephiRow(
  kind: GephiListKind, columns: readonly GephiColumn[], cells: readonly string[],
  at: { file: string; line: number; row: number }, problems: ImportProblem[],
): ImportRecord | undefined {
  if (cells.length !== columns.length) {
    problems.push({ ...at, code: "file", message: `the row has ${cells.length} cells but the header has ${columns.length}` });
    return undefined;
  }
  const before = problems.length;
  const data: Record<string, unknown> = {};
  let directed = true;
  columns.forEach((column, i) => {
    const cell = unescapeFormula(cells[i]!);
    if (column.role === "attribute") {
      if (cell !== "") data[column.header] = cell;
      return;
    }
    if (column.role === "direction") {
      const direction = directionOf(cell);
      if (direction === undefined) data[column.header] = cell;
      else directed = direction;
      return;
    }
    const text = cell.trim();
    if (text !== "") data[KEY_OF_ROLE[column.role]] = text;
    else if (column.role !== "id" || kind === "csv-node-list") {
      problems.push({ ...at, code: column.role === "id" ? "bad-id" : "required", field: column.header, message: `${column.header} is empty` });
    }
  });
  if (problems.length > before) return undefined;
  if (kind === "csv-node-list") return { element: "node", data, at };
  return directed ? { element: "edge", data, at } : { element: "edge", data, at, directed: false };
}

const KEY_OF_ROLE = { id: "id", start: "source", end: "target" } as const;

/** A Gephi `Type` cell: false for an undirected (or mutual) edge, true for a directed one, undefined for any other text. */
export function directionOf(cell: string): boolean | undefined {
  const lower = cell.trim().toLowerCase();
  if (lower === "directed" || lower === "") return true;
  if (lower === "undirected" || lower === "mutual") return false;
  return undefined;
}
