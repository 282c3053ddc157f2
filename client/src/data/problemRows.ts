import type { ImportProblem } from "../../../contract/imports.ts";

/** One problem as a table row: sortable columns, and its place in the order the server found it. */
export interface ProblemRow {
  id: string;
  line: number | null;
  /** A CSV data row's number, or a JSON element's pointer such as `nodes[3]`. */
  row: number | string | null;
  field: string;
  message: string;
}

export interface ProblemGroup {
  file: string;
  rows: ProblemRow[];
}

/**
 * The problems grouped by file, files in the order they were first named, each file's
 * problems by line then row (a problem with neither, such as a missing file, first).
 */
export function groupProblemsByFile(problems: readonly ImportProblem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemRow[]>();
  problems.forEach((problem, index) => {
    const rows = groups.get(problem.file) ?? [];
    rows.push({
      id: String(index),
      line: problem.line ?? null,
      row: problem.row ?? problem.pointer ?? null,
      field: problem.field ?? "",
      message: problem.message,
    });
    groups.set(problem.file, rows);
  });
  return [...groups].map(([file, rows]) => ({ file, rows: rows.sort(byPlace) }));
}

function byPlace(a: ProblemRow, b: ProblemRow): number {
  return (a.line ?? -1) - (b.line ?? -1) || rowNumber(a) - rowNumber(b) || Number(a.id) - Number(b.id);
}

function rowNumber(row: ProblemRow): number {
  return typeof row.row === "number" ? row.row : -1;
}
