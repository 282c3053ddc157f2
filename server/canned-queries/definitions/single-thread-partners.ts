import { z } from "zod";
import { defineQuery, names } from "../canned-query.ts";
import { entityCells, nameEntities, nameList, nodeValueName, strings } from "../rows.ts";

export const singleThreadPartners = defineQuery({
  id: "single-thread-partners",
  category: "resilience",
  titles: names("Partners held by a single thread", "Partenaires tenus par un seul fil", "Partners aan één draad"),
  descriptions: names(
    "Partners joined directly to the intelligence services by few relationships (at most one by default), of any kind and in either direction. " +
      "If that one thread breaks (a liaison officer leaves, a flow stops), the partner loses touch with the services: consider a second channel.",
    "Partenaires reliés directement aux services de renseignement par peu de relations (au plus une par défaut), de toute nature et dans les deux sens. " +
      "Si ce fil unique se rompt (un officier de liaison part, un flux s'arrête), le partenaire perd le contact avec les services : envisagez un second canal.",
    "Partners die rechtstreeks met de inlichtingendiensten verbonden zijn door weinig relaties (standaard hoogstens één), van elke aard en in beide richtingen. " +
      "Breekt die ene draad (een verbindingsofficier vertrekt, een stroom valt stil), dan verliest de partner het contact met de diensten: overweeg een tweede kanaal.",
  ),
  params: z.object({
    maxThreads: z.coerce.number().int().min(0).max(10).default(1).describe("Flag partners with at most this many relationships to services."),
  }),
  columns: [
    { key: "name", names: names("Partner", "Partenaire", "Partner") },
    { key: "scopeName", names: names("Scope", "Portée", "Reikwijdte") },
    { key: "threads", names: names("Relationships to services", "Relations avec les services", "Relaties met diensten") },
    { key: "serviceNames", names: names("Services", "Services", "Diensten") },
  ],
  async run(context, params) {
    const rows = await context.db.query("analytics/single-thread-partners", { asOf: context.asOfDate });
    const flagged = rows
      .filter((row) => Number(row.threads) <= params.maxThreads)
      .map((row) => ({
        ...entityCells(context, row),
        scope: (row.props as Record<string, unknown>).scope ?? null,
        scopeName: nodeValueName(context, "Partner", "scope", (row.props as Record<string, unknown>).scope),
        threads: Number(row.threads),
        services: strings(row.services),
        edgeIds: strings(row.edgeIds),
      }));
    const naming = await nameEntities(context, flagged.flatMap((row) => row.services));
    return {
      rows: flagged.map(({ edgeIds: _edges, ...row }) => ({ ...row, serviceNames: naming.names(row.services) })),
      highlight: { nodes: flagged.map((r) => r.id), edges: flagged.flatMap((r) => r.edgeIds) },
      finding: names(
        `${flagged.length} of ${rows.length} partners hang on at most ${params.maxThreads} relationship(s) to a service${nameList(flagged)}`,
        `${flagged.length} des ${rows.length} partenaires tiennent à au plus ${params.maxThreads} relation(s) avec un service${nameList(flagged)}`,
        `${flagged.length} van ${rows.length} partners hangen aan hoogstens ${params.maxThreads} relatie(s) met een dienst${nameList(flagged)}`,
      ),
    };
  },
});
