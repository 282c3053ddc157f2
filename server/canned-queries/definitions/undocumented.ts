import { z } from "zod";
import { asEdgeRow } from "../../graph/present.ts";
import { defineQuery, names } from "../canned-query.ts";
import { entityCells } from "../rows.ts";

export const undocumented = defineQuery({
  id: "undocumented",
  category: "data-quality",
  titles: names("Undocumented entities and links", "Entités et liens non documentés", "Niet-gedocumenteerde entiteiten en verbanden"),
  descriptions: names(
    "Entities and relationships without provenance or marked undocumented, and relationships that rest on an assumption (confidence low).",
    "Entités et relations sans provenance ou marquées non documentées, et relations qui reposent sur une hypothèse (fiabilité faible).",
    "Entiteiten en relaties zonder herkomst of gemarkeerd als niet gedocumenteerd, en relaties die op een aanname berusten (lage betrouwbaarheid).",
  ),
  params: z.object({}),
  columns: [
    { key: "name", names: names("Element", "Élément", "Element") },
    { key: "kind", names: names("Kind or type", "Type", "Soort") },
    { key: "reason", names: names("Why", "Pourquoi", "Waarom") },
  ],
  async run(context) {
    const [nodeRows, edgeRows] = await context.db.read(async (tx) => [
      await tx.run("analytics/undocumented-nodes"),
      await tx.run("analytics/undocumented-edges"),
    ]);
    const nodes = nodeRows.map((row) => {
      const props = row.props as Record<string, unknown>;
      return {
        ...entityCells(context, row),
        reason: !props.provenanceDocument || !props.provenanceLocator ? "no-provenance" : "undocumented",
      };
    });
    const edges = edgeRows.map(asEdgeRow).map((edge) => ({
      id: edge.id,
      name: `${edge.source} → ${edge.target}`,
      kind: edge.type,
      reason: !edge.props.provenanceDocument || !edge.props.provenanceLocator ? "no-provenance" : "assumed",
    }));
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
