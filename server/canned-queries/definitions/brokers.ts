import { z } from "zod";
import type { GraphModel } from "../../model/graph-model.ts";
import { defineQuery, names } from "../canned-query.ts";
import { relationshipTypesParam, resultLimitParam } from "../params.ts";
import { nameList } from "../rows.ts";

/** Above this many entities, betweenness is estimated from a sample of sources. */
const EXACT_UP_TO = 20_000;
const SAMPLE_SIZE = 1_000;

export const brokers = (model: GraphModel) => defineQuery({
  id: "brokers",
  category: "dependencies",
  titles: names("Brokers holding the network together", "Courtiers qui tiennent le réseau", "Makelaars die het netwerk bijeenhouden"),
  descriptions: names(
    "Entities ranked by normalised betweenness centrality (share of shortest paths through them), with their degree beside it.",
    "Entités classées par centralité d'intermédiarité normalisée (part des plus courts chemins qui passent par elles), avec leur degré.",
    "Entiteiten gerangschikt naar genormaliseerde tussenheidscentraliteit (aandeel kortste paden via hen), met hun graad ernaast.",
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
    const rows = result.value.ranked.map((r) => ({ ...r, betweenness: Math.round(r.betweenness * 10_000) / 10_000 }));
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
