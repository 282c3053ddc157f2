import { z } from "zod";
import { entityId } from "../../../contract/elements.ts";
import type { GraphModel } from "../../model/graph-model.ts";
import { defineQuery, names } from "../canned-query.ts";
import { nameList } from "../rows.ts";

export const dependentsOf = (model: GraphModel) => {
  const dependencies = Object.fromEntries(
    model.definition.relationshipTypes.filter((type) => type.dependency !== null).map((type) => [type.id, type.dependency]),
  );
  return defineQuery({
    id: "dependents-of",
    category: "dependencies",
    titles: names("What depends on an entity", "Ce qui dépend d'une entité", "Wat van een entiteit afhangt"),
    descriptions: names(
      `Everything that depends on an entity, directly or transitively, along the model's dependency relationships (${Object.keys(dependencies).join(", ")}).`,
      `Tout ce qui dépend d'une entité, directement ou par transitivité, le long des relations de dépendance du modèle (${Object.keys(dependencies).join(", ")}).`,
      `Alles wat rechtstreeks of onrechtstreeks van een entiteit afhangt, langs de afhankelijkheidsrelaties van het model (${Object.keys(dependencies).join(", ")}).`,
    ),
    params: z.object({ entity: entityId.default("sgrs").describe("The entity others may depend on.") }),
    entityParams: ["entity"],
    columns: [
      { key: "name", names: names("Dependent", "Dépendant", "Afhankelijke") },
      { key: "distance", names: names("Steps", "Étapes", "Stappen") },
      { key: "chain", names: names("Through", "Par", "Via") },
    ],
    async run(context, params) {
      const { value } = await context.analyze("dependentsOf", { entity: params.entity, dependencies });
      const rows = value.map((d) => ({ id: d.entity, name: d.name, distance: d.distance, chain: d.chain }));
      return {
        rows,
        highlight: { nodes: [params.entity, ...rows.map((r) => r.id)], edges: [...new Set(rows.flatMap((r) => r.chain))] },
        finding: names(
          `${rows.length} entities depend on ${params.entity}, directly or through others${nameList(rows)}`,
          `${rows.length} entités dépendent de ${params.entity}, directement ou par d'autres${nameList(rows)}`,
          `${rows.length} entiteiten hangen af van ${params.entity}, rechtstreeks of via andere${nameList(rows)}`,
        ),
        typesConsidered: Object.keys(dependencies),
      };
    },
  });
};
