import { z } from "zod";
import { databaseUnavailable } from "../../errors.ts";
import { defineRoute, type RouteSpec } from "../../http/route.ts";
import type { RouteContext } from "../context.ts";

export function healthRoutes({ db }: RouteContext): RouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/health",
      role: "public",
      summary: "Liveness: the API process answers. Does not touch the database.",
      tags: ["operations"],
      response: z.object({ status: z.literal("ok") }),
      handle: () => ({ status: "ok" as const }),
    }),
    defineRoute({
      method: "get",
      path: "/api/ready",
      role: "public",
      summary: "Readiness: Neo4j is reachable. 503 when it is not.",
      tags: ["operations"],
      response: z.object({ status: z.literal("ready"), graphVersion: z.number().int() }),
      problems: { 503: "Neo4j is unreachable" },
      handle: async () => {
        if (!(await db.isReachable())) throw databaseUnavailable();
        const [row] = await db.query("explore/graph-version");
        return { status: "ready" as const, graphVersion: Number(row?.version ?? 0) };
      },
    }),
  ];
}
