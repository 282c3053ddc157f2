import { stat } from "node:fs/promises";
import { canSee, classificationRank, normaliseCaveat, type Clearance } from "../../contract/markings.ts";
import { checkEdgeData, checkNodeData, type FieldIssue } from "../graph/check-element.ts";
import type { GraphModel } from "../model/graph-model.ts";
import { detectFormat } from "./formats/detect.ts";
import { ElementIndex } from "./element-index.ts";
import type { FileSummary, ImportProgress } from "./import-report.ts";
import { ProblemList } from "./problem-list.ts";
import type { ImportFile, ImportProblem, ImportRecord, SourceLocation } from "./records.ts";
import { markingOfProps } from "../access/answer-marking.ts";
import type { ImportMapping } from "../../contract/import-mapping.ts";
import type { ImportWarning } from "../../contract/imports.ts";
import { RecordStage } from "./mapping/record-stage.ts";

export interface ScanOptions {
  maxElements: number;
  /** The importing user's: an element marked above it, or with a caveat it lacks, is a problem. */
  clearance?: Clearance;
  onProgress?: (progress: ImportProgress) => void;
  /** How the files' attributes become the model's elements; the product's own shape when absent. */
  mapping?: ImportMapping;
}

export interface ScanResult {
  files: FileSummary[];
  index: ElementIndex;
  problems: ProblemList;
  /** What the import drops or changes on its way in, once per cause. */
  warnings: ImportWarning[];
}

const PROGRESS_EVERY = 5_000;

/**
 * The first pass: reads every file once, streaming, and checks each element against the
 * model and the others (duplicate ids, endpoints known in the files and the kinds they
 * join). What only the database can answer (ends that are not in the files, what a
 * replace would delete) is left to the writer's checks, which run before its first write.
 */
export async function scanFiles(model: GraphModel, files: ImportFile[], options: ScanOptions): Promise<ScanResult> {
  const index = new ElementIndex(files.map((file) => file.name), model);
  const problems = new ProblemList();
  const summaries: FileSummary[] = [];
  let read = 0;
  const stage = new RecordStage(model, options.mapping);
  for (const problem of stage.mappingProblems()) problems.add(problem);
  if (!problems.empty) return { files: summaries, index, problems, warnings: [] };

  for (const [fileIndex, file] of files.entries()) {
    const summary: FileSummary = { name: file.name, bytes: (await stat(file.path)).size, nodes: 0, edges: 0 };
    summaries.push(summary);
    const detected = await detectFormat(file);
    if ("problem" in detected) {
      problems.add(detected.problem);
      continue;
    }
    summary.format = detected.format;
    const readerProblems: ImportProblem[] = [];
    for await (const record of stage.records(file, readerProblems)) {
      problems.drain(readerProblems);
      read += 1;
      if (read > options.maxElements) {
        problems.add({
          file: file.name, ...lineOf(record.at),
          message: `the files hold more than ${options.maxElements.toLocaleString("en")} elements, the most one import ` +
            "may hold (IMPORT_MAX_ELEMENTS); split them by source and import each part",
        });
        return { files: summaries, index, problems, warnings: [] };
      }
      if (record.element === "node") summary.nodes += 1;
      else summary.edges += 1;
      checkRecord(model, index, problems, fileIndex, record);
      if (options.clearance) checkClearance(options.clearance, problems, record);
      if (read % PROGRESS_EVERY === 0) options.onProgress?.({ phase: "reading", done: read, total: 0 });
    }
    problems.drain(readerProblems);
  }
  const madeProblems: ImportProblem[] = [];
  for (const record of stage.remaining(madeProblems)) {
    const fileIndex = files.findIndex((file) => file.name === record.at.file);
    summaries[fileIndex]!.nodes += 1;
    checkRecord(model, index, problems, fileIndex, record);
  }
  problems.drain(madeProblems);
  for (const problem of stage.fileProblems()) problems.add(problem);
  for (const id of stage.refusedNodeIds) index.badNodes.add(id);
  settlePending(index, problems);
  options.onProgress?.({ phase: "reading", done: read, total: read });
  return { files: summaries, index, problems, warnings: stage.warnings() };
}

