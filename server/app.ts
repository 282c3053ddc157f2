import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import express, { type Express } from "express";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { buildOpenApi } from "./http/openapi.ts";
import { problemHandler, unknownRoute } from "./http/problem-handler.ts";
import { mountRoute, type RouteSpec } from "./http/route.ts";
import { AnalyticsService } from "./analytics-runtime/analytics-service.ts";
import { createAccessControl, type AccessControl } from "./auth/access-control.ts";
import { authenticate, csrfProtection } from "./auth/authenticate.ts";
import { createHardening, type HardeningOptions } from "./auth/hardening.ts";
import { createRateLimits, type RateLimitOptions } from "./auth/rate-limits.ts";
import { loggableUrl, OidcRelyingParty } from "./auth/oidc/client.ts";
import { OidcTransactionCookie } from "./auth/oidc/transaction.ts";
import { createQueryCatalog } from "./canned-queries/catalog.ts";
import { QueryRunner } from "./canned-queries/run-query.ts";
import { defaultImportLimits, ImportJobs, type ImportLimits } from "./import/import-jobs.ts";
import type { OidcSettings } from "./env.ts";
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
  /** Accounts, sessions and tokens; when absent, made with sessions of 30 idle minutes and 8 hours at most. */
  access?: AccessControl;
  /** CORS allowlist, HTTPS and rate limits (counted in Neo4j); when absent, the app's own origin only, plain HTTP, the default limits. */
  security?: Partial<HardeningOptions> & RateLimitOptions & {
    /** Express's `trust proxy`: who may say, in X-Forwarded-*, what the client's address and protocol are. */
    trustProxy?: boolean | number | string;
  };
  /** Single sign-on through an OpenID Connect provider; off when absent or null. */
  oidc?: OidcSettings | null;
}

/** What createApp made: the Express app to listen with, and what callers and tests may reach. */
export interface App {
  app: Express;
  /** Every API route mounted, in order (createRoutes): the OpenAPI document and the access-matrix test read it. */
  routes: RouteSpec[];
  /** The analytics service the routes use: the one given in the options, or the app's own. */
  analytics: AnalyticsService;
  /** Stops what the app started itself: its analytics worker, unless the options supplied the service. */
  close(): Promise<void>;
}

const DEFAULT_SESSIONS = { idleMinutes: 30, absoluteHours: 8 };

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** The API's paths, in any case: all of them answer no-store, and those no route matches 404. */
const API_PATH = /^\/api(?:\/|$)/i;
const IMPORTS_PATH = "/api/imports";
/** Routes that stream their upload to disk themselves, past the JSON parser: imports, and their first look at the files. */
const STREAMED_PATHS = [IMPORTS_PATH, `${IMPORTS_PATH}/inspect`];

export function createApp(options: AppOptions): App {
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  app.set("trust proxy", options.security?.trustProxy ?? false);
  // A route answers its own path only, as written: /api/imports/ and /API/imports are no route.
  app.set("strict routing", true);
  app.set("case sensitive routing", true);
  const access = options.access ?? createAccessControl(options.db, { sessions: DEFAULT_SESSIONS });
  const hardening = createHardening({ allowedOrigins: [], https: false, ...options.security });
  const rateLimits = createRateLimits(options.db, options.security ?? {}, options.logger);

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
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: loggableUrl(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  // API answers hold classified data, the CSRF token or who is signed in: no cache may keep any.
  app.use((req, res, next) => {
    if (API_PATH.test(req.path)) res.setHeader("Cache-Control", "no-store");
    next();
  });
  app.use(hardening.securityHeaders);
  app.use(hardening.cors);
  app.use(rateLimits.global);
  // Bodies are read only for a route that exists, matched as the routes are, so no variant
  // of a path (an upload to /api/imports/ or /API/imports) goes through the JSON parser.
  // Imports stream their body to disk themselves; every other route takes small JSON bodies.
  const jsonBodies = express.Router({ caseSensitive: true, strict: true });
  // The router would answer OPTIONS for a path it knows; preflights belong to CORS and the app.
  app.use((req, res, next) => (req.method === "OPTIONS" ? next() : jsonBodies(req, res, next)));
  // Only the API needs to know who is asking: the client's files are public and never look a session up.
  app.use("/api", authenticate(access), csrfProtection());

  const analytics = options.analytics ?? new AnalyticsService(options.db, options.model, options.analysisTimeoutMs ?? 30_000);
  const queries = createQueryCatalog(options.model);
  const context: RouteContext = {
    db: options.db,
    model: options.model,
    analytics,
    queries,
    runner: new QueryRunner(options.db, options.model, analytics, queries),
    imports: new ImportJobs(options.db, options.model, { ...defaultImportLimits, ...options.importLimits }, options.logger),
    access,
    oidc: options.oidc
      ? { rp: new OidcRelyingParty(options.oidc), transactions: new OidcTransactionCookie(options.oidc.clientSecret) }
      : null,
  };
  const routes = createRoutes(context);
  for (const route of routes) if (!STREAMED_PATHS.includes(route.path)) jsonBodies[route.method](route.path, hardening.jsonBody);
  for (const route of routes) {
    mountRoute(app, route, { rateLimits: { signIn: rateLimits.signIn, import: rateLimits.import }, audit: options.db });
  }
  const openApi = buildOpenApi(routes);
  app.get("/api/openapi.json", (_req, res) => {
    res.json(openApi);
  });
  // Any other path under /api, in any case, is no route: never the dashboard's page.
  app.use((req, res, next) => (API_PATH.test(req.path) ? unknownRoute(req, res, next) : next()));

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
  return { app, routes, analytics, close: async () => (options.analytics ? undefined : analytics.close()) };
}
