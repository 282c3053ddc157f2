import { z } from "zod";
import type { GraphModel } from "../../model/graph-model.ts";
import { defineQuery, names } from "../canned-query.ts";
import { relationshipTypesParam, resultLimitParam } from "../params.ts";
import { nameEntities, nameList, withSeedCaveat } from "../rows.ts";
import { MEMBERS_LISTED } from "../../analytics-runtime/tasks.ts";
import { cutOffListed, cutOffListedClause, findingsLimitClause, withClauses } from "../stated-limits.ts";

export const singlePointsOfFailure = (model: GraphModel) => defineQuery({
  id: "single-points-of-failure",
  category: "resilience",
  titles: names("Single points of failure", "Points de défaillance uniques", "Kwetsbare knooppunten"),
  descriptions: names(
    "Entities whose loss splits the network (in graph theory, an articulation point): some others would no longer be joined to the rest by any path. " +
      "Each comes with the entities it would cut off. Consider giving those entities a second link that does not pass through it.",
    "Entités dont la perte scinde le réseau (en théorie des graphes, un point d'articulation) : certaines autres ne seraient plus reliées au reste par aucun chemin. " +
      "Chacune est donnée avec les entités qu'elle couperait. Envisagez de donner à ces entités un second lien qui ne passe pas par elle.",
    "Entiteiten waarvan het verlies het netwerk splitst (in de grafentheorie een scharnierpunt): sommige andere zouden langs geen enkel pad nog met de rest verbonden zijn. " +
      "Bij elke entiteit staan de entiteiten die ze zou afsnijden. Overweeg die entiteiten een tweede verbinding te geven die er niet langs loopt.",
  ),
  params: z.object({ types: relationshipTypesParam(model), limit: resultLimitParam(50) }),
  columns: [
    { key: "name", names: names("Entity", "Entité", "Entiteit") },
    { key: "cutOffSize", names: names("Entities cut off", "Entités coupées", "Afgesneden entiteiten") },
    { key: "pieceSizes", names: names("Pieces left", "Morceaux restants", "Overblijvende delen") },
    { key: "cutOffNames", names: names("Cut off", "Coupées", "Afgesneden") },
  ],
  async run(context, params) {
    const { value, nodes, edges } = await context.analyze("singlePointsOfFailure", { types: params.types, limit: params.limit });
    const naming = await nameEntities(context, value.cuts.flatMap((cut) => [cut.node, ...cut.cutOff]));
    const rows = value.cuts.map((cut) => ({
      id: cut.node, name: naming.name(cut.node), cutOffSize: cut.cutOffSize, pieceSizes: cut.pieceSizes, cutOff: cut.cutOff,
      cutOffNames: naming.names(cut.cutOff),
    }));
    const listed = cutOffListed(rows, MEMBERS_LISTED);
    return withSeedCaveat({
      rows,
      highlight: { nodes: rows.map((r) => r.id), edges: [] },
      extra: { truncated: value.total > rows.length, findingsInAll: value.total, cutOffListed: listed },
      finding: withClauses(names(
        `${rows.length} entities are single points of failure among ${nodes} entities and ${edges} relationships${nameList(rows)}`,
        `${rows.length} entités sont des points de défaillance uniques parmi ${nodes} entités et ${edges} relations${nameList(rows)}`,
        `${rows.length} entiteiten zijn kwetsbare knooppunten onder ${nodes} entiteiten en ${edges} relaties${nameList(rows)}`,
      ), findingsLimitClause(rows.length, value.total), cutOffListedClause(listed)),
      typesConsidered: params.types,
    }, naming.restOnSeed(rows.map((r) => r.id)));
  },
});
