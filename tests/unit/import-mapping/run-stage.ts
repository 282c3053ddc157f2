import type { ImportMapping } from "../../../contract/import-mapping.ts";
import type { ImportWarning } from "../../../contract/imports.ts";
import { RecordStage } from "../../../server/import/mapping/record-stage.ts";
import type { ImportFile, ImportProblem, ImportRecord } from "../../../server/import/records.ts";
import { model } from "../formats/temp-files.ts";

export interface StageOutput {
  records: ImportRecord[];
  problems: ImportProblem[];
  warnings: ImportWarning[];
}

/** One pass of the mapping stage over files, as the scan makes it: the mapping's problems, the records, the nodes made from edges, the file check. */
export async function runStage(files: ImportFile[], mapping?: ImportMapping): Promise<StageOutput> {
  const stage = new RecordStage(model, mapping);
  const problems: ImportProblem[] = [...stage.mappingProblems()];
  const records: ImportRecord[] = [];
  if (problems.length > 0) return { records, problems, warnings: [] };
  for (const file of files) for await (const record of stage.records(file, problems)) records.push(record);
  records.push(...stage.remaining(problems));
  problems.push(...stage.fileProblems());
  return { records, problems, warnings: stage.warnings() };
}

export const dataOf = (output: StageOutput, element: "node" | "edge") =>
  output.records.filter((record) => record.element === element).map((record) => record.data);
