import { z } from "zod";
import { defineQuery, names } from "../canned-query.ts";
import { entityCells, nameList, strings } from "../rows.ts";

export const threatCoverage = defineQuery({
  id: "threat-coverage",
  category: "coverage",
  titles: names("Threat coverage", "Couverture des menaces", "Dekking van dreigingen"),
  descriptions: names(
    "Per threat, the services that counter it (directly, or through a project addressing it) and the projects addressing it; threats covered by fewer than `threshold` of them are flagged.",
    "Par menace, les services qui la combattent (directement ou par un projet qui la traite) et les projets qui la traitent ; celles couvertes par moins de `threshold` d'entre eux sont signalées.",
    "Per dreiging de diensten die haar bestrijden (rechtstreeks of via een project) en de projecten die haar aanpakken; dreigingen met minder dan `threshold` ervan worden gemarkeerd.",
  ),
  params: z.object({
    threshold: z.coerce.number().int().min(1).max(100).default(3).describe("Flag threats addressed by fewer services and projects than this."),
  }),
  columns: [
    { key: "name", names: names("Threat", "Menace", "Dreiging") },
    { key: "services", names: names("Services", "Services", "Diensten") },
    { key: "projects", names: names("Projects", "Projets", "Projecten") },
    { key: "coverage", names: names("Services + projects", "Services + projets", "Diensten + projecten") },
    { key: "flagged", names: names("Under threshold", "Sous le seuil", "Onder de drempel") },
  ],
  async run(context, params) {
    const rows = await context.db.query("analytics/threat-coverage", { asOf: context.asOfDate });
    const all = rows.map((row) => {
      const services = [...new Set(strings(row.services))];
      const projects = strings(row.projects);
      const coverage = services.length + projects.length;
      return {
        ...entityCells(context, row), services, projects, coverage, flagged: coverage < params.threshold,
        edgeIds: strings(row.edgeIds),
      };
    });
    const flagged = all.filter((row) => row.flagged);
    return {
      rows: all.map(({ edgeIds: _edges, ...row }) => row),
      highlight: { nodes: flagged.map((r) => r.id), edges: flagged.flatMap((r) => r.edgeIds) },
      finding: names(
        `${flagged.length} of ${all.length} threats are addressed by fewer than ${params.threshold} services and projects${nameList(flagged)}`,
        `${flagged.length} des ${all.length} menaces sont traitées par moins de ${params.threshold} services et projets${nameList(flagged)}`,
        `${flagged.length} van ${all.length} dreigingen worden aangepakt door minder dan ${params.threshold} diensten en projecten${nameList(flagged)}`,
      ),
      typesConsidered: ["COUNTERS", "ADDRESSES", "PARTICIPATES_IN"],
    };
  },
});
