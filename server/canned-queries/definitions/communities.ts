import { z } from "zod";
import type { GraphModel } from "../../model/graph-model.ts";
import { defineQuery, names } from "../canned-query.ts";
import { relationshipTypesParam } from "../params.ts";
import { membersListed, membersListedClause, withClauses } from "../stated-limits.ts";

/** Members a row names at most (the canvas shows them all, through `membership`); the size is always in full. */
const MEMBERS_LISTED = 200;

export const communitiesQuery = (model: GraphModel) => defineQuery({
  id: "communities",
  category: "dependencies",
  titles: names("Communities", "Communautés", "Gemeenschappen"),
  descriptions: names(
    "Groups of entities more tightly linked among themselves than with the rest (Louvain), with the partition's modularity.",
    "Groupes d'entités plus liées entre elles qu'avec le reste (Louvain), avec la modularité de la partition.",
    "Groepen entiteiten die onderling sterker verbonden zijn dan met de rest (Louvain), met de modulariteit van de indeling.",
  ),
  params: z.object({ types: relationshipTypesParam(model) }),
  columns: [
    { key: "community", names: names("Community", "Communauté", "Gemeenschap") },
    { key: "size", names: names("Members", "Membres", "Leden") },
    { key: "members", names: names("Who", "Qui", "Wie") },
  ],
  async run(context, params) {
    const { value } = await context.analyze("communities", { types: params.types });
    const rows = value.communities.map((c) => ({
      id: `community-${c.id}`, community: c.id, size: c.members.length, members: c.members.slice(0, MEMBERS_LISTED),
    }));
    const listed = membersListed(rows, MEMBERS_LISTED);
    const modularity = value.modularity === null ? "n/a" : value.modularity.toFixed(3);
    return {
      rows,
      highlight: { nodes: value.communities.flatMap((c) => c.members), edges: [] },
      extra: { membership: Object.fromEntries(value.communities.flatMap((c) => c.members.map((m) => [m, c.id]))), membersListed: listed },
      finding: withClauses(names(
        `${rows.length} communities, modularity ${modularity}`,
        `${rows.length} communautés, modularité ${modularity}`,
        `${rows.length} gemeenschappen, modulariteit ${modularity}`,
      ), membersListedClause(listed)),
      typesConsidered: params.types,
    };
  },
});
