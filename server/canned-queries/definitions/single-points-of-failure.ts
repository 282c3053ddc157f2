import { z } from "zod";
import type { GraphModel } from "../../model/graph-model.ts";
import { defineQuery, names } from "../canned-query.ts";
import { relationshipTypesParam, resultLimitParam } from "../params.ts";
import { nameList } from "../rows.ts";
import { MEMBERS_LISTED } from "../../analytics-runtime/tasks.ts";
import { cutOffListed, cutOffListedClause, findingsLimitClause, withClauses } from "../stated-limits.ts";

export const singlePointsOfFailure = (model: GraphModel) => defineQuery({
  id: "single-points-of-failure",
  category: "resilience",
  titles: names("Single points of failure", "Points de défaillance uniques", "Kwetsbare knooppunten"),
  descriptions: names(
    "Entities whose loss splits the network (articulation points of the chosen relationship types), each with what it would cut off.",
    "Entités dont la perte scinde le réseau (points d'articulation pour les types de relation choisis), chacune avec ce qu'elle couperait.",
    "Entiteiten waarvan het verlies het netwerk splitst (scharnierpunten voor de gekozen relatietypes), elk met wat ze zouden afsnijden.",
  ),
  params: z.object({ types: relationshipTypesParam(model), limit: resultLimitParam(50) }),
  columns: [
    { key: "name", names: names("Entity", "Entité", "Entiteit") },
    { key: "cutOffSize", names: names("Entities cut off", "Entités coupées", "Afgesneden entiteiten") },
    { key: "pieceSizes", names: names("Pieces left", "Morceaux restants", "Overblijvende delen") },
    { key: "cutOff", names: names("Cut off", "Coupées", "Afgesneden") },
  ],
  async run(context, params) {
    const { value, nodes, edges } = await context.analyze("singlePointsOfFailure", { types: params.types, limit: params.limit });
    const rows = value.cuts.map((cut) => ({ id: cut.node, name: cut.name, cutOffSize: cut.cutOffSize, pieceSizes: cut.pieceSizes, cutOff: cut.cutOff }));
    const listed = cutOffListed(rows, MEMBERS_LISTED);
    return {
      rows,
      highlight: { nodes: rows.map((r) => r.id), edges: [] },
      extra: { truncated: value.total > rows.length, findingsInAll: value.total, cutOffListed: listed },
      finding: withClauses(names(
        `${rows.length} entities are single points of failure among ${nodes} entities and ${edges} relationships${nameList(rows)}`,
        `${rows.length} entités sont des points de défaillance uniques parmi ${nodes} entités et ${edges} relations${nameList(rows)}`,
        `${rows.length} entiteiten zijn kwetsbare knooppunten onder ${nodes} entiteiten en ${edges} relaties${nameList(rows)}`,
      ), findingsLimitClause(rows.length, value.total), cutOffListedClause(listed)),
      typesConsidered: params.types,
    };
  },
});
