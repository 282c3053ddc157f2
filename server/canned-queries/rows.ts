import { asNodeRow, presentNode } from "../graph/present.ts";
import type { Row } from "../neo4j/database.ts";
import type { QueryRunContext } from "./canned-query.ts";

/** The columns every entity row starts with: id (for focusing), name and kind. */
export function entityCells(context: QueryRunContext, row: Row): { id: string; name: string; kind: string } {
  const { data } = presentNode(context.model, asNodeRow(row), context.language);
  return { id: data.id, name: data.name ?? data.id, kind: data.kind };
}

export const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** Projection node names by id, for rows computed in the worker. */
export function nameOf(names: Map<string, string>, id: string): string {
  return names.get(id) ?? id;
}

/** ": a, b, c" after a count, or nothing when there is nothing to name (at most 12 names). */
export function nameList(rows: { name: string }[]): string {
  if (rows.length === 0) return "";
  const shown = rows.slice(0, 12).map((row) => row.name).join(", ");
  return `: ${shown}${rows.length > 12 ? ", …" : ""}`;
}
