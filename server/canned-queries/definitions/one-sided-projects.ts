import { z } from "zod";
import { defineQuery, names } from "../canned-query.ts";
import { entityCells, nameList, strings } from "../rows.ts";

export const oneSidedProjects = defineQuery({
  id: "one-sided-projects",
  category: "gaps",
  titles: names("One-sided plan projects", "Projets du plan portés par une seule partie", "Eenzijdige projecten van het plan"),
  descriptions: names(
    "Projects of a plan in which not all of the plan's parties take part (PARTY_TO vs PARTICIPATES_IN).",
    "Projets d'un plan auxquels ne participent pas toutes les parties au plan (PARTY_TO contre PARTICIPATES_IN).",
    "Projecten van een plan waaraan niet alle partijen bij het plan deelnemen (PARTY_TO tegenover PARTICIPATES_IN).",
  ),
  params: z.object({}),
  columns: [
    { key: "name", names: names("Project", "Projet", "Project") },
    { key: "participants", names: names("Taking part", "Participants", "Deelnemers") },
    { key: "missing", names: names("Parties not taking part", "Parties absentes", "Ontbrekende partijen") },
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
    return {
      rows: flagged.map(({ edgeIds: _edges, ...row }) => row),
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
