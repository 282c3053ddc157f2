import { z } from "zod";
import { presentNode } from "../../graph/present.ts";
import type { NodeRow } from "../../graph/present.ts";
import { defineQuery, names } from "../canned-query.ts";
import { endpointName } from "../endpoint-names.ts";
import { nameList, strings } from "../rows.ts";

/** The mirror of dissemination-without-liaison: a liaison is in place, but no products pass. */
export const liaisonWithoutFlow = defineQuery({
  id: "liaison-without-flow",
  category: "gaps",
  titles: names(
    "Liaison officers without a product flow",
    "Officiers de liaison sans flux de produits",
    "Verbindingsofficieren zonder productstroom",
  ),
  descriptions: names(
    "Services that have posted or manage a liaison officer with a partner or another service, while no products pass between the two, in either direction. " +
      "The liaison may then be the only channel, or the exchange may simply not be recorded.",
    "Services qui ont détaché ou gèrent un officier de liaison auprès d'un partenaire ou d'un autre service, alors qu'aucun produit ne passe entre les deux, dans un sens ou dans l'autre. " +
      "La liaison est alors peut-être le seul canal, ou l'échange n'est simplement pas enregistré.",
    "Diensten die een verbindingsofficier bij een partner of een andere dienst hebben gedetacheerd of beheren, terwijl er tussen beide geen producten worden uitgewisseld, in geen enkele richting. " +
      "De verbindingsofficier is dan misschien het enige kanaal, of de uitwisseling is gewoon niet geregistreerd.",
  ),
  params: z.object({}),
  columns: [
    { key: "service", names: names("Service", "Service", "Dienst") },
    { key: "liaisons", names: names("Liaison", "Liaison", "Verbindingsofficier") },
    { key: "partner", names: names("Liaison with", "En liaison avec", "Verbindingsofficier bij") },
    { key: "kind", names: names("Kind", "Type", "Soort") },
  ],
  async run(context) {
    const found = await context.db.query("analytics/liaison-without-flow", { asOf: context.asOfDate });
    const rows = found.map((row) => {
      const partner = presentNode(context.model, {
        id: String(row.partner), labels: row.partnerLabels as string[], props: row.partnerProps as Record<string, unknown>,
      }, context.language).data;
      const liaisons = (row.liaisons as unknown as NodeRow[])
        .map((liaison) => presentNode(context.model, liaison, context.language).data)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return {
        serviceId: String(row.service),
        service: endpointName(context, row, "service"),
        liaisonIds: liaisons.map((liaison) => liaison.id),
        liaisons: liaisons.map((liaison) => liaison.name).join(", "),
        partnerId: partner.id,
        partner: partner.name,
        kind: partner.kind,
        edgeIds: strings(row.edgeIds).sort(),
      };
    });
    const pairs = rows.map((row) => ({ name: `${row.service} → ${row.partner}` }));
    return {
      rows,
      highlight: {
        nodes: [...new Set(rows.flatMap((row) => [row.serviceId, ...row.liaisonIds, row.partnerId]))],
        edges: rows.flatMap((row) => row.edgeIds),
      },
      finding: names(
        `${rows.length} case(s) where a service has a liaison officer with an entity but no products pass between them${nameList(pairs)}`,
        `${rows.length} cas où un service a un officier de liaison auprès d'une entité sans qu'aucun produit ne soit échangé entre eux${nameList(pairs)}`,
        `${rows.length} geval(len) waarin een dienst een verbindingsofficier heeft bij een entiteit zonder dat er producten worden uitgewisseld${nameList(pairs)}`,
      ),
      typesConsidered: ["ASSIGNS", "MANAGES", "POSTED_TO", "DISSEMINATES_TO"],
    };
  },
});
