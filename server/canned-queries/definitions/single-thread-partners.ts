import { z } from "zod";
import { defineQuery, names } from "../canned-query.ts";
import { entityCells, nameList, strings } from "../rows.ts";

export const singleThreadPartners = defineQuery({
  id: "single-thread-partners",
  category: "resilience",
  titles: names("Partners held by a single thread", "Partenaires tenus par un seul fil", "Partners aan één draad"),
  descriptions: names(
    "Partners joined to the intelligence services by at most `maxThreads` relationships, of any type, in either direction.",
    "Partenaires reliés aux services de renseignement par au plus `maxThreads` relations, de tout type, dans les deux sens.",
    "Partners die met de inlichtingendiensten verbonden zijn door hoogstens `maxThreads` relaties, van elk type, in beide richtingen.",
  ),
  params: z.object({
    maxThreads: z.coerce.number().int().min(0).max(10).default(1).describe("Flag partners with at most this many relationships to services."),
  }),
  columns: [
    { key: "name", names: names("Partner", "Partenaire", "Partner") },
    { key: "scope", names: names("Scope", "Portée", "Reikwijdte") },
    { key: "threads", names: names("Relationships to services", "Relations avec les services", "Relaties met diensten") },
    { key: "services", names: names("Services", "Services", "Diensten") },
  ],
  async run(context, params) {
    const rows = await context.db.query("analytics/single-thread-partners", { asOf: context.asOfDate });
    const flagged = rows
      .filter((row) => Number(row.threads) <= params.maxThreads)
      .map((row) => ({
        ...entityCells(context, row),
        scope: (row.props as Record<string, unknown>).scope ?? null,
        threads: Number(row.threads),
        services: strings(row.services),
        edgeIds: strings(row.edgeIds),
      }));
    return {
      rows: flagged.map(({ edgeIds: _edges, ...row }) => row),
      highlight: { nodes: flagged.map((r) => r.id), edges: flagged.flatMap((r) => r.edgeIds) },
      finding: names(
        `${flagged.length} of ${rows.length} partners hang on at most ${params.maxThreads} relationship(s) to a service${nameList(flagged)}`,
        `${flagged.length} des ${rows.length} partenaires tiennent à au plus ${params.maxThreads} relation(s) avec un service${nameList(flagged)}`,
        `${flagged.length} van ${rows.length} partners hangen aan hoogstens ${params.maxThreads} relatie(s) met een dienst${nameList(flagged)}`,
      ),
    };
  },
});
