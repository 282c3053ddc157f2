import { z } from "zod";
import { entityId } from "../../../contract/elements.ts";
import { defineQuery, names } from "../canned-query.ts";
import { entityCells, nameList } from "../rows.ts";

export const disseminationWithoutLiaison = defineQuery({
  id: "dissemination-without-liaison",
  category: "gaps",
  titles: names(
    "Partners depending on a service's products without a liaison",
    "Partenaires dépendant des produits d'un service sans liaison",
    "Partners die afhangen van producten van een dienst zonder verbinding",
  ),
  descriptions: names(
    "Partners that receive a service's products (DISSEMINATES_TO) but to which the service has posted no liaison officer (ASSIGNS → POSTED_TO).",
    "Partenaires qui reçoivent les produits d'un service (DISSEMINATES_TO) mais auprès desquels ce service n'a détaché aucun officier de liaison (ASSIGNS → POSTED_TO).",
    "Partners die producten van een dienst ontvangen (DISSEMINATES_TO) maar bij wie die dienst geen verbindingsofficier heeft gedetacheerd (ASSIGNS → POSTED_TO).",
  ),
  params: z.object({
    service: entityId.default("sgrs").describe("The service whose products are disseminated."),
  }),
  columns: [
    { key: "name", names: names("Partner", "Partenaire", "Partner") },
    { key: "kind", names: names("Kind", "Type", "Soort") },
    { key: "products", names: names("Products received", "Produits reçus", "Ontvangen producten") },
  ],
  async run(context, params) {
    const rows = await context.db.query("analytics/dissemination-without-liaison", {
      service: params.service, asOf: context.asOfDate,
    });
    const found = rows.map((row) => ({ ...entityCells(context, row), products: row.products ?? null }));
    return {
      rows: found,
      highlight: { nodes: [params.service, ...found.map((r) => r.id)], edges: rows.map((row) => String(row.edgeId)) },
      finding: names(
        `${found.length} partner(s) receive ${params.service}'s products with no liaison from it${nameList(found)}`,
        `${found.length} partenaire(s) reçoivent les produits de ${params.service} sans liaison avec lui${nameList(found)}`,
        `${found.length} partner(s) ontvangen producten van ${params.service} zonder verbinding ermee${nameList(found)}`,
      ),
      typesConsidered: ["DISSEMINATES_TO", "ASSIGNS", "POSTED_TO"],
    };
  },
});
