import type { ImportInspection } from "../../../contract/import-inspection.ts";
import type { Language } from "../../../contract/model.ts";
import type { GraphModel } from "../../model/graph-model.ts";
import type { ImportFile, ImportProblem } from "../records.ts";
import { AttributeProfile } from "./attribute-profile.ts";
import { profileFile } from "./file-profile.ts";
import { FEW_VALUES, proposeMapping } from "./propose-mapping.ts";

const MAX_PROBLEMS = 20;

/**
 * What dropped files hold and how they might map onto the model: a profile per file and
 * one proposed mapping for them all. It reads the files only; nothing is written, and
 * the answer shows the uploader nothing but their own files and the model.
 */
export async function inspectFiles(files: readonly ImportFile[], model: GraphModel, language: Language): Promise<ImportInspection> {
  const problems: ImportProblem[] = [];
  const overall = { nodes: new AttributeProfile(), edges: new AttributeProfile() };
  const profiles = [];
  for (const file of files) profiles.push(await profileFile(file, model, { problems, overall }));
  const values = { nodes: overall.nodes.fewValues(FEW_VALUES), edges: overall.edges.fewValues(FEW_VALUES) };
  const proposal = proposeMapping({
    nodes: profiles.reduce((sum, profile) => sum + profile.nodes, 0),
    edges: profiles.reduce((sum, profile) => sum + profile.edges, 0),
    nodeAttributes: overall.nodes.list(),
    edgeAttributes: overall.edges.list(),
    values,
  }, model.definition, language);
  return { files: profiles, proposal, values, problems: problems.slice(0, MAX_PROBLEMS) };
}
