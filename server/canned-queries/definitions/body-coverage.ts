import { z } from "zod";
import { defineQuery, names } from "../canned-query.ts";
import { entityCells, nameList, strings } from "../rows.ts";

export const bodyCoverage = defineQuery({
  id: "body-coverage",
  category: "coverage",
  titles: names("Bodies where only one service is recorded", "Organes où un seul service est recensé", "Organen waar slechts één dienst geregistreerd is"),
  descriptions: names(
    "Coordination bodies in which at most `maxServices` services are recorded as taking part (PARTICIPATES_IN).",
    "Organes de coordination auxquels au plus `maxServices` services sont recensés comme participants (PARTICIPATES_IN).",
    "Coördinatieorganen waaraan hoogstens `maxServices` diensten als deelnemer geregistreerd zijn (PARTICIPATES_IN).",
  ),
  params: z.object({
    maxServices: z.coerce.number().int().min(0).max(10).default(1).describe("Flag bodies with at most this many services."),
  }),
  columns: [
    { key: "name", names: names("Body", "Organe", "Orgaan") },
    { key: "services", names: names("Services recorded", "Services recensés", "Geregistreerde diensten") },
    { key: "count", names: names("Count", "Nombre", "Aantal") },
  ],
  async run(context, params) {
    const rows = await context.db.query("analytics/body-coverage", { asOf: context.asOfDate });
    const flagged = rows
      .map((row) => ({ ...entityCells(context, row), services: strings(row.services), edgeIds: strings(row.edgeIds) }))
      .map((row) => ({ ...row, count: row.services.length }))
      .filter((row) => row.count <= params.maxServices);
    return {
      rows: flagged.map(({ edgeIds: _edges, ...row }) => row),
      highlight: { nodes: flagged.map((r) => r.id), edges: flagged.flatMap((r) => r.edgeIds) },
      finding: names(
        `${flagged.length} of ${rows.length} bodies record at most ${params.maxServices} service(s)${nameList(flagged)}; the seed is one service's public view, so others may sit there unrecorded`,
        `${flagged.length} des ${rows.length} organes recensent au plus ${params.maxServices} service(s)${nameList(flagged)} ; la source est la vue publique d'un seul service, d'autres peuvent y siéger sans être recensés`,
        `${flagged.length} van ${rows.length} organen registreren hoogstens ${params.maxServices} dienst(en)${nameList(flagged)}; de bron is het publieke beeld van één dienst, andere kunnen er ongeregistreerd zetelen`,
      ),
      typesConsidered: ["PARTICIPATES_IN"],
    };
  },
});
