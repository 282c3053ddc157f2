import { markingOfProps } from "../access/answer-marking.ts";
import { highestMarking } from "../../contract/markings.ts";
import { specIndex } from "../graph/check-element.ts";
import type { PropertySpec } from "../../contract/model.ts";
import { toNeo4jValue } from "../neo4j/convert.ts";
import { STAMP_FIELDS } from "./compare.ts";
import type { ElementChange } from "./import-report.ts";
import type { SourceLocation } from "./records.ts";

/** Provenance stamped on every element an import creates or changes. */
export interface Stamp {
  importId: string;
  loadedBy: string;
  loadedAt: string;
  /** The source every element is recorded under; when absent, the element's own or its file's. */
  source?: string;
}

/** One element of the files on its way to the database. */
export interface Item {
  id: string;
  /** Kind of a node, type of a relationship. */
  label: string;
  source?: string;
  target?: string;
  /** Model properties as plain wire values, the load source included, stamps excluded. */
  props: Record<string, unknown>;
  at: SourceLocation;
}

/** The properties of an element's data an import writes: not its own keys (id, kind …), not stamps, not nulls; the load source added. */
export function wantedProps(
  data: Record<string, unknown>, own: ReadonlySet<string>, at: SourceLocation, stamp: Stamp,
): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (own.has(key) || STAMP_FIELDS.has(key) || value === null || value === undefined) continue;
    props[key] = value;
  }
  props.provenanceSource = stamp.source
    ?? (typeof data.provenanceSource === "string" && data.provenanceSource !== "" ? data.provenanceSource : at.file);
  return props;
}

/** Wire values as Neo4j stores them, with the import's stamps. */
export function typedProps(props: Record<string, unknown>, specs: PropertySpec[], stamp: Stamp): Record<string, unknown> {
  const byName = specIndex(specs);
  const typed: Record<string, unknown> = { provenanceImportId: stamp.importId, provenanceLoadedBy: stamp.loadedBy };
  for (const [key, value] of Object.entries(props)) {
    const spec = byName.get(key);
    typed[key] = spec ? toNeo4jValue(value, spec) : value;
  }
  return typed;
}

/** A change for the report; `marked`: the element as written and as stored (and, for a relationship, its ends). */
export function change(element: "node" | "edge", item: Item, marked: object[], fields?: string[]): ElementChange {
  return {
    element, id: item.id, label: item.label, marking: highestMarking(marked.map(markingOfProps)),
    ...(fields ? { fields } : {}),
    file: item.at.file,
    ...(item.at.line !== undefined ? { line: item.at.line } : {}),
    ...(item.at.row !== undefined ? { row: item.at.row } : {}),
  };
}