function checkRecord(model: GraphModel, index: ElementIndex, problems: ProblemList, fileIndex: number, record: ImportRecord): void {
  const { data, at } = record;
  const where = locationOf(at);
  const report = (issues: FieldIssue[]) => {
    for (const issue of issues) problems.add({ ...where, ...(issue.code ? { code: issue.code } : {}), ...(issue.field ? { field: issue.field } : {}), message: issue.message });
  };
  const code = index.pack(fileIndex, record.element, at);
  if (typeof data.id === "string" && data.id !== "") {
    const earlier = index.firstSeen.get(data.id);
    if (earlier === undefined) index.firstSeen.set(data.id, code);
    else report([{ field: "id", message: `duplicate id "${data.id}", first used at ${index.describe(earlier)}` }]);
  }

  if (record.element === "node") {
    index.nodes += 1;
    const issues = checkNodeData(model, data);
    report(issues);
    if (typeof data.id !== "string") return;
    if (issues.some((issue) => issue.field === "id" || issue.field === "kind")) index.badNodes.add(data.id);
    else index.nodeKind.set(data.id, data.kind as string);
    return;
  }

  index.edges += 1;
  const issues = checkEdgeData(model, data);
  report(issues);
  if (issues.some((issue) => ["id", "source", "target", "type"].includes(issue.field ?? ""))) return;
  const edge = {
    id: data.id as string, type: data.type as string, source: data.source as string, target: data.target as string,
    ...(record.directed === false ? { undirected: true } : {}),
  };
  if (index.orientation.isRepeat(edge)) return;
  const from = index.nodeKind.get(edge.source);
  const to = index.nodeKind.get(edge.target);
  if (from !== undefined && to !== undefined) {
    const rule = index.orientation.check(edge, from, to);
    if (rule) problems.add({ ...where, ...rule });
  } else {
    index.pending.push({ ...edge, at: code });
  }
}

/** Nobody may write what they could not read back: the marking must be within the importer's clearance. */
function checkClearance(clearance: Clearance, problems: ProblemList, record: ImportRecord): void {
  const marking = markingOfProps(record.data);
  if (canSee(clearance, marking)) return;
  const level = marking.classification ?? undefined;
  const list = marking.caveats ?? [];
  const where = locationOf(record.at);
  if (level !== undefined && classificationRank(level) > classificationRank(clearance.level)) {
    problems.add({ ...where, field: "classification", message: `is ${level}, above your clearance (${clearance.level})` });
  }
  const held = new Set(clearance.caveats.map(normaliseCaveat));
  const missing = list.filter((caveat) => !held.has(normaliseCaveat(caveat)));
  if (missing.length > 0) {
    problems.add({ ...where, field: "caveats", message: `carries ${missing.join(", ")}, which you do not hold` });
  }
}

/**
 * Edges read before one of their ends: checked again now that every file is read. Those
 * whose ends are still unknown stay pending for the database check; those touching a
 * node that was itself invalid are not reported twice.
 */
function settlePending(index: ElementIndex, problems: ProblemList): void {
  const stillPending = index.pending.filter((edge) => {
    if (index.badNodes.has(edge.source) || index.badNodes.has(edge.target)) return false;
    const from = index.nodeKind.get(edge.source);
    const to = index.nodeKind.get(edge.target);
    if (from === undefined || to === undefined) return true;
    const rule = index.orientation.check(edge, from, to);
    if (rule) problems.add({ ...index.unpack(edge.at), ...rule });
    return true;
  });
  index.pending.length = 0;
  index.pending.push(...stillPending);
}

function locationOf(at: SourceLocation): ImportProblem {
  return {
    file: at.file,
    ...(at.line !== undefined ? { line: at.line } : {}),
    ...(at.row !== undefined ? { row: at.row } : {}),
    ...(at.pointer !== undefined ? { pointer: at.pointer } : {}),
    message: "",
  };
}

function lineOf(at: SourceLocation): Pick<ImportProblem, "line" | "row" | "pointer"> {
  const { file: _file, ...rest } = at;
  return rest;
}
