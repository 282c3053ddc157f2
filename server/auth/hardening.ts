import express, { type RequestHandler } from "express";
import helmet from "helmet";
import { forbidden, invalidRequest } from "../errors.ts";

export interface HardeningOptions {
  /** Origins other than the app's own that browsers may call the API from (CORS); others get 403. */
  allowedOrigins: string[];
  /** The app is served over HTTPS: browsers are told to stay on HTTPS (HSTS, upgrade-insecure-requests). */
  https: boolean;
  /** Largest JSON body. Default "1mb". */
  jsonLimit?: string;
}

/** Middlewares that the app mounts where each belongs (the rate limits: see rate-limits.ts). */
export interface Hardening {
  /** Helmet: strict CSP and the usual security headers. First of all. */
  securityHeaders: RequestHandler;
  /** CORS allowlist; before the routes. */
  cors: RequestHandler;
  /** JSON bodies up to the limit, refusing keys that could pollute prototypes. */
  jsonBody: RequestHandler;
}

/**
 * The inline <style> element Cytoscape adds once (`.__________cytoscape_container
 * { position: relative; }`), allowed by its hash rather than by 'unsafe-inline'.
 */
const CYTOSCAPE_STYLE_HASH = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

/**
 * The Content-Security-Policy of the dashboard, a Vite-built React SPA on the API's
 * origin: scripts and workers only from our own files, never inline; styles from our
 * own files plus Cytoscape's one known rule (React's `style` props go through the CSSOM,
 * which CSP does not restrict); images from us and data:/blob: URLs (Cytoscape's marks,
 * PNG export); the API on the same origin; no plugins, frames, or foreign form targets.
 */
export function contentSecurityPolicy(options: { https: boolean }): Record<string, string[]> {
  return {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "script-src-attr": ["'none'"],
    "style-src": ["'self'", CYTOSCAPE_STYLE_HASH],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    ...(options.https ? { "upgrade-insecure-requests": [] } : {}),
  };
}

export function createHardening(options: HardeningOptions): Hardening {
  return {
    securityHeaders: helmet({
      contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(options) },
      strictTransportSecurity: options.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      referrerPolicy: { policy: "no-referrer" },
      xFrameOptions: { action: "deny" },
    }),
    cors: corsAllowlist(options.allowedOrigins),
    jsonBody: safeJsonBody(options.jsonLimit ?? "1mb"),
  };
}

const ALLOWED_METHODS = "GET, POST, PUT, DELETE";
const ALLOWED_HEADERS = "Content-Type, Authorization, X-CSRF-Token, X-Request-Id";

/**
 * CORS with an allowlist. A request from the app's own origin, or with no Origin at all
 * (scripts, curl), passes untouched; one from a listed origin gets the CORS headers
 * (credentials included) and its preflight is answered; any other origin gets 403.
 * The own origin is recognised by host (with port), so that a TLS-terminating proxy
 * does not turn the app's own requests into foreign ones.
 */
export function corsAllowlist(allowedOrigins: string[]): RequestHandler {
  const allowed = new Set(allowedOrigins.map((origin) => new URL(origin).origin));
  return (req, res, next) => {
    res.vary("Origin");
    const origin = req.headers.origin;
    if (origin === undefined || sameHost(origin, req.get("host"))) return next();
    if (!allowed.has(origin)) return next(forbidden(`Requests from ${origin} are not allowed.`));
    res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Access-Control-Allow-Credentials", "true");
    res.setHeader("Access-Control-Expose-Headers", "Retry-After, X-Request-Id");
    if (req.method === "OPTIONS" && req.headers["access-control-request-method"] !== undefined) {
      res.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
      res.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
      res.setHeader("Access-Control-Max-Age", "600");
      res.status(204).end();
      return;
    }
    next();
  };
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Keys that reach `Object.prototype` when a parsed body is merged into another object. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor"]);
const MAX_DEPTH = 64;

/**
 * JSON bodies (application/json only, objects and arrays only) up to `limit`; a body with
 * a `__proto__` or `constructor` key anywhere, or nested deeper than 64 levels, is
 * refused with 400 naming where. JSON.parse itself makes such keys plain own
 * properties, but code that later copies or merges the body would not.
 */
export function safeJsonBody(limit: string): RequestHandler {
  const parse = express.json({ limit, strict: true });
  return (req, res, next) => {
    parse(req, res, (error?: unknown) => {
      if (error) return next(error);
      const problem = unsafeKey(req.body);
      if (problem) return next(invalidRequest(`The body is refused: ${problem.message}.`, [problem]));
      next();
    });
  };
}

/** The first forbidden key or too-deep nesting in a parsed JSON value, with its path. */
export function unsafeKey(value: unknown): { path: string; message: string } | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: "", depth: 0 }];
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop()!;
    if (current === null || typeof current !== "object") continue;
    if (depth >= MAX_DEPTH) return { path: path || "(body)", message: `nested deeper than ${MAX_DEPTH} levels` };
    for (const key of Object.keys(current)) {
      const childPath = Array.isArray(current) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (!Array.isArray(current) && FORBIDDEN_KEYS.has(key)) return { path: childPath, message: `the key "${key}" is not allowed` };
      stack.push({ value: (current as Record<string, unknown>)[key], path: childPath, depth: depth + 1 });
    }
  }
  return null;
}
