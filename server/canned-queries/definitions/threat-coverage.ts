import { z } from "zod";
import { defineQuery, names } from "../canned-query.ts";
import { entityCells, fromSeed, nameEntities, nameList, strings, withSeedCaveat } from "../rows.ts";

export const threatCoverage = defineQuery({
  id: "threat-coverage",
  category: "coverage",
  titles: names("Threat coverage", "Couverture des menaces", "Dekking van dreigingen"),
  descriptions: names(
    "For each threat, the intelligence services that counter it (directly, or through a project addressing it) and the projects addressing it. " +
      "Threats covered by fewer services and projects than the threshold (three by default) are flagged: " +
      "a thinly covered threat depends on few people and little exchange; consider whether another service or a joint project should take it up.",
    "Pour chaque menace, les services de renseignement qui la combattent (directement ou par un projet qui la traite) et les projets qui la traitent. " +
      "Les menaces couvertes par moins de services et de projets que le seuil (trois par défaut) sont signalées : " +
      "une menace peu couverte repose sur peu de personnes et peu d'échanges ; voyez si un autre service ou un projet commun devrait s'en saisir.",
    "Voor elke dreiging de inlichtingendiensten die ze bestrijden (rechtstreeks of via een project dat ze aanpakt) en de projecten die ze aanpakken. " +
      "Dreigingen die door minder diensten en projecten gedekt worden dan de drempel (standaard drie), worden gemarkeerd: " +
      "een zwak gedekte dreiging rust op weinig mensen en weinig uitwisseling; ga na of een andere dienst of een gezamenlijk project ze moet opnemen.",
  ),
  params: z.object({
    threshold: z.coerce.number().int().min(1).max(100).default(3).describe("Flag threats addressed by fewer services and projects than this."),
  }),
  columns: [
    { key: "name", names: names("Threat", "Menace", "Dreiging") },
    { key: "serviceNames", names: names("Services", "Services", "Diensten") },
    { key: "projectNames", names: names("Projects", "Projets", "Projecten") },
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
        edgeIds: strings(row.edgeIds), seed: fromSeed(row.props),
      };
    });
    const flagged = all.filter((row) => row.flagged);
    const naming = await nameEntities(context, all.flatMap((row) => [...row.services, ...row.projects]));
    const restsOnSeed = flagged.some((row) => row.seed);
    return withSeedCaveat({
      rows: all.map(({ edgeIds: _edges, seed: _seed, ...row }) => ({
        ...row, serviceNames: naming.names(row.services), projectNames: naming.names(row.projects),
      })),
      highlight: { nodes: flagged.map((r) => r.id), edges: flagged.flatMap((r) => r.edgeIds) },
      finding: names(
        `${flagged.length} of ${all.length} threats are addressed by fewer than ${params.threshold} services and projects${nameList(flagged)}`,
        `${flagged.length} des ${all.length} menaces sont traitées par moins de ${params.threshold} services et projets${nameList(flagged)}`,
        `${flagged.length} van ${all.length} dreigingen worden aangepakt door minder dan ${params.threshold} diensten en projecten${nameList(flagged)}`,
      ),
      typesConsidered: ["COUNTERS", "ADDRESSES", "PARTICIPATES_IN"],
    }, restsOnSeed);
  },
});
