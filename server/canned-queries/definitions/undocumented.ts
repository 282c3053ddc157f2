import { z } from "zod";
import { asEdgeRow } from "../../graph/present.ts";
import { defineQuery, names, type Names } from "../canned-query.ts";
import { codeName, entityCells, nameEntities, typeName } from "../rows.ts";

type Reason = "no-provenance" | "undocumented" | "assumed";

/** Why an element is listed, as a reader reads it. */
const REASONS: Record<Reason, Names> = {
  "no-provenance": names("no source recorded", "aucune source enregistrée", "geen bron geregistreerd"),
  undocumented: names("not documented by the source", "non documenté par la source", "niet gedocumenteerd in de bron"),
  assumed: names("assumed, not stated by the source", "supposé, non affirmé par la source", "aangenomen, niet vermeld in de bron"),
};

export const undocumented = defineQuery({
  id: "undocumented",
  category: "data-quality",
  titles: names("Undocumented entities and links", "Entités et liens non documentés", "Niet-gedocumenteerde entiteiten en verbanden"),
  descriptions: names(
    "Entities and relationships that no source document supports, or that the source does not describe, and relationships recorded as an assumption. " +
      "Findings that rest on them are only as good as the assumption: confirm them with their owners, or read those findings with care.",
    "Entités et relations qu'aucun document source n'appuie, ou que la source ne décrit pas, et relations enregistrées comme une hypothèse. " +
      "Les constats qui en dépendent ne valent que ce que vaut l'hypothèse : faites-les confirmer par les intéressés, ou lisez ces constats avec prudence.",
    "Entiteiten en relaties die door geen brondocument gestaafd worden, of die de bron niet beschrijft, en relaties die als aanname geregistreerd zijn. " +
      "Bevindingen die erop steunen, zijn maar zo goed als de aanname: laat ze bevestigen door de betrokkenen, of lees die bevindingen met voorzichtigheid.",
  ),
  params: z.object({}),
  columns: [
    { key: "name", names: names("Element", "Élément", "Element") },
    { key: "kindName", names: names("Kind or type", "Type", "Soort") },
    { key: "reasonName", names: names("Why", "Pourquoi", "Waarom") },
  ],
  async run(context) {
    const [nodeRows, edgeRows] = await context.db.read(async (tx) => [
      await tx.run("analytics/undocumented-nodes"),
      await tx.run("analytics/undocumented-edges"),
    ]);
    const nodes = nodeRows.map((row) => {
      const props = row.props as Record<string, unknown>;
      const reason: Reason = !props.provenanceDocument || !props.provenanceLocator ? "no-provenance" : "undocumented";
      return { ...entityCells(context, row), reason, reasonName: codeName(REASONS, reason, context) };
    });
    const ends = edgeRows.map(asEdgeRow);
    const naming = await nameEntities(context, ends.flatMap((edge) => [edge.source, edge.target]));
    const edges = ends.map((edge) => {
      const reason: Reason = !edge.props.provenanceDocument || !edge.props.provenanceLocator ? "no-provenance" : "assumed";
      return {
        id: edge.id,
        name: `${naming.name(edge.source)} → ${naming.name(edge.target)}`,
        kind: edge.type,
        kindName: typeName(context, edge.type),
        reason,
        reasonName: codeName(REASONS, reason, context),
      };
    });
    const assumed = edges.filter((edge) => edge.reason === "assumed").length;
    return {
      rows: [...nodes, ...edges],
      highlight: { nodes: nodes.map((n) => n.id), edges: edges.map((e) => e.id) },
      finding: names(
        `${nodes.length} entities and ${edges.length} relationships rest on no documentation or on an assumption (${assumed} assumed)`,
        `${nodes.length} entités et ${edges.length} relations ne reposent sur aucune documentation ou sur une hypothèse (${assumed} supposées)`,
        `${nodes.length} entiteiten en ${edges.length} relaties berusten op geen documentatie of op een aanname (${assumed} aangenomen)`,
      ),
    };
  },
});
