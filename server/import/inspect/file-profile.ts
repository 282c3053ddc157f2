import type { FileProfile } from "../../../contract/import-mapping.ts";
import type { GraphModel } from "../../model/graph-model.ts";
import { detectFormat, readRecords } from "../formats/detect.ts";
import type { ImportFile, ImportProblem } from "../records.ts";
import { AttributeProfile } from "./attribute-profile.ts";

/** What every element has by structure rather than as an attribute: its id and, for an edge, its ends. */
const STRUCTURE = new Set(["id", "source", "target"]);

/**
 * Reads one file through the importer's own readers and tallies what it holds: nodes,
 * edges (and how many the file says are undirected), and each attribute with its count
 * and a few values. Problems the readers meet go to `problems`; the profile counts what
 * could be read. `overall` tallies every file of the request together, for the proposal.
 */
export async function profileFile(
  file: ImportFile, model: GraphModel, { problems, overall }: { problems: ImportProblem[]; overall: { nodes: AttributeProfile; edges: AttributeProfile } },
): Promise<FileProfile> {
  const detected = await detectFormat(file);
  const profile = { name: file.name, format: "format" in detected ? detected.format : "unknown", nodes: 0, edges: 0, undirectedEdges: 0 };
  const nodes = new AttributeProfile();
  const edges = new AttributeProfile();
  for await (const record of readRecords(file, model, problems)) {
    const tally = record.element === "node" ? nodes : edges;
    const all = record.element === "node" ? overall.nodes : overall.edges;
    if (record.element === "node") profile.nodes++;
    else {
      profile.edges++;
      if (record.directed === false) profile.undirectedEdges++;
    }
    for (const [name, value] of Object.entries(record.data)) {
      if (STRUCTURE.has(name)) continue;
      tally.add(name, value);
      all.add(name, value);
    }
  }
  return { ...profile, nodeAttributes: nodes.list(), edgeAttributes: edges.list() };
}
