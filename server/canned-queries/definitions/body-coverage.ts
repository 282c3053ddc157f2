import { z } from "zod";
import { valueName } from "../../../contract/model.ts";
import { defineQuery, names } from "../canned-query.ts";
import { entityCells, fromSeed, nameEntities, nameList, strings } from "../rows.ts";

export const bodyCoverage = defineQuery({
  id: "body-coverage",
  category: "coverage",
  titles: names("Bodies where only one service is recorded", "Organes où un seul service est recensé", "Organen waar slechts één dienst geregistreerd is"),
  descriptions: names(
    "Coordination bodies in which few intelligence services are recorded as taking part (one by default). " +
      "A body where one service sits alone is no meeting point between services: check whether the others really are absent, or only unrecorded.",
    "Organes de coordination auxquels peu de services de renseignement sont recensés comme participants (un seul par défaut). " +
      "Un organe où un service siège seul ne réunit pas les services : vérifiez si les autres en sont vraiment absents, ou seulement non recensés.",
    "Overlegorganen waaraan weinig inlichtingendiensten als deelnemer geregistreerd zijn (standaard één). " +
      "Een orgaan waarin één dienst alleen zetelt, brengt de diensten niet samen: ga na of de andere echt afwezig zijn, of alleen niet geregistreerd.",
  ),
  params: z.object({
    maxServices: z.coerce.number().int().min(0).max(10).default(1).describe("Flag bodies with at most this many services."),
  }),
  columns: [
    { key: "name", names: names("Body", "Organe", "Orgaan") },
    { key: "serviceNames", names: names("Services recorded", "Services recensés", "Geregistreerde diensten") },
    { key: "count", names: names("Count", "Nombre", "Aantal") },
    { key: "otherMemberNames", names: names("Other members (role)", "Autres membres (rôle)", "Andere leden (rol)") },
  ],
  async run(context, params) {
    const rows = await context.db.query("analytics/body-coverage", { asOf: context.asOfDate });
    const flagged = rows
      .map((row) => ({
        ...entityCells(context, row), services: strings(row.services), edgeIds: strings(row.edgeIds),
        seed: fromSeed(row.props),
        others: (Array.isArray(row.others) ? row.others : []) as { id: string; role: string | null }[],
      }))
      .map((row) => ({ ...row, count: row.services.length }))
      .filter((row) => row.count <= params.maxServices);
    const naming = await nameEntities(context, flagged.flatMap((row) => [...row.services, ...row.others.map((other) => other.id)]));
    const roleSpec = context.model.relationshipPropertySpecs("PARTICIPATES_IN").find((spec) => spec.name === "role");
    const memberText = (other: { id: string; role: string | null }) =>
      other.role ? `${naming.name(other.id)} (${valueName(roleSpec, other.role, context.language)})` : naming.name(other.id);
    const restsOnSeed = flagged.some((row) => row.seed) || naming.restOnSeed(flagged.flatMap((row) => row.services));
    const caveat = restsOnSeed
      ? names(
        "; the seed is one service's public view, so others may sit there unrecorded",
        " ; la source est la vue publique d'un seul service, d'autres peuvent y siéger sans être recensés",
        "; de bron is het publieke beeld van één dienst, andere kunnen er ongeregistreerd zetelen",
      )
      : names("", "", "");
    return {
      rows: flagged.map(({ edgeIds: _edges, seed: _seed, others, ...row }) => ({
        ...row, serviceNames: naming.names(row.services), otherMembers: others.map((other) => other.id), otherMemberNames: others.map(memberText),
      })),
      highlight: { nodes: flagged.map((r) => r.id), edges: flagged.flatMap((r) => r.edgeIds) },
      finding: names(
        `${flagged.length} of ${rows.length} bodies record at most ${params.maxServices} service(s)${nameList(flagged)}${caveat.en}`,
        `${flagged.length} des ${rows.length} organes recensent au plus ${params.maxServices} service(s)${nameList(flagged)}${caveat.fr}`,
        `${flagged.length} van ${rows.length} organen registreren hoogstens ${params.maxServices} dienst(en)${nameList(flagged)}${caveat.nl}`,
      ),
      typesConsidered: ["PARTICIPATES_IN"],
    };
  },
});
