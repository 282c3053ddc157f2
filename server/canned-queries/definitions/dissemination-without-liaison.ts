import { z } from "zod";
import { entityId } from "../../../contract/elements.ts";
import { defineQuery, names } from "../canned-query.ts";
import { entityCells, nameEntities, nameList } from "../rows.ts";

export const disseminationWithoutLiaison = defineQuery({
  id: "dissemination-without-liaison",
  category: "gaps",
  titles: names(
    "Partners depending on a service's products without a liaison officer",
    "Partenaires dépendant des produits d'un service sans officier de liaison",
    "Partners die afhangen van producten van een dienst zonder verbindingsofficier",
  ),
  descriptions: names(
    "Partners that receive an intelligence service's products but to which that service has posted no liaison officer. " +
      "Without a liaison officer, nobody on the spot explains the products or carries the partner's needs back: " +
      "consider posting one, or agreeing another point of contact.",
    "Partenaires qui reçoivent les produits d'un service de renseignement mais auprès desquels ce service n'a placé aucun officier de liaison. " +
      "Sans officier de liaison, personne sur place n'explique les produits ni ne relaie les besoins du partenaire : " +
      "envisagez d'en placer un, ou de convenir d'un autre point de contact.",
    "Partners die producten van een inlichtingendienst ontvangen maar bij wie die dienst geen verbindingsofficier heeft geplaatst. " +
      "Zonder verbindingsofficier licht niemand ter plaatse de producten toe of brengt de noden van de partner terug: " +
      "overweeg er een te plaatsen, of een ander aanspreekpunt af te spreken.",
  ),
  params: z.object({
    service: entityId.default("sgrs").describe("The service whose products are disseminated."),
  }),
  columns: [
    { key: "name", names: names("Partner", "Partenaire", "Partner") },
    { key: "kindName", names: names("Kind", "Type", "Soort") },
    { key: "products", names: names("Products received", "Produits reçus", "Ontvangen producten") },
  ],
  async run(context, params) {
    const rows = await context.db.query("analytics/dissemination-without-liaison", {
      service: params.service, asOf: context.asOfDate,
    });
    const found = rows.map((row) => ({ ...entityCells(context, row), products: row.products ?? null }));
    const service = (await nameEntities(context, [params.service])).name(params.service);
    return {
      rows: found,
      highlight: { nodes: [params.service, ...found.map((r) => r.id)], edges: rows.map((row) => String(row.edgeId)) },
      finding: names(
        `${found.length} partner(s) receive products from ${service} with no liaison officer of its own${nameList(found)}`,
        `${found.length} partenaire(s) reçoivent les produits de ${service} sans officier de liaison de sa part${nameList(found)}`,
        `${found.length} partner(s) ontvangen producten van ${service} zonder verbindingsofficier van die dienst${nameList(found)}`,
      ),
      typesConsidered: ["DISSEMINATES_TO", "ASSIGNS", "POSTED_TO"],
    };
  },
});
