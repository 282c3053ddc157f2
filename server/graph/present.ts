import { GraphModel } from "../model/graph-model.ts";
import type { Language } from "../../contract/model.ts";
import type { Row } from "../neo4j/database.ts";
import type { EdgeData, Elements, NodeData } from "./elements.ts";

/**
 * Presenters: database rows (already plain values) to the wire format. Internal
 * properties of the store never leave; labels outside the model are dropped.
 */
export interface NodeRow {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
}

export interface EdgeRow {
  id: string;
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

/*
 * `stagedBy` marks an element of a large import until its stage is published and
 * settled (import/staged-import.ts): bookkeeping of the store, never data.
 */
export function presentNode(model: GraphModel, row: NodeRow, language: Language): { data: NodeData } {
  const { id: _id, stagedBy: _stage, ...props } = row.props;
  const kind = model.kindOfLabels(row.labels) ?? "Unknown";
  const name = GraphModel.nameIn(props, language) ?? row.id;
  return { data: { id: row.id, kind, name, ...props } };
}

export function presentEdge(row: EdgeRow): { data: EdgeData } {
  const { id: _id, stagedBy: _stage, ...props } = row.props;
  return { data: { id: row.id, source: row.source, target: row.target, type: row.type, ...props } };
}

export function presentElements(
  model: GraphModel,
  rows: { nodes: NodeRow[]; edges: EdgeRow[] },
  language: Language,
): Elements {
  return {
    nodes: rows.nodes.map((row) => presentNode(model, row, language)),
    edges: rows.edges.map(presentEdge),
  };
}

export const asNodeRow = (row: Row): NodeRow => row as unknown as NodeRow;
export const asEdgeRow = (row: Row): EdgeRow => row as unknown as EdgeRow;
