import { z } from "zod";
import { entityId } from "../../../contract/elements.ts";
import type { Language } from "../../../contract/model.ts";
import type { GraphModel } from "../../model/graph-model.ts";
import { defineQuery, names } from "../canned-query.ts";
import { chainText, nameEntities, nameList } from "../rows.ts";

/** A chain of relationship ids as one key. */
const chainKey = (chain: readonly string[]) => chain.join("\n");

export const dependentsOf = (model: GraphModel) => {
  const dependencyTypes = model.definition.relationshipTypes.filter((type) => type.dependency !== null);
  const dependencies = Object.fromEntries(dependencyTypes.map((type) => [type.id, type.dependency]));
  const typeList = (language: Language) => dependencyTypes.map((type) => type.names[language]).join(", ");
  return defineQuery({
    id: "dependents-of",
    category: "dependencies",
    titles: names("What depends on an entity", "Ce qui dépend d'une entité", "Wat van een entiteit afhangt"),
    descriptions: names(
      `Everything that depends on an entity, directly or through others: what would be left without support if it failed. ` +
        `Dependence follows the relationships in which one side relies on the other (${typeList("en")}).`,
      `Tout ce qui dépend d'une entité, directement ou par d'autres : ce qui resterait sans appui si elle faisait défaut. ` +
        `La dépendance suit les relations où une partie s'appuie sur l'autre (${typeList("fr")}).`,
      `Alles wat rechtstreeks of via andere van een entiteit afhangt: wat zonder steun zou vallen als ze wegviel. ` +
        `De afhankelijkheid volgt de relaties waarin de ene kant op de andere steunt (${typeList("nl")}).`,
    ),
    params: z.object({ entity: entityId.default("sgrs").describe("The entity others may depend on.") }),
    entityParams: ["entity"],
    columns: [
      { key: "name", names: names("Dependent", "Dépendant", "Afhankelijke") },
      { key: "distance", names: names("Steps", "Étapes", "Stappen") },
      { key: "chainNames", names: names("Through", "Par", "Via") },
    ],
    async run(context, params) {
      const { value } = await context.analyze("dependentsOf", { entity: params.entity, dependencies });
      // Each chain is the chain of the dependent before it plus one relationship, so the
      // entities along a chain are the dependents reached by its beginnings.
      const reachedBy = new Map(value.map((d) => [chainKey(d.chain), d.entity]));
      const along = (chain: string[]) => chain.slice(0, -1).map((_, i) => reachedBy.get(chainKey(chain.slice(0, i + 1))) ?? "");
      const naming = await nameEntities(context, [params.entity, ...value.map((d) => d.entity)]);
      const rows = value.map((d) => ({
        id: d.entity, name: naming.name(d.entity), distance: d.distance, chain: d.chain,
        chainNames: chainText(naming.names([params.entity, ...along(d.chain), d.entity])),
      }));
      const entity = naming.name(params.entity);
      return {
        rows,
        highlight: { nodes: [params.entity, ...rows.map((r) => r.id)], edges: [...new Set(rows.flatMap((r) => r.chain))] },
        finding: names(
          `${rows.length} entities depend on ${entity}, directly or through others${nameList(rows)}`,
          `${rows.length} entités dépendent de ${entity}, directement ou par d'autres${nameList(rows)}`,
          `${rows.length} entiteiten hangen af van ${entity}, rechtstreeks of via andere${nameList(rows)}`,
        ),
        typesConsidered: Object.keys(dependencies),
      };
    },
  });
};
