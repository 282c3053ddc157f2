import { FILE_ID, type ImportMapping, type NameSource, type PropertySource } from "../../../contract/import-mapping.ts";
import type { PropertySpec } from "../../../contract/model.ts";
import { NODE_KEYS, specIndex } from "../../graph/check-element.ts";
import type { GraphModel } from "../../model/graph-model.ts";
import type { ImportProblem, ImportRecord, SourceLocation } from "../records.ts";
import { AttributeTally } from "./attribute-tally.ts";
import { convertForSpec } from "./convert-value.ts";
import { EdgeIdNumbering } from "./fit-id.ts";
import { IdAdjustments } from "./id-adjustments.ts";
import { attributeOf, endColumn, isBlank, resolveName, scalarText } from "./name-source.ts";

type Data = Record<string, unknown>;
/** A node the mapping could not make (its problem is reported): its id, when it has one, so edges to it are not reported again. */
export interface Refused {
  refused: string | undefined;
}

/**
 * Turns one raw record (the file's id, ends and attributes by name) into the model's
 * element through the mapping, or through the product's own shape when there is none.
 * Attributes nothing uses are counted for one warning each, not kept; with a mapping,
 * ids are made to fit the id rule and values converted to what the property takes.
 */
export class RecordMapper {
  readonly tally = new AttributeTally();
  readonly ids = new IdAdjustments();
  private readonly numbering = new EdgeIdNumbering();
  private readonly prefix: string;
  /** The attributes the mapping (or the product's own shape) reads besides properties: the same for every record. */
  private readonly nodeUsed: ReadonlySet<string>;
  private readonly edgeUsed: ReadonlySet<string>;

  constructor(private readonly model: GraphModel, private readonly mapping: ImportMapping | undefined) {
    this.prefix = mapping?.nodes?.id?.prefix ?? "";
    const nodes = mapping?.nodes ?? {};
    const edges = mapping?.edges ?? {};
    const fromOf = (source: NameSource | undefined, own: string) =>
      (source === undefined ? [own] : typeof source === "object" ? [source.from] : []);
    const readFrom = (properties: Record<string, PropertySource> | undefined) =>
      Object.values(properties ?? {}).filter((source): source is string => typeof source === "string");
    this.nodeUsed = new Set([
      ...(mapping ? [] : [...NODE_KEYS, "labels"]), nodes.id?.from ?? FILE_ID, ...fromOf(nodes.kind, "kind"), ...readFrom(nodes.properties),
    ]);
    this.edgeUsed = new Set([
      "id", edges.id?.from ?? FILE_ID, ...fromOf(edges.type, "type"), ...readFrom(edges.properties),
      ...(edges.source !== undefined ? [edges.source] : ["source", "Source"]),
      ...(edges.target !== undefined ? [edges.target] : ["target", "Target"]),
    ]);
  }

  /** An id or an edge end as the model will hold it: prefixed and, with a mapping, fitted to the rule. */
  idOf(raw: unknown): string {
    const text = this.prefix + scalarText(raw);
    return this.mapping ? this.ids.fit(text) : text;
  }

  node(record: ImportRecord, problems: ImportProblem[]): ImportRecord | Refused {
    const { data, at } = record;
    const mapping = this.mapping?.nodes ?? {};
    const out: Data = {};
    const idFrom = mapping.id?.from ?? FILE_ID;
    const rawId = attributeOf(data, idFrom);
    if (!isBlank(rawId)) {
      out.id = this.mapping || typeof rawId !== "string" ? this.idOf(rawId) : rawId;
      const other = this.mapping ? this.ids.claimNode(out.id as string, scalarText(rawId)) : undefined;
      if (other !== undefined) {
        problems.push(problemAt(at, {
          code: "duplicate-id", field: idFrom === FILE_ID ? "id" : idFrom,
          message: `the ids "${other}" and "${scalarText(rawId)}" both become "${String(out.id)}" under the id rule; change one of them`,
        }));
        return { refused: out.id as string };
      }
    }
    if (mapping.kind !== undefined) {
      const kind = resolveName(mapping.kind, data, "kind");
      if ("problem" in kind) {
        problems.push(problemAt(at, kind.problem));
        return { refused: typeof out.id === "string" ? out.id : undefined };
      }
      out.kind = kind.name;
    } else if (data.kind !== undefined) {
      out.kind = data.kind;
    }
    if (!this.mapping && data.name !== undefined) out.name = data.name;
    const specs = typeof out.kind === "string" && this.model.kind(out.kind) ? this.model.nodePropertySpecs(out.kind) : undefined;
    this.properties(record, mapping.properties, specs, this.nodeUsed, out, problems);
    return { ...record, data: out };
  }

