import { z } from "zod";
import { defineQuery, names } from "../canned-query.ts";
import { entityCells, nameEntities, nameList, strings } from "../rows.ts";

export const oneSidedProjects = defineQuery({
  id: "one-sided-projects",
  category: "gaps",
  titles: names("One-sided plan projects", "Projets du plan portés par une seule partie", "Eenzijdige projecten van het plan"),
  descriptions: names(
    "Projects of a joint plan in which not every party to the plan is recorded as taking part. " +
      "A joint project carried by one party alone may not be joint in practice: ask the absent party whether it takes part, or whether the record is incomplete.",
    "Projets d'un plan commun auxquels toutes les parties au plan ne sont pas recensées comme participantes. " +
      "Un projet commun porté par une seule partie peut ne pas l'être en pratique : demandez à la partie absente si elle y participe, ou si l'enregistrement est incomplet.",
    "Projecten van een gezamenlijk plan waaraan niet alle partijen bij het plan als deelnemer geregistreerd zijn. " +
      "Een gezamenlijk project dat door één partij alleen gedragen wordt, is dat in de praktijk misschien niet: vraag de afwezige partij of ze deelneemt, of de registratie onvolledig is.",
  ),
  params: z.object({}),
  columns: [
    { key: "name", names: names("Project", "Projet", "Project") },
    { key: "participantNames", names: names("Taking part", "Participants", "Deelnemers") },
    { key: "missingNames", names: names("Parties not taking part", "Parties absentes", "Ontbrekende partijen") },
    { key: "documented", names: names("Documented by the source", "Documenté par la source", "Gedocumenteerd in de bron") },
  ],
  async run(context) {
    const rows = await context.db.query("analytics/one-sided-projects", { asOf: context.asOfDate });
    const flagged = rows
      .map((row) => {
        const participants = strings(row.participants);
        return {
          ...entityCells(context, row),
          plan: String(row.plan),
          participants,
          missing: strings(row.parties).filter((party) => !participants.includes(party)),
          documented: (row.props as Record<string, unknown>).documented !== false,
          edgeIds: strings(row.participationEdges),
        };
      })
      .filter((row) => row.missing.length > 0);
    const unrecorded = flagged.filter((row) => !row.documented).length;
    const naming = await nameEntities(context, flagged.flatMap((row) => [row.plan, ...row.participants, ...row.missing]));
    return {
      rows: flagged.map(({ edgeIds: _edges, ...row }) => ({
        ...row, planName: naming.name(row.plan), participantNames: naming.names(row.participants), missingNames: naming.names(row.missing),
      })),
      highlight: { nodes: flagged.map((r) => r.id), edges: flagged.flatMap((r) => r.edgeIds) },
      finding: names(
        `${flagged.length} of ${rows.length} projects lack at least one of their plan's parties${nameList(flagged)}; ` +
          `${unrecorded} of them are projects the source does not describe, so the gap may be in the record`,
        `${flagged.length} des ${rows.length} projets n'associent pas toutes les parties au plan${nameList(flagged)} ; ` +
          `${unrecorded} d'entre eux ne sont pas décrits par la source : la lacune peut tenir à l'enregistrement`,
        `${flagged.length} van ${rows.length} projecten missen minstens één partij bij het plan${nameList(flagged)}; ` +
          `${unrecorded} ervan worden niet beschreven in de bron, dus de lacune kan in de registratie liggen`,
      ),
      typesConsidered: ["DEFINES", "PARTY_TO", "PARTICIPATES_IN"],
    };
  },
});
