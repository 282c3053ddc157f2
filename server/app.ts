import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import express, { type Express } from "express";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { buildOpenApi } from "./http/openapi.ts";
import { problemHandler, unknownRoute } from "./http/problem-handler.ts";
import { mountRoute } from "./http/route.ts";
import { AnalyticsService } from "./analytics-runtime/analytics-service.ts";
import { createQueryCatalog } from "./canned-queries/catalog.ts";
import { QueryRunner } from "./canned-queries/run-query.ts";
import { defaultImportLimits, ImportJobs, type ImportLimits } from "./import/import-jobs.ts";
import type { GraphModel } from "./model/graph-model.ts";
import type { GraphDatabase } from "./neo4j/database.ts";
import type { RouteContext } from "./routes/context.ts";
import { createRoutes } from "./routes/index.ts";

export interface AppOptions {
  db: GraphDatabase;
  model: GraphModel;
  /** The analytics worker's owner; the app makes one (closed with the app) when absent. */
  analytics?: AnalyticsService;
  analysisTimeoutMs?: number;
  logger: Logger;
  /** The built client to serve at /, when it exists. */
  clientDir?: string;
  /** Size, count and time limits of imports; the defaults when absent. */
  importLimits?: Partial<ImportLimits>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");

  app.use(
    pinoHttp({
      logger: options.logger,
      genReqId: (req, res) => {
        const given = req.headers["x-request-id"];
        const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader("X-Request-Id", id);
        return id;
      },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info"),
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  // Imports stream their body to disk themselves; every other route takes small JSON bodies.
  const json = express.json({ limit: "1mb" });
  app.use((req, res, next) => (req.path === "/api/imports" ? next() : json(req, res, next)));

  const analytics = options.analytics ?? new AnalyticsService(options.db, options.model, options.analysisTimeoutMs ?? 30_000);
  const context: RouteContext = {
    db: options.db,
    model: options.model,
    analytics,
    queries: createQueryCatalog(options.model),
    runner: new QueryRunner(options.db, options.model, analytics),
    imports: new ImportJobs(options.db, options.model, { ...defaultImportLimits, ...options.importLimits }, options.logger),
  };
  app.locals.imports = context.imports;
  app.locals.analytics = analytics;
  const routes = createRoutes(context);
  for (const route of routes) mountRoute(app, route);
  const openApi = buildOpenApi(routes);
  app.get("/api/openapi.json", (_req, res) => {
    res.json(openApi);
  });
  app.use("/api", unknownRoute);

  if (options.clientDir && existsSync(path.join(options.clientDir, "index.html"))) {
    const clientDir = options.clientDir;
    app.use(express.static(clientDir, { index: "index.html", maxAge: "1h" }));
    // The client routes in the browser; every other GET gets the page.
    app.get(/^(?!\/api\/).*/, (_req, res) => {
      res.sendFile(path.join(clientDir, "index.html"));
    });
  }
  app.use(unknownRoute);
  app.use(problemHandler);
  return app;
}
