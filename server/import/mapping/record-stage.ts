import type { ImportMapping } from "../../../contract/import-mapping.ts";
import type { ImportWarning } from "../../../contract/imports.ts";
import type { GraphModel } from "../../model/graph-model.ts";
import { readRecords } from "../formats/detect.ts";
import type { ImportFile, ImportProblem, ImportRecord, SourceLocation } from "../records.ts";
import { checkMapping, type MappingIssue } from "./check-mapping.ts";
import { unknownAttributes } from "./file-check.ts";
import { RecordMapper } from "./map-record.ts";
import { endColumn } from "./name-source.ts";

export { checkMapping, type MappingIssue } from "./check-mapping.ts";

/**
 * Between the format readers and the checks: every record of a pass goes through here, so
 * the scan and the write pass see the same elements with the same ids (edges without one
 * are numbered in file order). Make one stage per pass, read the files in the same order
 * through `records`, then take `remaining` (the nodes a mapping makes from edge ends).
 */
export class RecordStage {
  private readonly mapper: RecordMapper;
  private readonly fromEdges: boolean;
  private readonly nodeIds = new Set<string>();
  private readonly ends = new Map<string, { raw: string; at: SourceLocation }>();
  /** Nodes the stage refused (their problem is reported): edges that touch them are not reported again. */
  readonly refusedNodeIds = new Set<string>();
  private made = 0;

  constructor(private readonly model: GraphModel, private readonly mapping: ImportMapping | undefined) {
    this.mapper = new RecordMapper(model, mapping);
    this.fromEdges = mapping?.nodes?.fromEdges === true;
  }

  /** The mapping against the model, before any file is read: problems with code `mapping`, naming each path. */
  mappingProblems(): ImportProblem[] {
    return checkMapping(this.model, this.mapping).map(asProblem);
  }

  async *records(file: ImportFile, problems: ImportProblem[]): AsyncGenerator<ImportRecord> {
    for await (const record of readRecords(file, this.model, problems)) {
      if (record.element === "node") {
        const mapped = this.mapper.node(record, problems);
        if ("refused" in mapped) {
          if (mapped.refused !== undefined) this.refusedNodeIds.add(mapped.refused);
          continue;
        }
        if (this.fromEdges && typeof mapped.data.id === "string") this.nodeIds.add(mapped.data.id);
        yield mapped;
      } else {
        const mapped = this.mapper.edge(record, problems);
        if (!mapped) continue;
        if (this.fromEdges) this.noteEnds(record.data, mapped.data, record.at);
        yield mapped;
      }
    }
  }

  /** After every file: the nodes made from edge ends that no node record names, in the order the edges name them. */
  *remaining(problems: ImportProblem[]): Generator<ImportRecord> {
    for (const [id, { raw, at }] of this.ends) {
      if (this.nodeIds.has(id) || this.refusedNodeIds.has(id)) continue;
      this.made += 1;
      yield this.mapper.nodeFromEnd(id, raw, at, problems);
    }
    this.ends.clear();
  }

  /** The mapping against what the files hold, once all are read: a mapped attribute no element carries. */
  fileProblems(): ImportProblem[] {
    return unknownAttributes(this.mapping, this.mapper.tally).map(asProblem);
  }

  /** What the pass dropped or changed, once per cause. */
  warnings(): ImportWarning[] {
    const warnings = this.mapper.tally.warnings();
    const adjusted = this.mapper.ids.warning();
    if (adjusted) warnings.push(adjusted);
    if (this.made > 0) {
      warnings.push({
        code: "nodes-from-edges", count: this.made,
        message: `${this.made} entit${this.made === 1 ? "y was" : "ies were"} made from relationship ends that no node record describes`,
      });
    }
    return warnings;
  }

  private noteEnds(raw: Record<string, unknown>, data: Record<string, unknown>, at: SourceLocation): void {
    const columns = { source: this.mapping?.edges?.source, target: this.mapping?.edges?.target };
    for (const end of ["source", "target"] as const) {
      const id = data[end];
      if (typeof id !== "string" || this.ends.has(id)) continue;
      this.ends.set(id, { raw: String(raw[endColumn(columns[end], raw, end)]), at });
    }
  }
}

/** A mapping issue as a report's problem: the mapping is its "file", the path its field. */
function asProblem(issue: MappingIssue): ImportProblem {
  return { code: "mapping", file: "(mapping)", field: issue.path, message: issue.message };
}
