import { z } from "zod";
import type { GraphModel } from "../../model/graph-model.ts";
import { defineQuery, names } from "../canned-query.ts";
import { relationshipTypesParam, resultLimitParam } from "../params.ts";
import { nameEntities, nameList } from "../rows.ts";

/** Above this many entities, betweenness is estimated from a sample of sources. */
const EXACT_UP_TO = 20_000;
const SAMPLE_SIZE = 1_000;

export const brokers = (model: GraphModel) => defineQuery({
  id: "brokers",
  category: "dependencies",
  titles: names("Brokers holding the network together", "Courtiers qui tiennent le réseau", "Makelaars die het netwerk bijeenhouden"),
  descriptions: names(
    "Entities through which much of the network's cooperation passes. Betweenness is the share of the shortest paths between " +
      "two other entities that run through an entity (0 to 1); the degree beside it is how many direct relationships it has. " +
      "A broker with a high score is a relay others rely on: its loss or overload slows cooperation, so consider a second path around it.",
    "Entités par lesquelles passe une grande part de la coopération du réseau. L'intermédiarité est la part des plus courts chemins " +
      "entre deux autres entités qui passent par une entité (de 0 à 1) ; le degré indique combien de relations directes elle a. " +
      "Un courtier au score élevé est un relais dont les autres dépendent : sa perte ou sa surcharge ralentit la coopération, envisagez un second chemin qui le contourne.",
    "Entiteiten waarlangs een groot deel van de samenwerking in het netwerk loopt. Tussenheid is het aandeel van de kortste paden " +
      "tussen twee andere entiteiten dat via een entiteit loopt (van 0 tot 1); de graad ernaast is het aantal rechtstreekse relaties. " +
      "Een makelaar met een hoge score is een schakel waarop anderen rekenen: het verlies of de overbelasting ervan vertraagt de samenwerking, overweeg een tweede pad eromheen.",
  ),
  params: z.object({ types: relationshipTypesParam(model), limit: resultLimitParam(20) }),
  columns: [
    { key: "name", names: names("Entity", "Entité", "Entiteit") },
    { key: "betweenness", names: names("Betweenness (normalised)", "Intermédiarité (normalisée)", "Tussenheid (genormaliseerd)") },
    { key: "degree", names: names("Degree", "Degré", "Graad") },
  ],
  async run(context, params) {
    const { nodes } = await context.analyze("size", { types: params.types });
    const sampleSize = nodes > EXACT_UP_TO ? SAMPLE_SIZE : undefined;
    const result = await context.analyze("brokers", { types: params.types, limit: params.limit, sampleSize });
    const naming = await nameEntities(context, result.value.ranked.map((r) => r.id));
    const rows = result.value.ranked.map((r) => ({ ...r, name: naming.name(r.id), betweenness: Math.round(r.betweenness * 10_000) / 10_000 }));
    const method = result.value.exact
      ? names("exact", "exacte", "exact")
      : names(`estimated from ${result.value.sampleSize} sources`, `estimée sur ${result.value.sampleSize} sources`, `geschat op ${result.value.sampleSize} bronnen`);
    return {
      rows,
      highlight: { nodes: rows.filter((r) => r.betweenness > 0).map((r) => r.id), edges: [] },
      finding: names(
        `The top brokers by betweenness (${method.en})${nameList(rows.slice(0, 5))}`,
        `Principaux courtiers par intermédiarité (${method.fr})${nameList(rows.slice(0, 5))}`,
        `De belangrijkste makelaars naar tussenheid (${method.nl})${nameList(rows.slice(0, 5))}`,
      ),
      typesConsidered: params.types,
    };
  },
});