  edge(record: ImportRecord, problems: ImportProblem[]): ImportRecord | undefined {
    if (record.element !== "edge") return undefined;
    const { data, at } = record;
    const mapping = this.mapping?.edges ?? {};
    const out: Data = {};
    for (const end of ["source", "target"] as const) {
      const column = endColumn(mapping[end], data, end);
      const raw = attributeOf(data, column);
      if (isBlank(raw)) {
        if (mapping[end] === undefined) continue;
        problems.push(problemAt(at, { code: "required", field: column, message: `has no value, and the mapping takes the edge's ${end} from it` }));
        return undefined;
      }
      out[end] = this.idOf(raw);
    }
    if (mapping.type !== undefined) {
      const type = resolveName(mapping.type, data, "type");
      if ("problem" in type) {
        problems.push(problemAt(at, type.problem));
        return undefined;
      }
      out.type = type.name;
    } else if (data.type !== undefined) {
      out.type = data.type;
    }
    const idFrom = mapping.id?.from ?? FILE_ID;
    const rawId = attributeOf(data, idFrom);
    if (!isBlank(rawId)) out.id = this.idOf(rawId);
    else if (typeof out.source === "string" && typeof out.target === "string" && typeof out.type === "string") {
      out.id = this.numbering.next(out.source, out.type, out.target);
    }
    const specs = typeof out.type === "string" && this.model.relationshipType(out.type)
      ? this.model.relationshipPropertySpecs(out.type) : undefined;
    this.properties(record, mapping.properties, specs, this.edgeUsed, out, problems);
    // `undirected` says the file's directions mean nothing (an adjacency list): each edge is oriented as the model allows.
    return mapping.undirected ? { ...record, data: out, directed: false } : { ...record, data: out };
  }

  /**
   * A node made from an edge end no node record names (mapping.nodes.fromEdges): the
   * mapping's constant kind, and the properties it reads from the id or sets as constants.
   */
  nodeFromEnd(id: string, rawEnd: string, at: SourceLocation, problems: ImportProblem[]): ImportRecord {
    const mapping = this.mapping?.nodes ?? {};
    const out: Data = { id, ...(typeof mapping.kind === "string" ? { kind: mapping.kind } : {}) };
    const specs = typeof mapping.kind === "string" ? specIndex(this.model.nodePropertySpecs(mapping.kind)) : new Map();
    for (const [name, source] of Object.entries(mapping.properties ?? {})) {
      const value = typeof source === "object" ? source.value : source === FILE_ID ? rawEnd : undefined;
      if (value !== undefined) this.setProperty(out, specs.get(name), name, source, value, at, problems);
    }
    return { element: "node", data: out, at };
  }

  /**
   * The element's properties: those the mapping names, or (without a list) every attribute
   * named like one of the model's properties here. Every other attribute is counted as unused.
   */
  private properties(
    record: ImportRecord, mapped: Record<string, PropertySource> | undefined, specList: PropertySpec[] | undefined,
    used: ReadonlySet<string>, out: Data, problems: ImportProblem[],
  ): void {
    const { data, at, element } = record;
    const specs = specList ? specIndex(specList) : undefined;
    if (mapped) {
      for (const [name, source] of Object.entries(mapped)) {
        const value = typeof source === "object" ? source.value : attributeOf(data, source);
        if (!isBlank(value)) this.setProperty(out, specs?.get(name), name, source, value, at, problems);
      }
    }
    this.tally.element(element);
    for (const [key, value] of Object.entries(data)) {
      if (key === "id" || value === undefined || value === null) continue;
      this.tally.carries(element, key);
      if (used.has(key)) continue;
      if (!mapped && (!specs || specs.has(key))) {
        // The product's own shape: an attribute named as a property is that property (with an unknown kind, keep all for the check).
        if (specs && this.mapping) this.setProperty(out, specs.get(key), key, key, value, at, problems);
        else out[key] = value;
        continue;
      }
      this.tally.unusedValue(at.file, element, key, value);
    }
  }

  private setProperty(
    out: Data, spec: PropertySpec | undefined, name: string, source: PropertySource, value: unknown,
    at: SourceLocation, problems: ImportProblem[],
  ): void {
    if (!this.mapping || !spec) {
      out[name] = value;
      return;
    }
    const converted = convertForSpec(spec, value);
    if ("value" in converted) out[name] = converted.value;
    else {
      const from = typeof source === "string" ? ` (from "${source}")` : "";
      problems.push(problemAt(at, { code: "bad-value", field: name, message: `${converted.problem}${from}` }));
    }
  }
}

export function problemAt(at: SourceLocation, problem: Omit<ImportProblem, "file">): ImportProblem {
  return {
    file: at.file,
    ...(at.line !== undefined ? { line: at.line } : {}),
    ...(at.row !== undefined ? { row: at.row } : {}),
    ...(at.pointer !== undefined ? { pointer: at.pointer } : {}),
    ...problem,
  };
}
