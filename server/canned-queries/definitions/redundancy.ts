import { z } from "zod";
import { entityId } from "../../../contract/elements.ts";
import type { GraphModel } from "../../model/graph-model.ts";
import { defineQuery, names } from "../canned-query.ts";
import { relationshipTypesParam } from "../params.ts";

export const redundancy = (model: GraphModel) => defineQuery({
  id: "redundancy",
  category: "resilience",
  titles: names("Independent paths between two entities", "Chemins indépendants entre deux entités", "Onafhankelijke paden tussen twee entiteiten"),
  descriptions: names(
    "How many paths join two entities without sharing a relationship (edge-disjoint) or an intermediate entity (node-disjoint), and those paths.",
    "Combien de chemins relient deux entités sans partager de relation (arêtes disjointes) ni d'entité intermédiaire (nœuds disjoints), et ces chemins.",
    "Hoeveel paden twee entiteiten verbinden zonder een relatie (kant-disjunct) of een tussenliggende entiteit (knoop-disjunct) te delen, en die paden.",
  ),
  params: z.object({
    from: entityId.default("sgrs").describe("One entity."),
    to: entityId.default("ocam").describe("The other entity."),
    types: relationshipTypesParam(model),
  }),
  entityParams: ["from", "to"],
  columns: [
    { key: "path", names: names("Path", "Chemin", "Pad") },
    { key: "hops", names: names("Hops", "Sauts", "Stappen") },
  ],
  async run(context, params) {
    const { value } = await context.analyze("redundancy", { from: params.from, to: params.to, types: params.types });
    const rows = value.paths.map((path, i) => ({ id: `path-${i + 1}`, path: path.nodes, hops: path.edges.length, edges: path.edges }));
    return {
      rows,
      highlight: { nodes: [...new Set(value.paths.flatMap((p) => p.nodes))], edges: value.paths.flatMap((p) => p.edges) },
      extra: { edgeDisjointPaths: value.edgeDisjointPaths, nodeDisjointPaths: value.nodeDisjointPaths },
      finding: names(
        `${params.from} and ${params.to} are joined by ${value.edgeDisjointPaths} edge-disjoint and ${value.nodeDisjointPaths} node-disjoint path(s)`,
        `${params.from} et ${params.to} sont reliés par ${value.edgeDisjointPaths} chemin(s) à arêtes disjointes et ${value.nodeDisjointPaths} à nœuds disjoints`,
        `${params.from} en ${params.to} zijn verbonden door ${value.edgeDisjointPaths} kant-disjuncte en ${value.nodeDisjointPaths} knoop-disjuncte pad(en)`,
      ),
      typesConsidered: params.types,
    };
  },
});
