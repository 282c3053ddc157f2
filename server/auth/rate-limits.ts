import type { Request } from "express";
import { ipKeyGenerator, rateLimit, type RateLimitRequestHandler } from "express-rate-limit";
import type { Logger } from "pino";
import type { GraphDatabase } from "../neo4j/database.ts";
import { tooManyRequests } from "../errors.ts";
import { Neo4jRateLimitStore } from "./rate-limit-store.ts";

export interface RateLimitOptions {
  /** Requests per client address per minute, all routes. Default 600. */
  globalPerMinute?: number;
  /** Failed sign-ins per client address per 15 minutes. Default 20. */
  signInPer15Minutes?: number;
  /** Imports per user (or address) per hour. Default 30. */
  importsPerHour?: number;
}

/** Each is a middleware that can also say a client's count (`getKey`). */
export interface RateLimits {
  /** Every request, per client address; before the routes. */
  global: RateLimitRequestHandler;
  /** On POST /api/session only. */
  signIn: RateLimitRequestHandler;
  /** On the import routes only, after `authenticate` (it counts per user); a dry run is not counted. */
  import: RateLimitRequestHandler;
}

/**
 * The app's rate limits, counted in Neo4j (see Neo4jRateLimitStore), so that every API
 * process on one database enforces one limit, not one each; counting a request costs one
 * auto-commit write. Past a limit: 429 with Retry-After. Liveness (GET /api/health) is not
 * counted. While Neo4j cannot count, the global limit lets requests through (every route
 * that needs Neo4j answers 503 anyway); the sign-in and import limits, in front of routes
 * that need Neo4j, answer its error.
 */
export function createRateLimits(db: GraphDatabase, options: RateLimitOptions, logger?: Logger): RateLimits {
  const log = logger ?? null;
  const quiet = {
    error: (error: unknown, message?: string) => log?.warn({ err: error }, message ?? "rate limit store error"),
    warn: (error: unknown, message?: string) => log?.warn({ err: error }, message ?? "rate limit warning"),
  };
  return {
    global: limiter(db, {
      name: "global",
      windowMs: 60_000,
      limit: options.globalPerMinute ?? 600,
      passOnStoreError: true,
      // Liveness answers without Neo4j, and must go on answering at once while Neo4j is away.
      skip: (req) => req.method === "GET" && req.path === "/api/health",
      logger: quiet,
    }),
    signIn: limiter(db, {
      name: "sign-in",
      windowMs: 15 * 60_000,
      limit: options.signInPer15Minutes ?? 20,
      // Only failures count, so that people who sign in and out often are not slowed.
      skipSuccessfulRequests: true,
      logger: quiet,
    }),
    import: limiter(db, {
      name: "import",
      windowMs: 60 * 60_000,
      limit: options.importsPerHour ?? 30,
      keyGenerator: (req) => (req.user ? `user:${req.user.username}` : ipKeyGenerator(req.ip ?? "unknown")),
      // A dry run writes nothing; staff try a file several times before the real import.
      skip: isDryRun,
      logger: quiet,
    }),
  };
}

/** Whether a request asks for a dry run, read as the routes' flag parameter reads it (`true` or `1`). */
function isDryRun(req: Request): boolean {
  const flag = req.query.dryRun;
  return flag === "true" || flag === "1";
}

interface LimiterConfig {
  name: string;
  windowMs: number;
  limit: number;
  skipSuccessfulRequests?: boolean;
  passOnStoreError?: boolean;
  skip?: (req: Request) => boolean;
  keyGenerator?: (req: Request) => string;
  logger: { error: (error: unknown, message?: string) => void; warn: (error: unknown, message?: string) => void };
}

function limiter(db: GraphDatabase, { name, ...config }: LimiterConfig): RateLimitRequestHandler {
  return rateLimit({
    ...config,
    store: new Neo4jRateLimitStore(db, name),
    standardHeaders: "draft-7",
    legacyHeaders: false,
    // express-rate-limit has set Retry-After; the problem handler writes the body.
    handler: (_req, res, next) => {
      const seconds = Number(res.getHeader("Retry-After")) || Math.ceil(config.windowMs / 1000);
      next(tooManyRequests(seconds, `Too many requests; retry in ${seconds} s.`));
    },
  });
}
