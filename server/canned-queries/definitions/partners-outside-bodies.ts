import { z } from "zod";
import { defineQuery, names } from "../canned-query.ts";
import { entityCells, nameEntities, nameList, strings } from "../rows.ts";

export const partnersOutsideBodies = defineQuery({
  id: "partners-outside-bodies",
  category: "coverage",
  titles: names(
    "Partners outside every coordination body",
    "Partenaires hors de tout organe de coordination",
    "Partners buiten elk overlegorgaan",
  ),
  descriptions: names(
    "Partners recorded as sitting in no coordination body, in any role (chair, permanent member, member for its own files, secretariat). " +
      "By default an invitation counts as a seat; on request, invitations can be left out, to show partners that are only ever invited. " +
      "The data is largely one service's public view, so a partner may sit in a body without it being recorded.",
    "Partenaires qui ne siègent, selon les données, dans aucun organe de coordination, quel que soit le rôle (présidence, membre permanent, membre pour ses propres dossiers, secrétariat). " +
      "Par défaut, une invitation compte comme un siège ; sur demande, les invitations peuvent être laissées de côté, pour voir les partenaires qui ne sont jamais qu'invités. " +
      "Les données reflètent surtout la vue publique d'un seul service : un partenaire peut siéger dans un organe sans que ce soit enregistré.",
    "Partners die volgens de gegevens in geen enkel overlegorgaan zetelen, in welke rol ook (voorzitter, vast lid, lid voor de eigen dossiers, secretariaat). " +
      "Standaard telt een uitnodiging als zetel; op verzoek kunnen uitnodigingen buiten beschouwing blijven, om partners te tonen die altijd alleen maar uitgenodigd zijn. " +
      "De gegevens geven vooral het publieke beeld van één dienst weer: een partner kan in een orgaan zetelen zonder dat dit geregistreerd is.",
  ),
  params: z.object({
    countInvitees: z.boolean().default(true).describe("Count an invitation to a body as sitting in it."),
  }),
  columns: [
    { key: "name", names: names("Partner", "Partenaire", "Partner") },
    { key: "kindName", names: names("Kind", "Type", "Soort") },
    { key: "invitedToNames", names: names("Only invited to", "Seulement invité à", "Alleen uitgenodigd in") },
  ],
  async run(context, params) {
    const found = await context.db.query("analytics/partners-outside-bodies", {
      countInvitees: params.countInvitees, asOf: context.asOfDate,
    });
    const listed = found.map((row) => ({ ...entityCells(context, row), invitedTo: strings(row.invitedTo).sort() }));
    const naming = await nameEntities(context, listed.flatMap((row) => row.invitedTo));
    const rows = listed.map((row) => ({ ...row, invitedToNames: naming.names(row.invitedTo) }));
    return {
      rows,
      highlight: {
        nodes: [...rows.map((row) => row.id), ...new Set(rows.flatMap((row) => row.invitedTo))],
        edges: found.flatMap((row) => strings(row.edgeIds)),
      },
      finding: params.countInvitees
        ? names(
          `${rows.length} partner(s) sit in no coordination body${nameList(rows)}`,
          `${rows.length} partenaire(s) ne siègent dans aucun organe de coordination${nameList(rows)}`,
          `${rows.length} partner(s) zetelen in geen enkel overlegorgaan${nameList(rows)}`,
        )
        : names(
          `${rows.length} partner(s) sit in no coordination body, invitations left aside${nameList(rows)}`,
          `${rows.length} partenaire(s) ne siègent dans aucun organe de coordination, invitations non comprises${nameList(rows)}`,
          `${rows.length} partner(s) zetelen in geen enkel overlegorgaan, uitnodigingen niet meegerekend${nameList(rows)}`,
        ),
      typesConsidered: ["PARTICIPATES_IN"],
    };
  },
});
