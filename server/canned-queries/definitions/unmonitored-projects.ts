import { z } from "zod";
import { defineQuery, names } from "../canned-query.ts";
import { entityCells, nameList } from "../rows.ts";

interface Monitor {
  body: string;
  edgeId: string;
  cadence: string | null;
  lastReviewed: string | null;
}

type Status = "unmonitored" | "never-reviewed" | "overdue" | "on-time";

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
  if (dues.length === 0) return "never-reviewed";
  return dues.some((due) => due >= day) ? "on-time" : "overdue";
}

export const unmonitoredProjects = defineQuery({
  id: "unmonitored-projects",
  category: "gaps",
  titles: names("Projects nobody monitors, or not reviewed in time", "Projets sans suivi, ou non revus à temps", "Projecten zonder opvolging, of niet tijdig herzien"),
  descriptions: names(
    "Projects with no monitoring body (MONITORS), or whose last recorded review plus the cadence lies before the date.",
    "Projets sans organe de suivi (MONITORS), ou dont le dernier suivi enregistré plus la cadence précède la date.",
    "Projecten zonder opvolgingsorgaan (MONITORS), of waarvan de laatste geregistreerde opvolging plus de frequentie vóór de datum ligt.",
  ),
  params: z.object({
    on: z.iso.date().optional().describe("The day to check reviews against (YYYY-MM-DD); today when absent."),
  }),
  columns: [
    { key: "name", names: names("Project", "Projet", "Project") },
    { key: "status", names: names("Status", "Statut", "Status") },
    { key: "monitoredBy", names: names("Monitored by", "Suivi par", "Opgevolgd door") },
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
    return {
      rows: flagged.map(({ edgeIds: _edges, ...row }) => row),
      highlight: { nodes: flagged.map((r) => r.id), edges: flagged.flatMap((r) => r.edgeIds) },
      finding: names(
        `On ${day}, ${flagged.length} of ${all.length} projects need attention: ${count("unmonitored")} without a monitoring body, ` +
          `${count("never-reviewed")} with no review on record, ${count("overdue")} overdue${nameList(flagged)}`,
        `Au ${day}, ${flagged.length} des ${all.length} projets demandent attention : ${count("unmonitored")} sans organe de suivi, ` +
          `${count("never-reviewed")} sans suivi enregistré, ${count("overdue")} en retard${nameList(flagged)}`,
        `Op ${day} vragen ${flagged.length} van ${all.length} projecten aandacht: ${count("unmonitored")} zonder opvolgingsorgaan, ` +
          `${count("never-reviewed")} zonder geregistreerde opvolging, ${count("overdue")} te laat${nameList(flagged)}`,
      ),
      typesConsidered: ["MONITORS"],
    };
  },
});
