import { z } from "zod";
import type { GraphModel } from "../../model/graph-model.ts";
import { defineQuery, names } from "../canned-query.ts";
import { relationshipTypesParam } from "../params.ts";
import { nameEntities } from "../rows.ts";
import { membersListed, membersListedClause, withClauses } from "../stated-limits.ts";

/** Member names listed per community at most (the canvas shows them all, through `membership`); the size is always in full. */
const MEMBERS_LISTED = 200;

export const communitiesQuery = (model: GraphModel) => defineQuery({
  id: "communities",
  category: "dependencies",
  titles: names("Communities", "Communautés", "Gemeenschappen"),
  descriptions: names(
    "Groups of entities more closely linked among themselves than with the rest of the network (a community, found by the Louvain method). " +
      "Modularity, from 0 to 1, says how clearly the network falls into such groups: the higher it is, the more cooperation stays within each group. " +
      "The few relationships between groups are where information crosses from one circle to another; they deserve attention.",
    "Groupes d'entités plus liées entre elles qu'avec le reste du réseau (une communauté, trouvée par la méthode de Louvain). " +
      "La modularité, de 0 à 1, dit à quel point le réseau se divise nettement en tels groupes : plus elle est élevée, plus la coopération reste à l'intérieur de chaque groupe. " +
      "Les rares relations entre groupes sont les points de passage de l'information d'un cercle à l'autre ; elles méritent l'attention.",
    "Groepen entiteiten die onderling nauwer verbonden zijn dan met de rest van het netwerk (een gemeenschap, gevonden met de Louvain-methode). " +
      "De modulariteit, van 0 tot 1, zegt hoe duidelijk het netwerk in zulke groepen uiteenvalt: hoe hoger, hoe meer de samenwerking binnen elke groep blijft. " +
      "De weinige relaties tussen groepen zijn de plaatsen waar informatie van de ene kring naar de andere gaat; ze verdienen aandacht.",
  ),
  params: z.object({ types: relationshipTypesParam(model) }),
  columns: [
    { key: "community", names: names("Community", "Communauté", "Gemeenschap") },
    { key: "size", names: names("Members", "Membres", "Leden") },
    { key: "memberNames", names: names("Who", "Qui", "Wie") },
  ],
  async run(context, params) {
    const { value } = await context.analyze("communities", { types: params.types });
    const listed = value.communities.map((c) => c.members.slice(0, MEMBERS_LISTED));
    const naming = await nameEntities(context, listed.flat());
    const rows = value.communities.map((c, i) => ({
      id: `community-${c.id}`, community: c.id, size: c.members.length, members: listed[i]!, memberNames: naming.names(listed[i]!),
    }));
    const listedCount = membersListed(rows, MEMBERS_LISTED);
    const figure = value.modularity?.toFixed(3);
    // French and Dutch write a decimal comma.
    const modularity = figure === undefined
      ? names("not defined", "non définie", "niet bepaald")
      : names(figure, figure.replace(".", ","), figure.replace(".", ","));
    return {
      rows,
      highlight: { nodes: value.communities.flatMap((c) => c.members), edges: [] },
      extra: { membership: Object.fromEntries(value.communities.flatMap((c) => c.members.map((m) => [m, c.id]))), membersListed: listedCount },
      finding: withClauses(names(
        `${rows.length} communities, modularity ${modularity.en}`,
        `${rows.length} communautés, modularité ${modularity.fr}`,
        `${rows.length} gemeenschappen, modulariteit ${modularity.nl}`,
      ), membersListedClause(listedCount)),
      typesConsidered: params.types,
    };
  },
});
