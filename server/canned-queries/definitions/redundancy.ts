import { z } from "zod";
import { entityId } from "../../../contract/elements.ts";
import type { GraphModel } from "../../model/graph-model.ts";
import { defineQuery, names } from "../canned-query.ts";
import { relationshipTypesParam } from "../params.ts";
import { chainText, nameEntities } from "../rows.ts";

export const redundancy = (model: GraphModel) => defineQuery({
  id: "redundancy",
  category: "resilience",
  titles: names("Independent paths between two entities", "Chemins indépendants entre deux entités", "Onafhankelijke paden tussen twee entiteiten"),
  descriptions: names(
    "How many independent paths join two entities, and those paths: paths that share no relationship " +
      "(each survives the loss of a relationship on another) and paths that share no entity in between (each survives the loss of an intermediary). " +
      "One path means a single failure cuts the two apart; two or more mean the cooperation has a fallback.",
    "Combien de chemins indépendants relient deux entités, et ces chemins : des chemins qui ne partagent aucune relation " +
      "(chacun survit à la perte d'une relation d'un autre) et des chemins qui ne partagent aucune entité intermédiaire (chacun survit à la perte d'un intermédiaire). " +
      "Un seul chemin signifie qu'une seule défaillance sépare les deux ; deux ou plus, que la coopération a une solution de repli.",
    "Hoeveel onafhankelijke paden twee entiteiten verbinden, en die paden: paden die geen relatie delen " +
      "(elk overleeft het verlies van een relatie op een ander) en paden die geen tussenliggende entiteit delen (elk overleeft het verlies van een tussenschakel). " +
      "Eén pad betekent dat één storing de twee scheidt; twee of meer, dat de samenwerking een uitwijkmogelijkheid heeft.",
  ),
  params: z.object({
    from: entityId.default("sgrs").describe("One entity."),
    to: entityId.default("ocam").describe("The other entity."),
    types: relationshipTypesParam(model),
  }),
  entityParams: ["from", "to"],
  columns: [
    { key: "pathNames", names: names("Path", "Chemin", "Pad") },
    { key: "hops", names: names("Hops", "Sauts", "Stappen") },
  ],
  async run(context, params) {
    const { value } = await context.analyze("redundancy", { from: params.from, to: params.to, types: params.types });
    const naming = await nameEntities(context, [params.from, params.to, ...value.paths.flatMap((p) => p.nodes)]);
    const rows = value.paths.map((path, i) => ({
      id: `path-${i + 1}`, path: path.nodes, pathNames: chainText(naming.names(path.nodes)), hops: path.edges.length, edges: path.edges,
    }));
    const [from, to] = [naming.name(params.from), naming.name(params.to)];
    return {
      rows,
      highlight: { nodes: [...new Set(value.paths.flatMap((p) => p.nodes))], edges: value.paths.flatMap((p) => p.edges) },
      extra: { edgeDisjointPaths: value.edgeDisjointPaths, nodeDisjointPaths: value.nodeDisjointPaths },
      finding: names(
        `${from} and ${to} are joined by ${value.edgeDisjointPaths} path(s) sharing no relationship and ${value.nodeDisjointPaths} sharing no entity in between`,
        `${from} et ${to} sont reliés par ${value.edgeDisjointPaths} chemin(s) sans relation commune et ${value.nodeDisjointPaths} sans entité intermédiaire commune`,
        `${from} en ${to} zijn verbonden door ${value.edgeDisjointPaths} pad(en) zonder gemeenschappelijke relatie en ${value.nodeDisjointPaths} zonder gemeenschappelijke tussenliggende entiteit`,
      ),
      typesConsidered: params.types,
    };
  },
});
