import { z } from "zod";
import { asNodeRow, presentNode } from "../../graph/present.ts";
import { defineQuery, names } from "../canned-query.ts";
import { endpointName } from "../endpoint-names.ts";
import { kindName, typeName } from "../rows.ts";
import { resultLimitParam } from "../params.ts";

/**
 * Elements resting on one source document. The model gives each element one document
 * (its provenance), so an element is single-source when it cites a document and no other
 * element stating the same fact cites another: for an entity, always (an entity is stated
 * once); for a relationship, when every relationship of the same type from the same
 * entity to the same entity cites that one document. Counted among what the viewer may
 * see and the analysis counts; elements citing no document are the undocumented query's.
 */
export const singleSourceFacts = defineQuery({
  id: "single-source-facts",
  category: "data-quality",
  titles: names(
    "Facts resting on a single source document",
    "Faits reposant sur un seul document source",
    "Feiten die op één enkel brondocument berusten",
  ),
  descriptions: names(
    "Entities and links whose only support is one source document: no other document confirms them. " +
      "A link counts as confirmed when another link of the same type between the same two entities, in the same direction, cites a different document. " +
      "Each finding shows its document, and the summary counts the findings per document, to show which document the picture depends on most.",
    "Entités et liens dont le seul appui est un document source : aucun autre document ne les confirme. " +
      "Un lien est confirmé lorsqu'un autre lien du même type entre les deux mêmes entités, dans le même sens, cite un autre document. " +
      "Chaque constat indique son document, et le résumé compte les constats par document, pour montrer de quel document le tableau dépend le plus.",
    "Entiteiten en verbanden die slechts op één brondocument steunen: geen ander document bevestigt ze. " +
      "Een verband geldt als bevestigd wanneer een ander verband van hetzelfde type tussen dezelfde twee entiteiten, in dezelfde richting, een ander document vermeldt. " +
      "Bij elke bevinding staat het document, en de samenvatting telt de bevindingen per document, om te tonen van welk document het beeld het meest afhangt.",
  ),
  params: z.object({ limit: resultLimitParam(200) }),
  columns: [
    { key: "name", names: names("Element", "Élément", "Element") },
    { key: "kindName", names: names("Kind or type", "Type", "Soort") },
    { key: "document", names: names("Only document", "Seul document", "Enig document") },
  ],
  async run(context, params) {
    const [entityRows, relationshipRows] = await context.db.read(async (tx) => [
      await tx.run("analytics/single-source-entities", { asOf: context.asOfDate }),
      await tx.run("analytics/single-source-relationships", { asOf: context.asOfDate }),
    ]);
    const entities = entityRows.map((row) => {
      const { data } = presentNode(context.model, asNodeRow(row), context.language);
      return {
        id: data.id, name: data.name ?? data.id, kind: data.kind, kindName: kindName(context, data.kind),
        document: String(row.document), element: "entity",
      };
    });
    const relationships = relationshipRows.map((row) => ({
      id: String(row.id),
      name: `${endpointName(context, row, "source")} → ${endpointName(context, row, "target")}`,
      kind: String(row.type),
      kindName: typeName(context, String(row.type)),
      document: String(row.document),
      element: "relationship",
      source: String(row.source),
      target: String(row.target),
    }));
    const all = [...entities, ...relationships]
      .sort((a, b) => compare(a.document, b.document) || compare(a.element, b.element) || compare(a.id, b.id));
    const documents = countPerDocument(all);
    const rows = all.slice(0, params.limit);
    const shownNodes = rows.filter((row) => row.element === "entity").map((row) => row.id);
    const shownEdges = rows.filter((row) => row.element === "relationship").map((row) => row.id);
    const perDocument = documents.map(({ document, count }) => `${document} (${count})`).join(", ");
    const [shownEn, shownFr, shownNl] = rows.length < all.length
      ? [`; the first ${rows.length} are listed`, ` ; les ${rows.length} premiers sont listés`, `; de eerste ${rows.length} worden getoond`]
      : ["", "", ""];
    return {
      rows,
      highlight: { nodes: shownNodes, edges: shownEdges },
      finding: names(
        `${all.length} element(s) (${entities.length} entities, ${relationships.length} relationships) rest on a single source document${perDocument ? `: ${perDocument}` : ""}${shownEn}`,
        `${all.length} élément(s) (${entities.length} entités, ${relationships.length} relations) reposent sur un seul document source${perDocument ? ` : ${perDocument}` : ""}${shownFr}`,
        `${all.length} element(en) (${entities.length} entiteiten, ${relationships.length} relaties) berusten op één enkel brondocument${perDocument ? `: ${perDocument}` : ""}${shownNl}`,
      ),
      extra: { documents, truncated: rows.length < all.length },
    };
  },
});

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** How many single-source findings each document carries, the most first. */
function countPerDocument(rows: { document: string }[]): { document: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.document, (counts.get(row.document) ?? 0) + 1);
  return [...counts].map(([document, count]) => ({ document, count }))
    .sort((a, b) => b.count - a.count || compare(a.document, b.document));
}
