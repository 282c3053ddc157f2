import { z } from "zod";
import type { GraphModel } from "../../model/graph-model.ts";
import { defineQuery, names } from "../canned-query.ts";
import { relationshipTypesParam, resultLimitParam } from "../params.ts";
import { nameEntities, typeName } from "../rows.ts";
import { MEMBERS_LISTED } from "../../analytics-runtime/tasks.ts";
import { cutOffListed, cutOffListedClause, findingsLimitClause, withClauses } from "../stated-limits.ts";

export const criticalLinks = (model: GraphModel) => defineQuery({
  id: "critical-links",
  category: "resilience",
  titles: names("Critical links", "Liens critiques", "Kritieke verbindingen"),
  descriptions: names(
    "Relationships whose loss splits the network in two (in graph theory, a bridge): no other path joins the two sides. " +
      "Each comes with the entities it would cut off. A relationship doubled by another between the same entities is never critical. " +
      "A critical link is a single thread: consider a second channel between the two sides.",
    "Relations dont la perte scinde le réseau en deux (en théorie des graphes, un pont) : aucun autre chemin ne relie les deux côtés. " +
      "Chacune est donnée avec les entités qu'elle couperait. Une relation doublée par une autre entre les mêmes entités n'est jamais critique. " +
      "Un lien critique est un fil unique : envisagez un second canal entre les deux côtés.",
    "Relaties waarvan het verlies het netwerk in tweeën splitst (in de grafentheorie een brug): geen ander pad verbindt de twee kanten. " +
      "Bij elke relatie staan de entiteiten die ze zou afsnijden. Een relatie die door een andere tussen dezelfde entiteiten wordt gedubbeld, is nooit kritiek. " +
      "Een kritieke verbinding is één enkele draad: overweeg een tweede kanaal tussen de twee kanten.",
  ),
  params: z.object({ types: relationshipTypesParam(model), limit: resultLimitParam(50) }),
  columns: [
    { key: "typeName", names: names("Relationship", "Relation", "Relatie") },
    { key: "sourceName", names: names("From", "De", "Van") },
    { key: "targetName", names: names("To", "À", "Naar") },
    { key: "cutOffSize", names: names("Entities cut off", "Entités coupées", "Afgesneden entiteiten") },
    { key: "cutOffNames", names: names("Cut off", "Coupées", "Afgesneden") },
  ],
  async run(context, params) {
    const { value, nodes, edges } = await context.analyze("criticalLinks", { types: params.types, limit: params.limit });
    const naming = await nameEntities(context, value.cuts.flatMap((cut) => [cut.source, cut.target, ...cut.cutOff]));
    const rows = value.cuts.map((cut) => ({
      id: cut.edge, type: cut.type, source: cut.source, target: cut.target, cutOffSize: cut.cutOffSize, cutOff: cut.cutOff,
      typeName: typeName(context, cut.type), sourceName: naming.name(cut.source), targetName: naming.name(cut.target),
      cutOffNames: naming.names(cut.cutOff),
    }));
    const ends = [...new Set(rows.flatMap((r) => [r.source, r.target]))];
    const listed = cutOffListed(rows, MEMBERS_LISTED);
    return {
      rows,
      highlight: { nodes: ends, edges: rows.map((r) => r.id) },
      extra: { truncated: value.total > rows.length, findingsInAll: value.total, cutOffListed: listed },
      finding: withClauses(names(
        `${rows.length} of ${edges} relationships are critical links: losing one cuts entities off (${nodes} entities considered)`,
        `${rows.length} des ${edges} relations sont des liens critiques : en perdre une coupe des entités (${nodes} entités considérées)`,
        `${rows.length} van ${edges} relaties zijn kritieke verbindingen: het verlies van één snijdt entiteiten af (${nodes} entiteiten beschouwd)`,
      ), findingsLimitClause(rows.length, value.total), cutOffListedClause(listed)),
      typesConsidered: params.types,
    };
  },
});
