import { z } from "zod";
import { defineQuery, names, type Names } from "../canned-query.ts";
import { codeName, entityCells, nameEntities, nameList } from "../rows.ts";

interface Monitor {
  body: string;
  edgeId: string;
  cadence: string | null;
  lastReviewed: string | null;
}

/**
 * "No review recorded", not "never reviewed": the model records when a review took place
 * (lastReviewed) but has no way to say that none ever did, so a missing date only says the
 * record is silent. A project is called never reviewed by no status.
 */
type Status = "unmonitored" | "no-review-recorded" | "overdue" | "on-time";

const STATUSES: Record<Status, Names> = {
  unmonitored: names("no monitoring body", "aucun organe de suivi", "geen opvolgingsorgaan"),
  "no-review-recorded": names("no review recorded", "aucun suivi enregistré", "geen opvolging geregistreerd"),
  overdue: names("review overdue", "suivi en retard", "opvolging te laat"),
  "on-time": names("on time", "à temps", "tijdig"),
};

/** The day a review falls due: the last review plus the cadence (ISO 8601 PnW, PnM, PnY). */
export function reviewDue(lastReviewed: string, cadence: string): string | null {
  const match = /^P(\d+)([WMY])$/.exec(cadence);
  if (!match) return null;
  const due = new Date(`${lastReviewed}T00:00:00Z`);
  const amount = Number(match[1]);
  if (match[2] === "W") due.setUTCDate(due.getUTCDate() + 7 * amount);
  if (match[2] === "M") due.setUTCMonth(due.getUTCMonth() + amount);
  if (match[2] === "Y") due.setUTCFullYear(due.getUTCFullYear() + amount);
  return due.toISOString().slice(0, 10);
}

function statusOf(monitors: Monitor[], day: string): Status {
  if (monitors.length === 0) return "unmonitored";
  const dues = monitors
    .filter((m) => m.lastReviewed && m.cadence)
    .map((m) => reviewDue(m.lastReviewed!, m.cadence!))
    .filter((due): due is string => due !== null);
  if (dues.length === 0) return "no-review-recorded";
  return dues.some((due) => due >= day) ? "on-time" : "overdue";
}

export const unmonitoredProjects = defineQuery({
  id: "unmonitored-projects",
  category: "gaps",
  titles: names("Projects nobody monitors, or not reviewed in time", "Projets sans suivi, ou non revus à temps", "Projecten zonder opvolging, of niet tijdig herzien"),
  descriptions: names(
    "Projects that no body monitors, projects with no review recorded, and projects whose next review (the last recorded one plus the agreed frequency) " +
      "fell due before the day checked. A project nobody follows up can drift unnoticed: ask who monitors it, or record the reviews that took place.",
    "Projets qu'aucun organe ne suit, projets sans suivi enregistré, et projets dont le prochain suivi (le dernier enregistré plus la fréquence convenue) " +
      "était dû avant le jour vérifié. Un projet que personne ne suit peut dériver sans qu'on le voie : demandez qui en assure le suivi, ou enregistrez les suivis qui ont eu lieu.",
    "Projecten die door geen orgaan opgevolgd worden, projecten zonder geregistreerde opvolging, en projecten waarvan de volgende opvolging (de laatst geregistreerde plus de afgesproken frequentie) " +
      "vóór de gecontroleerde dag verviel. Een project dat niemand opvolgt, kan ongemerkt ontsporen: vraag wie het opvolgt, of registreer de opvolgingen die plaatsvonden.",
  ),
  params: z.object({
    on: z.iso.date().optional().describe("The day to check reviews against (YYYY-MM-DD); today when absent."),
  }),
  columns: [
    { key: "name", names: names("Project", "Projet", "Project") },
    { key: "statusName", names: names("Status", "Statut", "Status") },
    { key: "monitoredByNames", names: names("Monitored by", "Suivi par", "Opgevolgd door") },
    { key: "lastReviewed", names: names("Last review", "Dernier suivi", "Laatste opvolging") },
  ],
  async run(context, params) {
    const day = params.on ?? context.asOf ?? new Date().toISOString().slice(0, 10);
    const rows = await context.db.query("analytics/project-monitoring", { asOf: context.asOfDate });
    const all = rows.map((row) => {
      const monitors = (row.monitors as unknown as Monitor[]) ?? [];
      const reviews = monitors.map((m) => m.lastReviewed).filter((d): d is string => d !== null).sort();
      return {
        ...entityCells(context, row),
        status: statusOf(monitors, day),
        monitoredBy: monitors.map((m) => m.body),
        lastReviewed: reviews.at(-1) ?? null,
        edgeIds: monitors.map((m) => m.edgeId),
      };
    });
    const flagged = all.filter((row) => row.status !== "on-time");
    const count = (status: Status) => flagged.filter((row) => row.status === status).length;
    const naming = await nameEntities(context, flagged.flatMap((row) => row.monitoredBy));
    return {
      rows: flagged.map(({ edgeIds: _edges, ...row }) => ({
        ...row, statusName: codeName(STATUSES, row.status, context), monitoredByNames: naming.names(row.monitoredBy),
      })),
      highlight: { nodes: flagged.map((r) => r.id), edges: flagged.flatMap((r) => r.edgeIds) },
      finding: names(
        `On ${day}, ${flagged.length} of ${all.length} projects need attention: ${count("unmonitored")} without a monitoring body, ` +
          `${count("no-review-recorded")} with no review recorded, ${count("overdue")} overdue${nameList(flagged)}`,
        `Au ${day}, ${flagged.length} des ${all.length} projets demandent attention : ${count("unmonitored")} sans organe de suivi, ` +
          `${count("no-review-recorded")} sans suivi enregistré, ${count("overdue")} en retard${nameList(flagged)}`,
        `Op ${day} vragen ${flagged.length} van ${all.length} projecten aandacht: ${count("unmonitored")} zonder opvolgingsorgaan, ` +
          `${count("no-review-recorded")} zonder geregistreerde opvolging, ${count("overdue")} te laat${nameList(flagged)}`,
      ),
      typesConsidered: ["MONITORS"],
    };
  },
});
